// Typed access to the Open Dental catalog (data/kinds.json, data/tags.json, data/manual-pages.json).
import kindsData from './data/kinds.json';
import manualPagesData from './data/manual-pages.json';
import tagsData from './data/tags.json';
import { own } from './ownKeys';
import type { Channel } from './types';

export interface KindInfo {
  id: string;
  odName: string;
  sms: boolean;
  email: boolean;
  /** The Open Dental manual page that documents the kind. */
  manual: string;
  /** False when Open Dental documents no tag vocabulary for the kind. */
  restrictTags: boolean;
  /** The kind has aggregate templates (one message for a family's same-day appointments). */
  aggregate: boolean;
  /** Tags a template of this kind must carry (some only in a channel, or only when aggregate). */
  required: readonly Requirement[];
  /** For a tag the kind does not fill: the canonical name of the tag meaning the same here. */
  equivalents: Readonly<Record<string, string>>;
  /** Why a text of this kind needs no office name of its own; undefined when it does. */
  senderIdentified?: string;
  /** 'exact' when Open Dental replaces this kind's tags case-sensitively: a wrong case is not filled. */
  tagCase: 'ignored' | 'exact';
  /** What a slot fills when it differs from the kind (the Confirmation List family message: only [FamilyApptList]). */
  slots: { readonly aggregate?: SlotRestriction };
  /** Where Open Dental's source fills or lists this kind's tags. */
  sources: readonly KindSource[];
}

export interface SlotRestriction {
  /** Canonical names of the only tags the slot fills. */
  only: readonly string[];
  /** Why, as a clause ("the family message … fills only [FamilyApptList]"). */
  why: string;
}

export interface KindSource {
  file: string;
  method: string;
  /** What this place contributes. */
  what: string;
}

/** Where in Open Dental's source a tag is filled for some kinds. */
export interface TagSource {
  kinds: readonly string[];
  file: string;
  method: string;
  note?: string;
}

/** "A template must carry one of these tags", with a short call to action that adds one. */
export interface Requirement {
  id: string;
  /** Canonical tag names; any one of them meets the requirement. */
  anyOf: readonly string[];
  channels: readonly Channel[];
  /** Only for aggregate templates. */
  aggregate: boolean;
  /** Text to add at the end of the message when none of the tags is there. */
  insert: string;
  /** Why the tag matters, as the end of a sentence ("without one the patient …"). */
  why: string;
  manual: string;
}

export interface TagInfo {
  name: string;
  description: string;
  example: string;
  /** Kinds that fill the tag; 'all' for every kind. */
  kinds: readonly string[] | 'all';
  /** The spelling Open Dental documents for a kind, where it differs from `name`. */
  spellings: Readonly<Record<string, string>>;
  channels: readonly Channel[];
  link: boolean;
  phi: boolean;
  aggregateOnly: boolean;
  /** Spellings Open Dental itself uses besides the canonical ones, accepted in every kind. */
  alsoSpelled: readonly string[];
  /** The value names the office (for [Appts]: lines that do, in Open Dental's defaults). */
  identifiesSender: boolean;
  /** Kinds where Open Dental matches this tag's case exactly (besides kinds whose tagCase is 'exact'). */
  exactCase: readonly string[];
  /** Where Open Dental fills the tag; `kinds` is the union of their kinds. */
  sources: readonly TagSource[];
  manual: string;
}

interface RawRequirement {
  anyOf: string[];
  channels?: Channel[];
  aggregate?: boolean;
  insert: string;
  why: string;
  manual: string;
}

interface RawKind {
  odName: string;
  sms: boolean;
  email: boolean;
  manual: string;
  restrictTags?: boolean;
  aggregate?: boolean;
  required?: string[];
  equivalents?: Record<string, string>;
  senderIdentified?: string;
  tagCase?: 'ignored' | 'exact';
  slots?: { aggregate?: SlotRestriction };
  sources: KindSource[];
}

const REQUIREMENTS: ReadonlyMap<string, Requirement> = new Map(
  Object.entries(kindsData.requirements as Record<string, RawRequirement>).map(([id, r]) => [
    id,
    { id, anyOf: r.anyOf, channels: r.channels ?? ['sms', 'email'], aggregate: r.aggregate ?? false, insert: r.insert, why: r.why, manual: r.manual },
  ]),
);

