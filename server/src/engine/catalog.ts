// Typed access to the Open Dental catalog (data/kinds.json, data/tags.json).
import kindsData from './data/kinds.json';
import tagsData from './data/tags.json';
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
  manual: string;
}

export const KINDS: ReadonlyMap<string, KindInfo> = new Map(
  Object.entries(kindsData.kinds).map(([id, k]) => [
    id,
    { id, odName: k.odName, sms: k.sms, email: k.email, manual: k.manual, restrictTags: (k as { restrictTags?: boolean }).restrictTags !== false },
  ]),
);

export const TAGS: readonly TagInfo[] = tagsData.tags.map((t) => {
  const raw = t as typeof t & { spellings?: Record<string, string>; channels?: Channel[]; link?: boolean; phi?: boolean; aggregateOnly?: boolean };
  return {
    name: raw.name,
    description: raw.description,
    example: raw.example,
    kinds: raw.kinds === 'all' ? 'all' : (raw.kinds as string[]),
    spellings: raw.spellings ?? {},
    channels: raw.channels ?? ['sms', 'email'],
    link: raw.link ?? false,
    phi: raw.phi ?? false,
    aggregateOnly: raw.aggregateOnly ?? false,
    manual: raw.manual,
  };
});

const byExactName = new Map<string, TagInfo>();
const byLowerName = new Map<string, TagInfo>();
for (const tag of TAGS) {
  for (const spelling of [tag.name, ...Object.values(tag.spellings)]) {
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
  if (kind && tag.spellings[kind]) return [tag.spellings[kind]];
  if (kind) return [tag.name];
  return [tag.name, ...Object.values(tag.spellings)];
}

export function tagAllowedInKind(tag: TagInfo, kind: string): boolean {
  return tag.kinds === 'all' || tag.kinds.includes(kind);
}

/** Every spelling of every tag, for did-you-mean and completion. */
export const ALL_TAG_SPELLINGS: readonly string[] = [...byExactName.keys()];
