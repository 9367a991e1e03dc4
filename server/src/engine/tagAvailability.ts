// What the catalog allows in one template: whether Open Dental fills a tag there (and why not),
// which tags it must carry, which tag means the same in another kind, and which tags to offer.
// Pure functions over the catalog; the rules and the language server share them.
import { canonicalSpellings, KINDS, tagAllowedInKind, TAGS, UNKNOWN_KIND_REQUIRED, type KindInfo, type Requirement, type TagInfo } from './catalog';
import { own } from './ownKeys';
import type { Channel } from './types';

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
