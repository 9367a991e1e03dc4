// Literal links typed into a template, found with linkifyjs (schemeless ones too:
// `example.com/x`, `www.…`). Email addresses are not links for our purposes.
import * as linkify from 'linkifyjs';
import linkTlds from './data/link-tlds.json';
import type { Span } from './frontMatter';
import { isShortener } from './rules/util/domains';

export interface LinkToken extends Span {
  /** As typed. */
  text: string;
  href: string;
  /** Lower-case host name without `www.`. */
  domain: string;
}

export function domainOf(href: string): string {
  const withoutScheme = href.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const host = withoutScheme.split(/[/?#:]/, 1)[0].toLowerCase();
  return host.startsWith('www.') ? host.slice(4) : host;
}

/**
 * Where a run of text may hold a link. linkify only ever makes a URL out of a domain with a
 * dot followed by its TLD, `localhost`, a slash scheme with `://`, or a colon scheme
 * (`file:`; `mailto:` too, but those are dropped below). A run with none of these holds no link.
 */
const LINK_HINT = /\.[^.\s<>"]|:\/\/|localhost|file:/gi;

/**
 * True for what ends a run: white space (the same `\s` linkify's scanner uses, so no token
 * and no link crosses it), and `<`, `>` and `"`, which never belong to a URL (RFC 3986) but
 * which linkify would run on through (`https://x.com/a</p>`). Same set as /[\s<>"]/.
 */
export function isRunBreak(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x3c || c === 0x3e || c === 0x22;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The links in text[from, to). linkify scans every character it is given (about a third of
 * a lint), so it gets only the runs between white space (and `<`, `>`, `"`) that hold a
 * hint of a link; linkify would never join two runs into one link, so the links are the
 * same as over the whole text (a test compares both on generated inputs).
 */
export function findLinks(text: string, from: number, to: number): LinkToken[] {
  const links: LinkToken[] = [];
  for (const run of linkHintRuns(text, from, to)) findInRun(text, run.start, run.end, links);
  return links;
}

/**
 * The runs of text[from, to) between run breaks that hold a hint of a link, in order: where
 * links can be, found or not (a link running into a tag is not kept as one). An edit inside
 * one can make, end or move a link.
 */
export function linkHintRuns(text: string, from: number, to: number): Span[] {
  const runs: Span[] = [];
  LINK_HINT.lastIndex = from;
  for (let hint = LINK_HINT.exec(text); hint && hint.index < to; hint = LINK_HINT.exec(text)) {
    let start = hint.index;
    while (start > from && !isRunBreak(text.charCodeAt(start - 1))) start--;
    let end = hint.index + 1;
    while (end < to && !isRunBreak(text.charCodeAt(end))) end++;
    // A hint is never a run break itself, but one near `to` may reach past it: the run ends there.
    if (end > start) runs.push({ start, end });
    LINK_HINT.lastIndex = Math.max(end, hint.index + 1);
  }
  return runs;
}

/**
 * The links a reader sees in text[from, to): those of `findLinks` that look like a link, not a
 * sentence glued to the next one by a missing space ("9:00 AM.Call us", "today.See you").
 */
export function findTypedLinks(text: string, from: number, to: number): LinkToken[] {
  return findLinks(text, from, to).filter(looksLikeLink);
}

const BARE_HOST_TLDS: ReadonlySet<string> = new Set(linkTlds.tlds);

/**
 * A scheme, `www.`, or anything after the host (path, query, fragment, port) makes a link; a
 * bare host name is one when its TLD is one people type links with (data/link-tlds.json) or it
 * is a URL shortener. linkify alone takes any TLD it knows, and many of those are words.
 */
export function looksLikeLink(link: LinkToken): boolean {
  if (/^[a-z][a-z0-9+.-]*:/i.test(link.text) || /^www\./i.test(link.text)) return true;
  const host = link.text.split(/[/?#:]/, 1)[0];
  if (host.length < link.text.length) return true;
  const tld = host.slice(host.lastIndexOf('.') + 1).toLowerCase();
  return BARE_HOST_TLDS.has(tld) || isShortener(link.domain);
}

function findInRun(text: string, start: number, end: number, links: LinkToken[]): void {
  for (const found of linkify.find(text.slice(start, end))) {
    // `mailto:` addresses are email addresses too (linkify calls them urls).
    if (found.type !== 'url' || /^mailto:/i.test(found.href)) continue;
    links.push({ text: found.value, href: found.href, domain: domainOf(found.href), start: start + found.start, end: start + found.end });
  }
}
