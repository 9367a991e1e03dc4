import type { FormatName } from '../args';
import { compact } from './compact';
import { github } from './github';
import { json } from './json';
import { sarif } from './sarif';
import { stylish } from './stylish';
import type { Formatter } from './types';

export const FORMATTERS: Record<FormatName, Formatter> = { stylish, compact, json, sarif, github };

/** Human formats always show info-level hints; machine formats only with --info. */
export function showsInfoByDefault(format: FormatName): boolean {
  return format === 'stylish' || format === 'compact';
}
