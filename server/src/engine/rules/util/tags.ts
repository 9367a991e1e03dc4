// Tag spelling helpers shared by the tag rules.
import { canonicalSpellings, tagAllowedInKind, tagByName, TAGS, type TagInfo } from '../../catalog';
import { editDistance } from './editDistance';
import { isClose } from './didYouMean';

/** The spelling to write for `tag` in `kind`: the typed one when it is canonical, else the canonical one. */
export function preferredSpelling(tag: TagInfo, typed: string, kind: string | undefined): string {
  const spellings = canonicalSpellings(tag, kind);
  return spellings.includes(typed) ? typed : spellings[0];
}

/** The canonical spelling of the known tag named `name` (any case), if it is one. */
export function knownSpelling(name: string, kind: string | undefined): string | undefined {
  const tag = tagByName(name);
  return tag ? preferredSpelling(tag, name, kind) : undefined;
}

/**
 * The known tag closest to an unknown name, spelled for `kind`. Tags the kind may use win
 * over closer tags it may not, so a typo in a statement suggests a statement tag.
 */
export function closestTag(name: string, kind: string | undefined): string | undefined {
  const lower = name.toLowerCase();
  let best: { tag: TagInfo; distance: number; inKind: boolean } | undefined;
  for (const tag of TAGS) {
    // A spelling whose length differs by more than 2 is more than 2 edits away, too far to be
    // close whatever the others give: it is not compared at all.
    let distance = Infinity;
    for (const spelling of lowerSpellings(tag)) {
      if (Math.abs(spelling.length - lower.length) <= 2) distance = Math.min(distance, editDistance(lower, spelling));
    }
    if (!isClose(distance, name.length)) continue;
    const inKind = kind !== undefined && tagAllowedInKind(tag, kind);
    if (!best || (inKind && !best.inKind) || (inKind === best.inKind && distance < best.distance)) best = { tag, distance, inKind };
  }
  return best ? canonicalSpellings(best.tag, kind)[0] : undefined;
}

const spellingsCache = new Map<TagInfo, readonly string[]>();

/** Every spelling of a tag, in lower case (worked out once per tag). */
function lowerSpellings(tag: TagInfo): readonly string[] {
  let spellings = spellingsCache.get(tag);
  if (!spellings) {
    spellings = [tag.name, ...Object.values(tag.spellings), ...tag.alsoSpelled].map((s) => s.toLowerCase());
    spellingsCache.set(tag, spellings);
  }
  return spellings;
}
