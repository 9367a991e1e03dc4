// The texts the editor shows people about the catalog: a tag's hover (what it is, an example,
// where Open Dental fills it, whether this file's kind does) and the manual's links. Pure text.
import { canonicalSpellings, KINDS, tagByName, type KindInfo, type TagInfo } from '../engine/catalog';
import { equivalentTag, kindsFilling, tagUnavailability, type TagContext } from '../engine/tagAvailability';
import type { Channel } from '../engine/types';

const MANUAL_BASE = 'https://www.opendental.com/manual/';

export function manualUrl(page: string): string {
  return `${MANUAL_BASE}${page}.html`;
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
  const lines = [`**[${spelling}]**: ${tag.description}`, `Example value: \`${tag.example}\``];
  const facts = [`Filled in: ${kindList(tag)}.`];
  if (tag.channels.length === 1) facts.push(`Only in ${channelNoun(tag.channels)}.`);
  if (tag.aggregateOnly) facts.push('Only in aggregate templates (front matter `aggregate: true`), not in their per-appointment lines.');
  if (tag.phi) facts.push('Protected health information: Open Dental does not put it into texts.');
  if (tag.link) facts.push('A link Open Dental generates on its own approved domains: safe to send.');
  const spelledFor = Object.entries(tag.spellings).map(([k, s]) => `[${s}] in ${KINDS.get(k)?.odName ?? k}`);
  if (spelledFor.length > 0) facts.push(`Spelled ${spelledFor.join(', ')}.`);
  lines.push(facts.join(' '));
  if (kind) lines.push(kindVerdict(tag, kind, context));
  lines.push(`Open Dental manual: [${tag.manual}](${manualUrl(tag.manual)})`);
  return lines.join('\n\n');
}

function kindVerdict(tag: TagInfo, kind: KindInfo, context: Partial<TagContext>): string {
  if (!kind.restrictTags) return `This file's kind, ${kind.odName}, has no documented tag list.`;
  const why = tagUnavailability(tag, { kind: kind.id, channel: context.channel ?? 'sms', aggregate: context.aggregate ?? false, perAppointment: context.perAppointment });
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
