// What the catalog means for one template: whether Open Dental fills a tag there, which tags
// it must carry, which kind its tags imply; and the texts the editor shows for tags and kinds.
// Pure functions over the catalog; the rules and the language server share them.
import { canonicalSpellings, KINDS, tagAllowedInKind, tagByName, TAGS, UNKNOWN_KIND_REQUIRED, type KindInfo, type Requirement, type TagInfo } from './catalog';
import { setFrontMatterValue } from './frontMatterEdits';
import { AGGREGATE_TEMPLATE, FRONT_MATTER_KEYS, PER_APPOINTMENT } from './frontMatterKeys';
import { own } from './ownKeys';
import type { Template } from './parse';
import type { Channel, Fix, Problem } from './types';

/** The parts of a template that decide which tags Open Dental fills (a `Template` is one). */
export interface TagContext {
  kind?: string;
  channel: Channel;
  /** The aggregate template. */
  aggregate: boolean;
  /** The per-appointment line that fills the aggregate template's [Appts] (false when left out). */
  perAppointment?: boolean;
}

/** Why Open Dental does not fill a tag in a template, most specific reason first. */
export type Unavailability =
  /** PHI in a text: Open Dental never puts it there (phi-tag-in-sms reports it). */
  | { reason: 'phi' }
  /** The template's kind does not fill the tag. */
  | { reason: 'kind'; kind: KindInfo }
  /** The tag is filled only in the other channel. */
  | { reason: 'channel'; channels: readonly Channel[] }
  /** The tag is filled only in aggregate templates. */
  | { reason: 'aggregate' }
  /** This slot of the kind fills fewer tags than the kind (the Confirmation List family message). */
  | { reason: 'slot'; kind: KindInfo; only: readonly string[]; why: string }
  /**
   * The tag is filled only in the aggregate template, and this is its per-appointment line:
   * setting `aggregate: true` would make the file a different template, not fix the line.
   */
  | { reason: 'perAppointment' };

export function tagUnavailability(tag: TagInfo, context: TagContext): Unavailability | undefined {
  if (tag.phi && context.channel === 'sms') return { reason: 'phi' };
  const kind = context.kind === undefined ? undefined : KINDS.get(context.kind);
  if (kind?.restrictTags && !tagAllowedInKind(tag, kind.id)) return { reason: 'kind', kind };
  if (!tag.channels.includes(context.channel)) return { reason: 'channel', channels: tag.channels };
  if (tag.aggregateOnly && context.perAppointment) return { reason: 'perAppointment' };
  if (tag.aggregateOnly && !context.aggregate) return { reason: 'aggregate' };
  const slot = context.aggregate && kind?.restrictTags ? kind.slots.aggregate : undefined;
  if (slot && !slot.only.includes(tag.name)) return { reason: 'slot', kind: kind!, only: slot.only, why: slot.why };
  return undefined;
}

/** The kinds whose templates Open Dental fills the tag in, in catalog order. */
export function kindsFilling(tag: TagInfo): KindInfo[] {
  return [...KINDS.values()].filter((k) => tagAllowedInKind(tag, k.id));
}

/** The requirements a template must meet, given its kind, channel and which of the rule's templates it is. */
export function requirementsFor(context: TagContext): Requirement[] {
  // A per-appointment line is a piece of the aggregate template, which carries the tags the
  // message depends on ([Appts], [ConfirmCode], [Arrived]): the line itself needs none.
  if (context.perAppointment) return [];
  const kind = context.kind === undefined ? undefined : KINDS.get(context.kind);
  const all = kind ? kind.required : UNKNOWN_KIND_REQUIRED;
  return all.filter((r) => r.channels.includes(context.channel) && (!r.aggregate || context.aggregate));
}

/** The tag meaning the same as `tag` in `kind`, spelled for that kind ([ApptDate] → [Date] in Web Sched ASAP). */
export function equivalentTag(tag: TagInfo, kind: string): string | undefined {
  const name = own(KINDS.get(kind)?.equivalents, tag.name);
  const target = name === undefined ? undefined : TAGS.find((t) => t.name === name);
  return target ? canonicalSpellings(target, kind)[0] : undefined;
}

// --- Kind inference ("Set kind: eConfirmation") -------------------------------------------

export interface KindInference {
  kind: string;
  odName: string;
  /** The code action's title. */
  title: string;
  /** Writes `kind: <id>` into the front matter (creating it when needed). */
  fix: Fix;
}

/**
 * The kind a template's tags imply when its front matter names none: the only kind with a
 * tag list that fills every known tag used ([ConfirmCode] → eConfirmation). Undefined when
 * the kind is set (even misspelled: invalid-front-matter offers did-you-mean there), or when
 * the tags fit no kind or more than one.
 */
