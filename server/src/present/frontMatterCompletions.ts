// The values the editor offers in front matter, after `kind:` and `aggregate:`, with the line
// that tells people what each is.
import { KINDS } from '../engine/catalog';
import { AGGREGATE_TEMPLATE, FRONT_MATTER_KEYS, PER_APPOINTMENT } from '../engine/frontMatterKeys';
import type { Channel } from '../engine/types';
import { channelNoun } from './catalogText';

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
