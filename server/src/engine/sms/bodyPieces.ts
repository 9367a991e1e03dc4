// The message body as the counts and the preview read it: literal runs and tags, in order.
import type { Template } from '../parse';

/** A run of the body: literal text (line breaks as "\n") or a tag as typed; file offsets of the source. */
export type BodyPiece = { kind: 'text'; text: string; start: number; end: number } | { kind: 'tag'; name: string; text: string; start: number; end: number };

/**
 * The message body as literal runs and tags, in order. Line breaks become "\n"; a file's
 * final line break(s) are not part of the message. Offsets are file offsets of the source.
 */
export function bodyPieces(template: Template): { pieces: BodyPiece[]; end: number } {
  const { text, bodyStart } = template;
  let end = text.length;
  while (end > bodyStart && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  const pieces: BodyPiece[] = [];
  let cursor = bodyStart;
  const pushText = (from: number, to: number) => {
    if (to <= from) return;
    const raw = text.slice(from, to);
    pieces.push({ kind: 'text', text: raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw, start: from, end: to });
  };
  for (const tag of template.tags) {
    if (tag.start < bodyStart || tag.end > end) continue;
    pushText(cursor, tag.start);
    pieces.push({ kind: 'tag', name: tag.name, text: text.slice(tag.start, tag.end), start: tag.start, end: tag.end });
    cursor = tag.end;
  }
  pushText(cursor, end);
  return { pieces, end };
}
