// A text message as the patient's phone shows it: one bubble, the text wrapping between words.
// A segment mark is an empty inline element between two characters: it adds no character and
// no place to wrap, so a word the carrier splits stays whole on screen; its line and number
// are drawn by CSS (html.ts), so they are not part of the text either (a copy copies the text).
import type { PreviewPart } from '../../engine/sms/preview';
import { escapeHtml } from './html';

export interface BubbleOptions {
  /** The bubble element's id (the paste sheet's copy buttons name it). */
  id?: string;
  /** The tooltip of a character outside GSM-7: what it costs. */
  charNote?: (part: Extract<PreviewPart, { kind: 'char' }>) => string;
}

export function bubbleHtml(parts: readonly PreviewPart[], options: BubbleOptions = {}): string {
  const inner = parts.map((part) => {
    switch (part.kind) {
      case 'text':
        return escapeHtml(part.text);
      case 'value':
        return `<span class="value" title="[${escapeHtml(part.tag)}], a sample value">${escapeHtml(part.text)}</span>`;
      case 'char':
        return `<mark title="${escapeHtml(options.charNote?.(part) ?? `${part.name}: not in GSM-7`)}">${escapeHtml(part.text)}</mark>`;
      case 'cut': {
        const where = part.inTag ? ` (inside [${escapeHtml(part.inTag)}])` : '';
        return `<span class="cut" data-segment="${part.segment}" title="Carrier segment ${part.segment} starts here${where}"></span>`;
      }
    }
  });
  const id = options.id ? ` id="${escapeHtml(options.id)}"` : '';
  return `<div class="bubble"${id}>${inner.join('')}</div>`;
}

/** A plain text in a bubble. */
export function textBubbleHtml(text: string, id?: string): string {
  return bubbleHtml([{ kind: 'text', text: text.replace(/\r\n?/g, '\n') }], { id });
}
