// The office's text templates as patterns to match sent texts against (engine/history/
// matcher.ts), compiled once each and looked up by what sent the text (MsgType → kinds) and
// its clinic: the clinic's own templates first, then the practice defaults it falls back on.
// Each template also carries what the report says about it: its reference as `check --db`
// names it, odmsg's problems in it and odmsg's segment estimate (the engine on its text).
import type { TemplateRef } from '../../../protocol/doctor';
import { lint } from '../../../engine/lint';
import { bestMatch, compileMatcher, type Matcher } from '../../../engine/history/matcher';
import { MSG_TYPES } from '../../../engine/history/msgTypes';
import { analyzeSms } from '../../../engine/sms/analyze';
import type { SmsEncoding } from '../../../engine/sms/segments';
import { renderTemplate } from '../render';
import type { StoredTemplate } from '../templates';

export interface IndexedTemplate {
  stored: StoredTemplate;
  ref: TemplateRef;
}

export interface TemplateLint {
  problems: { ruleId: string; message: string }[];
  encoding: SmsEncoding;
  estimatedSegments: number;
  /** Segments once its characters are GSM-7 (for a UCS-2 template). */
  gsm7Segments?: number;
}

export function templateRef(t: StoredTemplate): TemplateRef {
  const ref: TemplateRef = { locator: t.locator, kind: t.slot.kind, clinicNum: Number(t.clinic), language: t.language };
  if (t.table === 'apptreminderrule') ref.ruleNumber = t.key;
  else ref.prefName = t.column;
  return ref;
}

export class TemplateIndex {
  private readonly byKind = new Map<string, Matcher<IndexedTemplate>[]>();
  private readonly candidates = new Map<string, Matcher<IndexedTemplate>[]>();
  private readonly lints = new Map<IndexedTemplate, TemplateLint>();

  constructor(templates: readonly StoredTemplate[]) {
    for (const stored of templates) {
      // A per-appointment line is part of an aggregate text, not a text of its own.
      if (stored.slot.channel !== 'sms' || stored.slot.aggregate === 'perAppointment' || stored.body.trim() === '') continue;
      const matcher = compileMatcher(stored.body, { stored, ref: templateRef(stored) });
      const list = this.byKind.get(stored.slot.kind) ?? [];
      list.push(matcher);
      this.byKind.set(stored.slot.kind, list);
    }
  }

  /** The template a text sent as `msgType` for `clinic` came from, if it fits one. */
  match(msgType: number, clinic: string, text: string): IndexedTemplate | undefined {
    const key = `${msgType}|${clinic}`;
    let list = this.candidates.get(key);
    if (!list) {
      const kinds = MSG_TYPES.get(msgType)?.kinds ?? [];
      const all = kinds.flatMap((k) => this.byKind.get(k) ?? []);
      // The clinic's own first: on a tie (the same text) the clinic's template is the one sent.
      list = [...all.filter((m) => m.value.stored.clinic === clinic), ...all.filter((m) => m.value.stored.clinic === '0' && clinic !== '0')];
      this.candidates.set(key, list);
    }
    return bestMatch(list, text)?.value;
  }

  /** odmsg's problems in the template and its segment estimate, worked out once. */
  lintOf(t: IndexedTemplate): TemplateLint {
    let result = this.lints.get(t);
    if (!result) {
      const linted = lint(renderTemplate(t.stored));
      const analysis = analyzeSms(linted.template, linted.config);
      result = {
        problems: linted.problems.filter((p) => p.severity !== 'info').map((p) => ({ ruleId: p.ruleId, message: p.message })),
        encoding: analysis.encoding,
        estimatedSegments: analysis.billedSegments,
        gsm7Segments: analysis.ifGsm7?.billedSegments,
      };
      this.lints.set(t, result);
    }
    return result;
  }
}
