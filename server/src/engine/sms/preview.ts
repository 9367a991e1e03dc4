// The preview: what the patient gets, as data for the webview (present/webview draws it). The
// text shows the sample values in place of the tags; the figures and the segment marks are the
// estimate's (analyze.ts, with the assumed tag lengths), so the preview, the status bar and the
// CLI's --stats never disagree. A mark goes where the carrier splits the estimated message:
// between two characters of the text, or just before a tag value the split falls inside (the
// value is only an example, its words stay whole).
import type { ResolvedConfig } from '../config';
import type { Template } from '../parse';
import { bodyPieces } from './bodyPieces';
import { describeChar, gsmEquivalent, isEmoji } from './characters';
import { gsmSeptets } from './gsm';
import { forEachGrapheme } from './graphemes';
import { analyzeSms, type SmsAnalysis } from './analyze';
import { smsOptions } from './options';
import { segmentText } from './segments';
import { expandTag, fillerText, sampleValue } from './tagLengths';

/** A piece of the previewed text, in order. */
export type PreviewPart =
  /** Literal text, line breaks as "\n". */
  | { kind: 'text'; text: string }
  /** A tag's sample value (`tag`: canonical name). */
  | { kind: 'value'; tag: string; text: string }
  /** A character outside GSM-7: `name` says which, `replacement` is its GSM-7 stand-in. */
  | { kind: 'char'; text: string; name: string; replacement?: string; emoji?: true }
  /** Carrier segment `segment` (2, 3, …) starts here; `inTag` when the split falls inside that tag's value. */
  | { kind: 'cut'; segment: number; inTag?: string };

export interface SmsMessagePreview {
  channel: 'sms';
  /** Open Dental's name of the kind, when known. */
  kindName?: string;
  parts: PreviewPart[];
  /** The estimate: the status bar's and --stats' numbers. */
  analysis: SmsAnalysis;
  /** message-length's limit: more billed segments than this is a warning. */
  maxSegments: number;
}

export interface EmailMessagePreview {
  channel: 'email';
  kindName?: string;
  subject?: string;
  /** The body with sample values; HTML when `html`. */
  body: string;
  html: boolean;
}

export type MessagePreview = SmsMessagePreview | EmailMessagePreview;

/** The template with sample values in place of its tags, for the preview. */
export function previewMessage(template: Template, config: ResolvedConfig, maxSegments: number, kindName?: string): MessagePreview {
  const name = kindName === undefined ? {} : { kindName };
  if (template.channel !== 'sms') {
    const body = previewParts(template, config, false)
      .map((p) => (p.kind === 'cut' ? '' : p.text))
      .join('');
    // A tag-like "<p>", "</div>" or "<br/>": the body is meant as HTML.
    const html = /<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>/i.test(body);
    return { channel: 'email', ...name, ...(template.subject ? { subject: template.subject.value } : {}), body, html };
  }
  return { channel: 'sms', ...name, parts: previewParts(template, config, !template.perAppointment), analysis: analyzeSms(template, config), maxSegments };
}

/** The previewed body as parts; with `marks`, the carrier's splits of the estimated message. */
export function previewParts(template: Template, config: ResolvedConfig, marks: boolean): PreviewPart[] {
  const options = smsOptions(config);
  // The message as the estimate counts it (each known tag as filler of its assumed length),
  // and for each piece its range there.
  let sent = '';
  const spans = bodyPieces(template).pieces.map((piece) => {
    const expansion = piece.kind === 'tag' ? expandTag(piece.name, options) : undefined;
    const start = sent.length;
    sent += expansion ? fillerText(expansion) : piece.text;
    const value = expansion && piece.kind === 'tag' ? (sampleValue(piece.name, options) ?? piece.text).replace(/\r\n?/g, '\n') : undefined;
    return { start, end: sent.length, text: value ?? piece.text, tag: expansion?.tag };
  });
  const cuts = marks ? segmentText(sent).segments.map((s) => s.start) : [];
  const parts: PreviewPart[] = [];
  let next = 1;
  /** The marks of the splits before `offset` of the estimated message. */
  const cutsBefore = (offset: number, inTag?: string) => {
    for (; next < cuts.length && cuts[next] < offset; next++) parts.push({ kind: 'cut', segment: next + 1, ...(inTag ? { inTag } : {}) });
  };
  for (const span of spans) {
    if (span.tag) {
      cutsBefore(span.start + 1);
      cutsBefore(span.end, span.tag);
      parts.push({ kind: 'value', tag: span.tag, text: span.text });
      continue;
    }
    let run = 0;
    const flush = (to: number) => {
      if (to > run) parts.push({ kind: 'text', text: span.text.slice(run, to) });
      run = to;
    };
    forEachGrapheme(span.text, (c, at) => {
      if (next < cuts.length && cuts[next] <= span.start + at) {
        flush(at);
        cutsBefore(span.start + at + 1);
      }
      if (gsmSeptets(c) > 0) return;
      flush(at);
      const replacement = gsmEquivalent(c);
      parts.push({ kind: 'char', text: c, name: describeChar(c), ...(replacement !== undefined ? { replacement } : {}), ...(isEmoji(c) ? { emoji: true as const } : {}) });
      run = at + c.length;
    });
    flush(span.text.length);
  }
  cutsBefore(Infinity);
  return parts;
}
