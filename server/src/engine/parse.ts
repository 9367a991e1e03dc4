// Reads a template once into everything the rules look at: front matter, the checked
// regions (body, and an email subject), tags, bracket mistakes, links and words.
// Rules share this one parse; none of them re-scans the text for structure (words are
// found in the masked prose, when a rule first asks for them).
import { scanBrackets, type BracketIssue, type TagToken } from './brackets';
import { KINDS } from './catalog';
import { parseFrontMatter, type FrontMatter, type FrontMatterEntry, type Span } from './frontMatter';
import { AGGREGATE_TEMPLATE, canonicalValue, PER_APPOINTMENT } from './frontMatterKeys';
import { findTypedLinks, type LinkToken } from './links';
import { LineIndex } from './text';
import type { Channel } from './types';
import { bomLength } from './bom';
import { NOT_WORD, WORD_START, wordClass } from './wordClass';

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
  /** The aggregate template (`aggregate: true`): one message for a family's same-day appointments. */
  readonly aggregate: boolean;
  /**
   * The per-appointment line of an aggregate template (`aggregate: perAppointment`): not a
   * message of its own, but what Open Dental repeats once per appointment inside [Appts].
   */
  readonly perAppointment: boolean;
  /** The email subject from front matter, with its span in the file. */
  readonly subject?: { value: string } & Span;
  /** Regions holding message text: the body, and the subject when there is one. */
  readonly regions: readonly Span[];
  readonly tags: readonly TagToken[];
  readonly bracketIssues: readonly BracketIssue[];
  readonly links: readonly LinkToken[];
  /**
   * Words of the message text, outside tags and links: `findWords(prose)`, made on first use
   * (all-caps walks them with `forEachWord` instead, without an object per word).
   */
  readonly words: readonly WordToken[];
  /**
   * The file text with everything that is not prose (front matter, tags, links) replaced
   * by U+001F, same length as `text`: phrase rules match on it with file offsets and
   * never across a tag ("act [NameF] now" does not read as "act now").
   */
  readonly prose: string;
  readonly lines: LineIndex;
  /**
   * Set when `text` is only the start of a file over `maxFileSize` (the CLI reads no more of
   * it): the whole file's size in UTF-8 bytes. Only a shallow template has it.
   */
  readonly fileSize?: number;
  frontMatterEntry(key: string): FrontMatterEntry | undefined;
}

const MASK = '\u001f';

export function parseTemplate(text: string): Template {
  const head = readHead(text);
  const regions = head.regions;
  const tags: TagToken[] = [];
  const bracketIssues: BracketIssue[] = [];
  const links: LinkToken[] = [];
  for (const region of regions) scanRegion(text, region, tags, bracketIssues, links);

  const prose = maskOutside(text, regions, links.length === 0 ? tags : [...tags, ...links]);
  return makeTemplate(text, head, { tags, bracketIssues, links, prose });
}

/**
 * The template of a file over `maxFileSize`: its front matter (so kind, channel and `rules:`
 * still apply) and the body as one region, with no tags, links or words looked for. Only the
 * email subject, inside the front matter, is read as prose; the body is all masked.
 * `fileSize`: the file's size when `text` is only its start (see Template.fileSize).
 */
export function shallowTemplate(text: string, fileSize?: number): Template {
  const head = readHead(text);
  const subjectRegions = head.regions.filter((r) => r.end <= head.bodyStart && r.end > r.start);
  const tags: TagToken[] = [];
  const links: LinkToken[] = [];
  for (const region of subjectRegions) scanRegion(text, region, tags, [], links);
  const template = makeTemplate(text, head, { tags: [], bracketIssues: [], links: [], words: [], prose: maskOutside(text, subjectRegions, [...tags, ...links]) });
  return fileSize === undefined ? template : Object.defineProperty(template, 'fileSize', { value: fileSize, enumerable: true });
}

