// The "remove the link" suggestion shared by the link rules.
import type { LinkToken } from '../../links';
import type { Template } from '../../parse';
import type { Suggestion } from '../../types';
import { removalRange } from './removal';
import { removeTitle } from '../../fixTitles';

export function removeLinkSuggestion(template: Template, link: LinkToken): Suggestion {
  return { desc: removeTitle(link.text), fix: { range: removalRange(template, link.start, link.end), text: '' } };
}
