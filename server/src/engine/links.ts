// Literal links typed into a template, found with linkifyjs (schemeless ones too:
// `example.com/x`, `www.…`). Email addresses are not links for our purposes.
import * as linkify from 'linkifyjs';
import type { Span } from './frontMatter';

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

export function findLinks(text: string, from: number, to: number): LinkToken[] {
  const links: LinkToken[] = [];
  // `<`, `>` and `"` never belong to a URL (RFC 3986), but linkify runs on through them
  // (`https://x.com/a</p>`); blanking them (same length, so offsets hold) ends links there.
  for (const found of linkify.find(text.slice(from, to).replace(/[<>"]/g, ' '))) {
    // `mailto:` addresses are email addresses too (linkify calls them urls).
    if (found.type !== 'url' || /^mailto:/i.test(found.href)) continue;
    links.push({
      text: found.value,
      href: found.href,
      domain: domainOf(found.href),
      start: from + found.start,
      end: from + found.end,
    });
  }
  return links;
}
