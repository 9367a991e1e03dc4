import { KINDS } from '../catalog';
import type { FrontMatterEntry, Span } from '../frontMatter';
import { canonicalValue, FRONT_MATTER_KEYS as KEYS, SEVERITY_ALIASES } from '../frontMatterKeys';
import { own } from '../ownKeys';
import type { Template } from '../parse';
import { SEVERITY_SETTINGS, type Report, type Rule } from '../types';
import { didYouMean } from './util/didYouMean';
import { changeToTitle } from '../fixTitles';

const KEY_NAMES = Object.keys(KEYS);
const LANGUAGE = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/;

function problem(span: Span, message: string, guess?: string): Report {
  return {
    message,
    start: span.start,
    end: span.end,
    suggestions: guess ? [{ desc: changeToTitle(guess), fix: { range: [span.start, span.end], text: guess } }] : undefined,
  };
}

/** "sms or email", "true, false or perAppointment". */
function choices(values: readonly string[]): string {
  return values.length > 1 ? `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}` : values.join('');
}

/**
 * A key or value odmsg does not know: the closest known one when there is one, else the
 * choices (when they are few enough to list).
 */
function unknown(span: Span, what: string, typed: string, known: string | undefined, guess: string | undefined): Report {
  return problem(span, `Unknown ${what} "${typed}"${guess ? `: did you mean "${guess}"?` : known ? `: use ${known}.` : '.'}`, guess);
}

/** A value that must be one of the key's values in the data (compared without case). */
function checkChoice(entry: FrontMatterEntry, what: string): Report | undefined {
  const { values = [], aliases } = own(KEYS, entry.key) ?? {};
  if (entry.value === '') return problem(entry.keySpan, `"${entry.key}" needs a value: ${choices(values)}.`);
  if (canonicalValue(entry.key, entry.value) !== undefined) return undefined;
  return unknown(entry.valueSpan, what, entry.value, choices(values), didYouMean(entry.value, values, { aliases }));
}

function checkKind(entry: FrontMatterEntry): Report | undefined {
  const kinds = [...KINDS.keys()];
  if (entry.value === '') return problem(entry.keySpan, '"kind" needs a value: an Open Dental message kind such as eConfirmation.');
  if (KINDS.has(entry.value)) return undefined;
  return unknown(entry.valueSpan, 'kind', entry.value, choices(kinds), didYouMean(entry.value, kinds));
}

/** A kind sent only by email with `channel: sms`, or the other way round. */
function checkKindChannel(template: Template): Report | undefined {
  const channel = template.frontMatterEntry('channel');
  const kind = template.kind ? KINDS.get(template.kind) : undefined;
  const value = channel?.value.toLowerCase();
  if (!channel || !kind || (value !== 'sms' && value !== 'email')) return undefined;
  if (kind[value]) return undefined;
  const other = value === 'sms' ? 'email' : 'sms';
  return {
    message: `${kind.odName} messages are sent by ${other} only: write "channel: ${other}".`,
    start: channel.valueSpan.start,
    end: channel.valueSpan.end,
    suggestions: kind[other] ? [{ desc: changeToTitle(other), fix: { range: [channel.valueSpan.start, channel.valueSpan.end], text: other } }] : undefined,
  };
}

/**
 * `aggregate: true` or `aggregate: perAppointment` for a kind Open Dental has no aggregate
 * templates for (e.g. a manual text): without an aggregate template there is no [Appts] for a
 * per-appointment line to fill either.
 */
function checkKindAggregate(template: Template): Report | undefined {
  const entry = template.frontMatterEntry('aggregate');
  const kind = template.kind ? KINDS.get(template.kind) : undefined;
  if (!entry || !kind || !(template.aggregate || template.perAppointment) || kind.aggregate) return undefined;
  return {
    message: `${kind.odName} has no aggregate templates: "aggregate: ${canonicalValue('aggregate', entry.value)}" does not apply; write "aggregate: false".`,
    start: entry.valueSpan.start,
    end: entry.valueSpan.end,
    suggestions: [{ desc: changeToTitle('false'), fix: { range: [entry.valueSpan.start, entry.valueSpan.end], text: 'false' } }],
  };
}

