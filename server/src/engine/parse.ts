// Reads a template once into everything the rules look at: front matter, the checked
// regions (body, and an email subject), tags, bracket mistakes, links and words.
// Rules share this one parse; none of them re-scans the text for structure.
import { scanBrackets, type BracketIssue, type TagToken } from './brackets';
import { KINDS } from './catalog';
import { parseFrontMatter, type FrontMatter, type FrontMatterEntry, type Span } from './frontMatter';
import { findLinks, type LinkToken } from './links';
import { LineIndex } from './text';
import type { Channel } from './types';

export interface WordToken extends Span {
  text: string;
}

export interface Template {
  readonly text: string;
  readonly frontMatter?: FrontMatter;
  /** Offset where the message body starts (after the front matter). */
  readonly bodyStart: number;
  readonly body: string;
  /** The known kind from front matter; undefined when missing or unknown. */
  readonly kind?: string;
  readonly channel: Channel;
  readonly aggregate: boolean;
  /** The email subject from front matter, with its span in the file. */
  readonly subject?: { value: string } & Span;
  /** Regions holding message text: the body, and the subject when there is one. */
  readonly regions: readonly Span[];
  readonly tags: readonly TagToken[];
  readonly bracketIssues: readonly BracketIssue[];
  readonly links: readonly LinkToken[];
  /** Words of the message text, outside tags and links. */
  readonly words: readonly WordToken[];
  /**
   * The file text with everything that is not prose (front matter, tags, links) replaced
   * by U+001F, same length as `text`: phrase rules match on it with file offsets and
   * never across a tag ("act [NameF] now" does not read as "act now").
   */
  readonly prose: string;
  readonly lines: LineIndex;
  frontMatterEntry(key: string): FrontMatterEntry | undefined;
}

const MASK = '\u001f';
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’]*/gu;

export function parseTemplate(text: string): Template {
  const frontMatter = parseFrontMatter(text);
  const bodyStart = frontMatter ? frontMatter.span.end : text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const entry = (key: string) => frontMatter?.entries.find((e) => e.key === key);

  const kindValue = entry('kind')?.value;
  const kind = kindValue !== undefined && KINDS.has(kindValue) ? kindValue : undefined;
  const channelValue = entry('channel')?.value.toLowerCase();
  const kindInfo = kind ? KINDS.get(kind) : undefined;
  const channel: Channel = channelValue === 'email' || channelValue === 'sms' ? channelValue : kindInfo && !kindInfo.sms ? 'email' : 'sms';
  const aggregate = entry('aggregate')?.value.toLowerCase() === 'true';
  const subjectEntry = entry('subject');
  const subject = subjectEntry ? { value: subjectEntry.value, ...subjectEntry.valueSpan } : undefined;

  const regions: Span[] = [];
  if (subject && subject.end > subject.start) regions.push({ start: subject.start, end: subject.end });
  regions.push({ start: bodyStart, end: text.length });

  const tags: TagToken[] = [];
  const bracketIssues: BracketIssue[] = [];
  const links: LinkToken[] = [];
  for (const region of regions) {
    scanBrackets(text, region.start, region.end, tags, bracketIssues);
    for (const link of findLinks(text, region.start, region.end)) {
      // A link inside a tag's brackets is the tag, not a typed link.
      if (!tags.some((t) => t.start < link.end && link.start < t.end)) links.push(link);
    }
  }

  const masked = maskOutside(text, regions, [...tags, ...links]);
  const words: WordToken[] = [];
  for (const match of masked.matchAll(WORD)) {
    words.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }

  let lines: LineIndex | undefined;
  return {
    text,
    frontMatter,
    bodyStart,
    body: text.slice(bodyStart),
    kind,
    channel,
    aggregate,
    subject,
    regions,
    tags,
    bracketIssues,
    links,
    words,
    prose: masked,
    get lines() {
      return (lines ??= new LineIndex(text));
    },
    frontMatterEntry: entry,
  };
}

/** Masks everything outside `regions`, and every span in `holes`, keeping offsets. */
function maskOutside(text: string, regions: readonly Span[], holes: readonly Span[]): string {
  const keep = new Uint8Array(text.length);
  for (const r of regions) keep.fill(1, r.start, r.end);
  for (const h of holes) keep.fill(0, h.start, h.end);
  let out = '';
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || keep[i] === 0) {
      out += text.slice(runStart, i);
      if (i < text.length) out += MASK;
      runStart = i + 1;
    }
  }
  return out;
}