/** What the front matter says, and the regions of message text it implies. */
interface Head {
  frontMatter?: FrontMatter;
  bodyStart: number;
  kind?: string;
  channel: Channel;
  aggregate: boolean;
  perAppointment: boolean;
  subject?: { value: string } & Span;
  regions: Span[];
  entry(key: string): FrontMatterEntry | undefined;
}

function readHead(text: string): Head {
  const frontMatter = parseFrontMatter(text);
  const bodyStart = frontMatter ? frontMatter.span.end : bomLength(text);
  const entry = (key: string) => frontMatter?.entries.find((e) => e.key === key);

  const kindValue = entry('kind')?.value;
  const kind = kindValue !== undefined && KINDS.has(kindValue) ? kindValue : undefined;
  const channelValue = entry('channel')?.value.toLowerCase();
  const kindInfo = kind ? KINDS.get(kind) : undefined;
  const channel: Channel = channelValue === 'email' || channelValue === 'sms' ? channelValue : kindInfo && !kindInfo.sms ? 'email' : 'sms';
  const aggregateEntry = entry('aggregate');
  const slot = aggregateEntry ? canonicalValue('aggregate', aggregateEntry.value) : undefined;
  const aggregate = slot === AGGREGATE_TEMPLATE;
  const perAppointment = slot === PER_APPOINTMENT;
  const subjectEntry = entry('subject');
  const subject = subjectEntry ? { value: subjectEntry.value, ...subjectEntry.valueSpan } : undefined;

  const regions: Span[] = [];
  if (subject && subject.end > subject.start) regions.push({ start: subject.start, end: subject.end });
  regions.push({ start: bodyStart, end: text.length });
  return { frontMatter, bodyStart, kind, channel, aggregate, perAppointment, subject, regions, entry };
}

/** Adds a region's tags, bracket mistakes and links (those not inside a tag) to the lists. */
function scanRegion(text: string, region: Span, tags: TagToken[], bracketIssues: BracketIssue[], links: LinkToken[]): void {
  let k = tags.length;
  scanBrackets(text, region.start, region.end, tags, bracketIssues);
  // A link inside a tag's brackets is the tag, not a typed link. Both lists are in text order
  // and neither overlaps itself, so one index into the tags walks along with the links.
  for (const link of findTypedLinks(text, region.start, region.end)) {
    while (k < tags.length && tags[k].end <= link.start) k++;
    if (k < tags.length && tags[k].start < link.end) continue;
    links.push(link);
  }
}

/** `words` may be left out: they are then found in `prose` when first asked for. */
function makeTemplate(text: string, head: Head, scanned: Pick<Template, 'tags' | 'bracketIssues' | 'links' | 'prose'> & { words?: WordToken[] }): Template {
  const { tags, bracketIssues, links, prose } = scanned;
  let { words } = scanned;
  let lines: LineIndex | undefined;
  return {
    text,
    frontMatter: head.frontMatter,
    bodyStart: head.bodyStart,
    body: text.slice(head.bodyStart),
    kind: head.kind,
    channel: head.channel,
    aggregate: head.aggregate,
    perAppointment: head.perAppointment,
    subject: head.subject,
    regions: head.regions,
    tags,
    bracketIssues,
    links,
    prose,
    // Few rules need the word list (all-caps walks the words with forEachWord).
    get words() {
      return (words ??= findWords(prose));
    },
    get lines() {
      return (lines ??= new LineIndex(text));
    },
    frontMatterEntry: head.entry,
  };
}

/** Masks everything outside `regions`, and every span in `holes`, keeping offsets. */
function maskOutside(text: string, regions: readonly Span[], holes: readonly Span[]): string {
  // Span by span, not character by character: a 100 KB text is a few hundred spans.
  const sortedHoles = byStart(holes);
  const parts: string[] = [];
  let written = 0;
  const keep = (start: number, end: number) => {
    if (end <= start) return;
    if (start > written) parts.push(masks(start - written));
    parts.push(text.slice(start, end));
    written = end;
  };
  for (const region of byStart(regions)) {
    let cursor = Math.max(region.start, written);
    for (const hole of sortedHoles) {
      if (hole.start >= region.end) break;
      if (hole.end <= cursor) continue;
      keep(cursor, hole.start);
      cursor = Math.max(cursor, hole.end);
    }
    keep(cursor, region.end);
  }
  if (text.length > written) parts.push(masks(text.length - written));
  return parts.join('');
}

