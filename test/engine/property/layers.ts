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
];

export const anyLayers = fc.constantFrom(...LAYER_SETS);
