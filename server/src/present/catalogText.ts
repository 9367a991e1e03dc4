// The texts the editor shows people about the catalog: a tag's hover (what it is, an example,
// where Open Dental fills it, whether this file's kind does) and the manual's links. Pure text.
import { canonicalSpellings, KINDS, manualPageTitle, tagByName, type KindInfo, type TagInfo } from '../engine/catalog';
import { equivalentTag, kindsFilling, tagUnavailability, type TagContext, type Unavailability } from '../engine/tagAvailability';
import type { Channel } from '../engine/types';

const MANUAL_BASE = 'https://www.opendental.com/manual/';

export function manualUrl(page: string): string {
  return `${MANUAL_BASE}${page}.html`;
}

/** "Open Dental manual: [Edit Rule](…/editrule.html)": a link labelled by the page's title. */
export function manualLink(page: string): string {
  return `Open Dental manual: [${manualPageTitle(page)}](${manualUrl(page)})`;
}

export function channelNoun(channels: readonly Channel[]): string {
  return channels.map((c) => (c === 'sms' ? 'texts' : 'emails')).join(' and ');
}

function kindList(tag: TagInfo): string {
  const filling = kindsFilling(tag);
  if (filling.length === KINDS.size) return 'every message kind';
  return filling.map((k) => k.odName).join(', ');
}

/** Markdown for a hover on a tag: what it is, an example value, and where Open Dental fills it. */
export function describeTag(name: string, context: Partial<TagContext> = {}): string | undefined {
  const tag = tagByName(name);
  if (!tag) return undefined;
  const kind = context.kind === undefined ? undefined : KINDS.get(context.kind);
  const spelling = canonicalSpellings(tag, kind?.id)[0];
  return [`**[${spelling}]**: ${tag.description}`, tagFacts(tag, context)].join('\n\n');
}

/**
 * The tag's facts, each said once: an example, the kinds that fill it (a restriction the verdict
 * on this file's kind names is not repeated), that verdict, and the manual page. Completion
 * shows these under the item, whose detail is already the description.
 */
export function tagFacts(tag: TagInfo, context: Partial<TagContext> = {}): string {
  const kind = context.kind === undefined ? undefined : KINDS.get(context.kind);
  const why = kind?.restrictTags ? tagUnavailability(tag, { kind: kind.id, channel: context.channel ?? 'sms', aggregate: context.aggregate ?? false, perAppointment: context.perAppointment }) : undefined;
  const facts = [`Filled in: ${kindList(tag)}.`];
  if (tag.channels.length === 1 && why?.reason !== 'channel') facts.push(`Only in ${channelNoun(tag.channels)}.`);
  if (tag.aggregateOnly && why?.reason !== 'aggregate' && why?.reason !== 'perAppointment') facts.push('Only in aggregate templates (front matter `aggregate: true`), not in their per-appointment lines.');
  if (tag.phi && why?.reason !== 'phi') facts.push('Protected health information: Open Dental does not put it into texts.');
  if (tag.link) facts.push('A link Open Dental generates on its own approved domains: safe to send.');
  // One spelling for several kinds is named once: "[nameF] in Statements / billing texts and Message-to-Pay".
  const bySpelling = new Map<string, string[]>();
  for (const [k, s] of Object.entries(tag.spellings)) bySpelling.set(s, [...(bySpelling.get(s) ?? []), KINDS.get(k)?.odName ?? k]);
  if (bySpelling.size > 0) facts.push(`Spelled ${[...bySpelling].map(([s, kinds]) => `[${s}] in ${listAnd(kinds)}`).join(', ')}.`);
  const lines = [`Example value: \`${tag.example}\``, facts.join(' ')];
  if (kind) lines.push(kindVerdict(tag, kind, why));
  lines.push(manualLink(tag.manual));
  return lines.join('\n\n');
}

function listAnd(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function kindVerdict(tag: TagInfo, kind: KindInfo, why: Unavailability | undefined): string {
  if (!kind.restrictTags) return `This file's kind, ${kind.odName}, has no documented tag list.`;
  if (!why) return `✓ Filled in ${kind.odName} (this file's kind).`;
  switch (why.reason) {
    case 'kind': {
      const equivalent = equivalentTag(tag, kind.id);
      return `✗ Not filled in ${kind.odName} (this file's kind): Open Dental sends it as typed.${equivalent ? ` Use [${equivalent}] there.` : ''}`;
    }
    case 'phi':
      return '✗ Not in a text: Open Dental does not put PHI into texts.';
    case 'channel':
      return `✗ Not filled here: only in ${channelNoun(why.channels)}.`;
    case 'aggregate':
      return '✗ Not filled here: only in aggregate templates.';
    case 'slot':
      return `✗ Not filled in this ${kind.odName} aggregate template: ${why.why}.`;
    case 'perAppointment':
      return '✗ Not filled in a per-appointment line: only in the aggregate template, whose [Appts] this line fills.';
  }
}
