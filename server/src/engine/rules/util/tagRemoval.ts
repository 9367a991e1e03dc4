// The "remove the tag" suggestion shared by the per-kind tag rules.
import type { TagToken } from '../../brackets';
import type { Template } from '../../parse';
import type { Suggestion } from '../../types';
import { removalRange } from './removal';

/** Removes the tag and one neighbouring space (see removalRange). */
export function removeTagSuggestion(template: Template, tag: TagToken): Suggestion {
  return { desc: `Remove [${tag.name}]`, fix: { range: removalRange(template, tag.start, tag.end), text: '' } };
}
