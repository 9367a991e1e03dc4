// A stored template as a .odmsg file: odmsg's front matter keys (kind, channel, aggregate,
// subject, language), then the body exactly as stored. The front matter uses the body's
// line break (CRLF when the body has one) so the file is one style, but the body is never
// re-broken: reading the file back gives the stored text byte for byte.
import type * as NodeCrypto from 'node:crypto';
import { parseTemplate } from '../../engine/parse';
import type { StoredTemplate } from './templates';
import { stripBom } from '../../engine/bom';

let crypto: typeof NodeCrypto | undefined;

export type LineEndings = 'crlf' | 'lf' | 'cr' | 'mixed' | 'none';

export function lineEndings(text: string): LineEndings {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length - crlf;
  const cr = (text.match(/\r/g) ?? []).length - crlf;
  const kinds = [crlf > 0, lf > 0, cr > 0].filter(Boolean).length;
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return crlf > 0 ? 'crlf' : lf > 0 ? 'lf' : 'cr';
}

export function sha256(text: string): string {
  // Loaded on first use: the CLI imports this module for every check, and node:crypto costs
  // about 7 ms of a one-file run's start-up that only pull and push need.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose (above)
  crypto ??= require('node:crypto') as typeof NodeCrypto;
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A subject is one front matter line: its line breaks cannot be kept (listed by pull). */
export function subjectLine(subject: string): string {
  return subject.replace(/\r\n|\r|\n/g, ' ');
}

export function renderTemplate(t: StoredTemplate): string {
  const eol = t.body.includes('\r\n') ? '\r\n' : '\n';
  const lines = ['---', `kind: ${t.slot.kind}`, `channel: ${t.slot.channel}`];
  if (t.slot.aggregate) lines.push(`aggregate: ${t.slot.aggregate}`);
  if (t.subject !== undefined) lines.push(`subject: ${subjectLine(t.subject)}`);
  if (t.language) lines.push(`language: ${t.language}`);
  lines.push('---');
  return lines.join(eol) + eol + t.body;
}

/** The body and subject of a file written by renderTemplate (and perhaps edited since). */
export function readBack(text: string): { body: string; subject?: string } {
  const template = parseTemplate(stripBom(text));
  const source = template.text;
  return { body: source.slice(template.bodyStart), subject: template.subject?.value };
}