function requirements(ids: readonly string[] | undefined): Requirement[] {
  return (ids ?? []).map((id) => {
    const requirement = REQUIREMENTS.get(id);
    if (!requirement) throw new Error(`kinds.json: unknown requirement "${id}"`);
    return requirement;
  });
}

export const KINDS: ReadonlyMap<string, KindInfo> = new Map(
  Object.entries(kindsData.kinds as Record<string, RawKind>).map(([id, k]) => [
    id,
    {
      id,
      odName: k.odName,
      sms: k.sms,
      email: k.email,
      manual: k.manual,
      restrictTags: k.restrictTags !== false,
      aggregate: k.aggregate ?? false,
      required: requirements(k.required),
      equivalents: k.equivalents ?? {},
      senderIdentified: k.senderIdentified,
      tagCase: k.tagCase ?? 'ignored',
      slots: k.slots ?? {},
      sources: k.sources,
    },
  ]),
);

/** Requirements for a template whose kind is missing or unknown. */
export const UNKNOWN_KIND_REQUIRED: readonly Requirement[] = requirements(kindsData.unknownKind.required);

export const TAGS: readonly TagInfo[] = tagsData.tags.map((t) => {
  const raw = t as {
    name: string;
    description: string;
    example: string;
    sources: TagSource[];
    spellings?: Record<string, string>;
    alsoSpelled?: string[];
    channels?: Channel[];
    link?: boolean;
    phi?: boolean;
    aggregateOnly?: boolean;
    identifiesSender?: boolean;
    exactCase?: string[];
    manual: string;
  };
  return {
    name: raw.name,
    description: raw.description,
    example: raw.example,
    kinds: [...new Set(raw.sources.flatMap((source) => source.kinds))],
    spellings: raw.spellings ?? {},
    channels: raw.channels ?? ['sms', 'email'],
    link: raw.link ?? false,
    phi: raw.phi ?? false,
    aggregateOnly: raw.aggregateOnly ?? false,
    alsoSpelled: raw.alsoSpelled ?? [],
    identifiesSender: raw.identifiesSender ?? false,
    exactCase: raw.exactCase ?? [],
    sources: raw.sources,
    manual: raw.manual,
  };
});

const byExactName = new Map<string, TagInfo>();
const byLowerName = new Map<string, TagInfo>();
for (const tag of TAGS) {
  for (const spelling of [tag.name, ...Object.values(tag.spellings), ...tag.alsoSpelled]) {
    byExactName.set(spelling, tag);
    byLowerName.set(spelling.toLowerCase(), tag);
  }
}

/** The tag spelled exactly so (canonical or a kind's documented spelling). */
export function tagByExactName(name: string): TagInfo | undefined {
  return byExactName.get(name);
}

/** The tag whatever its case: Open Dental replaces tags case-insensitively. */
export function tagByName(name: string): TagInfo | undefined {
  return byLowerName.get(name.toLowerCase());
}

/** Every spelling Open Dental accepts as canonical for the tag in this kind (any kind when undefined). */
export function canonicalSpellings(tag: TagInfo, kind: string | undefined): string[] {
  const spelling = kind ? own(tag.spellings, kind) : undefined;
  if (spelling) return [spelling, ...tag.alsoSpelled];
  if (kind) return [tag.name, ...tag.alsoSpelled];
  return [tag.name, ...Object.values(tag.spellings), ...tag.alsoSpelled];
}

export function tagAllowedInKind(tag: TagInfo, kind: string): boolean {
  return tag.kinds === 'all' || tag.kinds.includes(kind);
}

/** True when Open Dental fills the tag in this kind only when it is spelled in the documented case. */
export function tagCaseIsExact(tag: TagInfo, kind: string | undefined): boolean {
  if (kind === undefined) return false;
  return KINDS.get(kind)?.tagCase === 'exact' || tag.exactCase.includes(kind);
}

/** Every spelling of every tag, for did-you-mean and completion. */
export const ALL_TAG_SPELLINGS: readonly string[] = [...byExactName.keys()];

const MANUAL_PAGE_TITLES: Readonly<Record<string, string>> = manualPagesData.pages;

/** The heading of an Open Dental manual page the catalog cites ("Edit Rule" for editrule); the page's name when it has none. */
export function manualPageTitle(page: string): string {
  return own(MANUAL_PAGE_TITLES, page) ?? page;
}