function checkRules(entry: FrontMatterEntry, text: string, ids: readonly string[]): Report[] {
  const raw = text.slice(entry.valueSpan.start, entry.valueSpan.end);
  if (raw !== '' && !raw.startsWith('{')) {
    return [problem(entry.valueSpan, '"rules" takes an indented block of "rule-id: severity" lines, or a { rule-id: severity } map.')];
  }
  const reports: Report[] = [];
  for (const child of entry.children) {
    if (!ids.includes(child.key)) {
      reports.push(unknown(child.keySpan, 'rule', child.key, undefined, didYouMean(child.key, ids)));
    }
    const value = child.value.toLowerCase();
    if (child.value === '') reports.push(problem(child.keySpan, `"${child.key}" needs a severity: ${choices(SEVERITY_SETTINGS)}.`));
    else if (!(SEVERITY_SETTINGS as readonly string[]).includes(value)) {
      reports.push(unknown(child.valueSpan, 'severity', child.value, choices(SEVERITY_SETTINGS), didYouMean(child.value, SEVERITY_SETTINGS, { aliases: SEVERITY_ALIASES })));
    }
  }
  return reports;
}

export const invalidFrontMatter: Rule = {
  meta: {
    id: 'invalid-front-matter',
    description: 'Front matter that odmsg cannot use: unknown keys, kinds, channels, rules or severities.',
    defaultSeverity: 'error',
    fixable: 'suggestion',
    channels: ['sms', 'email'],
    rationale:
      'The front matter tells odmsg which Open Dental message a template is (its kind and channel, manual: editrule) and how to check it. A misspelt key or value is otherwise ignored silently, and the template is then checked as the wrong kind of message; so is a kind on a channel Open Dental does not send it by (a Patient Portal invite is email only), and an aggregate template (`aggregate: true`) or per-appointment line (`aggregate: perAppointment`) of a kind that has no aggregate templates (a manual text). Values are compared without case; a misspelt one gets the closest value, or the one its usual wording means (`per-appointment` for `perAppointment`).',
  },
  check({ template, ruleIds, report }) {
    const fm = template.frontMatter;
    if (!fm) return;
    for (const issue of fm.issues) report({ message: issue.message, start: issue.span.start, end: issue.span.end });
    const seen = new Set<string>();
    for (const entry of fm.entries) {
      if (seen.has(entry.key)) {
        report(problem(entry.keySpan, `"${entry.key}" is set twice; only the first one is used.`));
        continue;
      }
      seen.add(entry.key);
      if (!own(KEYS, entry.key)) {
        report(unknown(entry.keySpan, 'front matter key', entry.key, choices(KEY_NAMES), didYouMean(entry.key, KEY_NAMES)));
        continue;
      }
      if (entry.key !== 'rules') {
        for (const child of entry.children) report(problem(child.line, `Only "rules" takes an indented block; "${child.key}" is ignored.`));
      }
      let result: Report | Report[] | undefined;
      switch (entry.key) {
        case 'kind':
          result = checkKind(entry);
          break;
        case 'channel':
          result = checkChoice(entry, 'channel');
          break;
        case 'aggregate':
          result = checkChoice(entry, 'aggregate value');
          break;
        case 'rules':
          result = checkRules(entry, template.text, ruleIds);
          break;
        case 'language':
          if (entry.value !== '' && !LANGUAGE.test(entry.value)) result = problem(entry.valueSpan, `"${entry.value}" is not a language code such as en, es or es-MX.`);
          break;
      }
      for (const r of Array.isArray(result) ? result : result ? [result] : []) report(r);
    }
    for (const mismatch of [checkKindChannel(template), checkKindAggregate(template)]) if (mismatch) report(mismatch);
  },
};