export function inferKind(template: Template): KindInference | undefined {
  if (template.kind !== undefined || template.frontMatterEntry('kind')?.value) return undefined;
  const channelSet = template.frontMatterEntry('channel') !== undefined;
  let candidates = [...KINDS.values()].filter(
    (k) => k.restrictTags && (!channelSet || k[template.channel]) && (!(template.aggregate || template.perAppointment) || k.aggregate),
  );
  let narrowed = false;
  for (const token of template.tags) {
    const tag = tagByName(token.name);
    if (!tag || tag.kinds === 'all') continue;
    const before = candidates.length;
    candidates = candidates.filter((k) => tagAllowedInKind(tag, k.id));
    narrowed ||= candidates.length < before;
  }
  if (!narrowed || candidates.length !== 1) return undefined;
  const [kind] = candidates;
  const fix = setFrontMatterValue(template, 'kind', kind.id);
  return fix && { kind: kind.id, odName: kind.odName, title: `Set kind: ${kind.id}`, fix };
}

// --- Front matter actions for problems (adapters offer them beside the rule's suggestions) ---

export interface FrontMatterAction {
  title: string;
  fix: Fix;
}

/**
 * Front matter edits that answer a problem another way than its suggestions: a tag filled
 * only in aggregate templates gets "Set aggregate: true", one filled only in emails gets
 * "Set channel: email" (when the kind has those). Suggestions stay inside the problem's
 * range; these edit the front matter, so the adapter offers them separately. Such a tag in a
 * per-appointment line (reason `perAppointment`) gets nothing: the line is a template of its
 * own, and turning it into the aggregate template would not put the tag where it belongs.
 */
export function frontMatterActions(template: Template, problem: Pick<Problem, 'ruleId' | 'details'>): FrontMatterAction[] {
  if (problem.ruleId !== 'tag-not-available') return [];
  const kind = template.kind === undefined ? undefined : KINDS.get(template.kind);
  // None where the front matter is broken: no edit there is sure to stay out of the message.
  const set = (key: string, value: string): FrontMatterAction[] => {
    const fix = setFrontMatterValue(template, key, value);
    return fix ? [{ title: `Set ${key}: ${value}`, fix }] : [];
  };
  if (problem.details?.reason === 'aggregate' && (!kind || kind.aggregate)) return set('aggregate', 'true');
  if (problem.details?.reason === 'channel' && problem.details.channel === 'email' && (!kind || kind.email)) return set('channel', 'email');
  return [];
}

// --- Editor texts: hover and completion ---------------------------------------------------

const MANUAL_BASE = 'https://www.opendental.com/manual/';

export function manualUrl(page: string): string {
  return `${MANUAL_BASE}${page}.html`;
}

function channelNoun(channels: readonly Channel[]): string {
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

export interface TagCompletion {
  /** The spelling to insert, without brackets. */
  spelling: string;
  tag: TagInfo;
}

/**
 * The tags to offer after `[`: those Open Dental fills in this kind, channel and aggregate
 * setting (every tag when the kind is unknown or has no tag list), spelled for the kind,
 * in catalog order. Pass a `Template` as the context.
 */
export function tagsForKind(kind: string | undefined, context: Partial<Omit<TagContext, 'kind'>> = {}): TagCompletion[] {
  const known = kind !== undefined && KINDS.has(kind) ? kind : undefined;
  const full: TagContext = { kind: known, channel: context.channel ?? 'sms', aggregate: context.aggregate ?? false, perAppointment: context.perAppointment };
  return TAGS.filter((tag) => {
    const why = tagUnavailability(tag, full);
    if (!why) return true;
    // Without a channel or aggregate flag from the caller, those reasons do not exclude.
    if (why.reason === 'channel' || why.reason === 'phi') return context.channel === undefined;
    if (why.reason === 'aggregate') return context.aggregate === undefined;
    // 'slot' and 'perAppointment' arise only when the caller says which template the file is.
    return false;
  }).map((tag) => ({ spelling: canonicalSpellings(tag, known)[0], tag }));
}

export interface KindCompletion {
  id: string;
  odName: string;
  channels: Channel[];
  manual: string;
  /** One line for the completion item: OD name, channels. */
  detail: string;
}

export interface ValueCompletion {
  value: string;
  description: string;
}

/**
 * The values to offer after `aggregate:` in front matter, with what each means (data:
 * front-matter.json). A known kind without aggregate templates has neither an aggregate
 * template nor its per-appointment line, so it gets only the single template's value.
 */
export function aggregateCompletions(kind: string | undefined): ValueCompletion[] {
  const info = FRONT_MATTER_KEYS.aggregate;
  const known = kind === undefined ? undefined : KINDS.get(kind);
  const values = known && !known.aggregate ? info.values!.filter((v) => v !== AGGREGATE_TEMPLATE && v !== PER_APPOINTMENT) : info.values!;
  return values.map((value) => ({ value, description: info.valueDescriptions?.[value] ?? '' }));
}

/** The values to offer after `kind:` in front matter. */
export function kindCompletions(): KindCompletion[] {
  return [...KINDS.values()].map((k) => {
    const channels: Channel[] = [...(k.sms ? (['sms'] as const) : []), ...(k.email ? (['email'] as const) : [])];
    return { id: k.id, odName: k.odName, channels, manual: k.manual, detail: `${k.odName} (${channelNoun(channels)})` };
  });
}
