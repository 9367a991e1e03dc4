// Config layers the properties run under: defaults, every rule raised to error (so rules
// that are off or quiet by default run too), and a tiny maxFileSize (file-too-large path).
import fc from 'fast-check';
import type { OdmsgConfig } from '../../../server/src/engine/config';
import { RULE_IDS } from '../../../server/src/engine/registry';

export type Layers = readonly (OdmsgConfig | undefined)[];

export const ALL_RULES_ON: OdmsgConfig = { rules: Object.fromEntries(RULE_IDS.map((id) => [id, 'error'])) };

export const LAYER_SETS: readonly Layers[] = [
  [],
  [ALL_RULES_ON],
  [{ ...ALL_RULES_ON, spamPhrases: { add: ['whitening special', 'a a'], remove: ['free'] }, acronyms: ['CEREC', 'X'], allowedDomains: ['example.com'] }],
  [{ maxFileSize: 120 }],
  // An office that sends apostrophes: non-gsm-character's fixes to them apply.
  [{ rules: { 'unsupported-character': 'off' } }],
];

export const anyLayers = fc.constantFrom(...LAYER_SETS);

/**
 * The layers for the fix-all-makes-nothing-worse property: all but the 120-byte maxFileSize,
 * where any fix that lengthens the text (a stand-in, a tag name) can take the file over the
 * limit; that limit is about checking the file, not a problem in its text.
 */
export const fixSafetyLayers = fc.constantFrom(...LAYER_SETS.filter((layers) => !layers.some((layer) => layer && 'maxFileSize' in layer)));
