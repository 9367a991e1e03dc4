// The "remove the link" suggestion shared by the link rules.
import type { LinkToken } from '../../links';
import type { Template } from '../../parse';
import type { Suggestion } from '../../types';
import { removalRange } from './removal';

export function removeLinkSuggestion(template: Template, link: LinkToken): Suggestion {
  return { desc: `Remove "${link.text}"`, fix: { range: removalRange(template, link.start, link.end), text: '' } };
}
