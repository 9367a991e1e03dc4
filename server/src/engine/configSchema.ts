// The `.odmsgrc.json` keys beyond `rules`, gathered from where they are declared: each rule's
// metadata (`options`, in registry order), then the SMS estimate's (sms/options.ts). The
// generated schema (schemas/odmsgrc.schema.json), `odmsg init` and the README's config
// reference all read this list; `rules` is built from the registry.
import { RULES } from './registry';
import { SMS_CONFIG_OPTIONS } from './sms/options';
import type { ConfigOption } from './types';

export type { ConfigOption } from './types';

export const CONFIG_OPTIONS: readonly ConfigOption[] = [...RULES.flatMap((rule) => Object.values(rule.meta.options ?? {})), ...SMS_CONFIG_OPTIONS];