/** The spans by start; as given when they already are (the parse makes them in order: no copy to sort). */
function byStart(spans: readonly Span[]): readonly Span[] {
  for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].start) return [...spans].sort((x, y) => x.start - y.start);
  return spans;
}

/** A run of masks, cut from one kept string (a slice of it allocates no characters). */
let maskRun = MASK.repeat(256);
function masks(length: number): string {
  if (length > maskRun.length) maskRun = MASK.repeat(length * 2);
  return maskRun.slice(0, length);
}

/**
 * The words of `prose`: what /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’]*\/gu matches, found by a
 * table lookup per character instead of a match object per word.
 */
export function findWords(prose: string): WordToken[] {
  const words: WordToken[] = [];
  forEachWord(prose, (start, end) => words.push({ text: prose.slice(start, end), start, end }));
  return words;
}

/**
 * Calls `visit` with the offsets of each word of `prose` (as `findWords` finds them), in
 * order, without making an object or a string: a text has hundreds of words, and a rule
 * that reads every word (all-caps) needs the text of very few.
 */
export function forEachWord(prose: string, visit: (start: number, end: number) => void): void {
  const n = prose.length;
  for (let i = 0; i < n;) {
    const first = prose.codePointAt(i)!;
    if (wordClass(first) !== WORD_START) {
      i += first > 0xffff ? 2 : 1;
      continue;
    }
    let end = i + (first > 0xffff ? 2 : 1);
    while (end < n) {
      const c = prose.codePointAt(end)!;
      if (wordClass(c) === NOT_WORD) break;
      end += c > 0xffff ? 2 : 1;
    }
    visit(i, end);
    i = end;
  }
}

/**
 * The stretch of word characters (letters, digits, marks, apostrophes) around `offset` in
 * `prose`, and its word, found from the offset alone, without the word list. Each stretch
 * holds at most one of `findWords`'s words: from its first letter or digit (marks and
 * apostrophes before that are in no word) to its end. For an offset outside any stretch,
 * the stretch is that one code point, with no word. A caller looking at many offsets in
 * order reuses the stretch while the offsets fall in it, so a 100 KB "word" is walked once.
 */
export function wordStretch(prose: string, offset: number): { start: number; end: number; word?: WordToken } {
  // The code point holding `offset` (which may be the second half of a pair).
  const at = isLowSurrogate(prose.charCodeAt(offset)) && offset > 0 && isHighSurrogate(prose.charCodeAt(offset - 1)) ? offset - 1 : offset;
  const here = prose.codePointAt(at);
  if (here === undefined) return { start: offset, end: offset + 1 };
  if (wordClass(here) === NOT_WORD) return { start: at, end: at + (here > 0xffff ? 2 : 1) };
  let start = at;
  while (start > 0) {
    const low = prose.charCodeAt(start - 1);
    const size = isLowSurrogate(low) && start > 1 && isHighSurrogate(prose.charCodeAt(start - 2)) ? 2 : 1;
    if (wordClass(prose.codePointAt(start - size)!) === NOT_WORD) break;
    start -= size;
  }
  let end = at + (here > 0xffff ? 2 : 1);
  while (end < prose.length) {
    const c = prose.codePointAt(end)!;
    if (wordClass(c) === NOT_WORD) break;
    end += c > 0xffff ? 2 : 1;
  }
  for (let i = start; i < end;) {
    const c = prose.codePointAt(i)!;
    if (wordClass(c) === WORD_START) return { start, end, word: { text: prose.slice(i, end), start: i, end } };
    i += c > 0xffff ? 2 : 1;
  }
  return { start, end };
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
