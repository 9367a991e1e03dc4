// Domain lists: shorteners (data) and the user's allowed domains (config).
import shortenersData from '../../data/shorteners.json';

const SHORTENERS: ReadonlySet<string> = new Set(shortenersData.domains);
const MAX_LABELS = Math.max(...shortenersData.domains.map((d) => d.split('.').length));

/** True when `domain` is one of `list` or a subdomain of one. */
export function domainIn(domain: string, list: Iterable<string>): boolean {
  for (const entry of list) {
    if (domain === entry || domain.endsWith(`.${entry}`)) return true;
  }
  return false;
}

export function isShortener(domain: string): boolean {
  // Only the last few labels can name a shortener ("go.bit.ly" is bit.ly): look at those,
  // never at every suffix of a long host name.
  const labels = domain.split('.');
  for (let count = 1; count <= Math.min(MAX_LABELS, labels.length); count++) {
    if (SHORTENERS.has(labels.slice(-count).join('.'))) return true;
  }
  return false;
}
