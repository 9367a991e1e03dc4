// The "remove the tag" suggestion shared by the per-kind tag rules.
import type { TagToken } from '../../brackets';
import type { Template } from '../../parse';
import type { Suggestion } from '../../types';
import { removalRange } from './removal';
import { removeTitle } from '../../fixTitles';

/** Removes the tag and one neighbouring space (see removalRange). */
export function removeTagSuggestion(template: Template, tag: TagToken): Suggestion {
  return { desc: removeTitle(template.text.slice(tag.start, tag.end)), fix: { range: removalRange(template, tag.start, tag.end), text: '' } };
}
