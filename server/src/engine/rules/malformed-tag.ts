import type { BracketIssue } from '../brackets';
import type { Template } from '../parse';
import type { Report, Rule, Suggestion } from '../types';
import { removalRange } from './util/removal';
import { knownSpelling } from './util/tags';
import { removeTitle, replaceTitle } from '../fixTitles';

/** Closers typed by mistake for `]` right after an unclosed tag name: `[NameF)`, `[NameF}`. */
const WRONG_CLOSER = /[)}>]/;

function replace(template: Template, start: number, end: number, text: string): Suggestion {
  return { desc: replaceTitle(template.text.slice(start, end), text), fix: { range: [start, end], text } };
}

/** The report for one bracket issue, with its repair when there is an obvious one. */
function describe(issue: BracketIssue, template: Template): Report {
  const { text, kind } = template;
  const typed = text.slice(issue.start, issue.end);
  const { start, end } = issue;
  switch (issue.type) {
    case 'unclosed': {
      const word = /^[A-Za-z0-9_]*/.exec(issue.content)![0];
      const spelling = word ? knownSpelling(word, kind) : undefined;
      // "[NameF)" is the tag with the wrong closer: take the closer into the repair.
      const to = spelling && WRONG_CLOSER.test(text[end] ?? '') ? end + 1 : end;
      return {
        start,
        end: to,
        message: spelling ? `Unclosed "[", sent as typed: write [${spelling}].` : `Unclosed "[": the patient sees "${text.slice(start, to)}" as typed.`,
        suggestions: spelling ? [replace(template, start, to, `[${spelling}]`)] : undefined,
      };
    }
    case 'stray-close': {
      const range = removalRange(template, start, end);
      return { start, end, message: 'Stray "]", sent as typed: remove it.', suggestions: [{ desc: removeTitle(']'), fix: { range, text: '' } }] };
    }
    case 'doubled': {
      const name = knownSpelling(issue.content, kind) ?? issue.content;
      return {
        start,
        end,
        message: `Doubled brackets: the patient sees the extra ones; write [${name}].`,
        suggestions: [replace(template, start, end, `[${name}]`)],
      };
    }
    case 'spaces': {
      const spelling = knownSpelling(issue.content.replace(/\s+/g, ''), kind);
      return {
        start,
        end,
        message: `"${typed}" is sent as typed (tag names have no spaces)${spelling ? `: did you mean [${spelling}]?` : '.'}`,
        suggestions: spelling ? [replace(template, start, end, `[${spelling}]`)] : undefined,
      };
    }
    case 'empty':
      return { start, end, message: 'Empty brackets "[]" are sent as typed: remove them.' };
    case 'invalid-name': {
      const collapsed = issue.content.replace(/[^A-Za-z0-9_]+/g, '');
      const spelling = collapsed ? knownSpelling(collapsed, kind) : undefined;
      return {
        start,
        end,
        message: `"${typed}" is sent as typed (tag names have only letters, digits and "_")${spelling ? `: did you mean [${spelling}]?` : '.'}`,
        suggestions: spelling ? [replace(template, start, end, `[${spelling}]`)] : undefined,
      };
    }
  }
}

export const malformedTag: Rule = {
  meta: {
    id: 'malformed-tag',
    description: 'Broken tag brackets: "[" never closed, a stray "]", "[[NameF]]", "[Appt Date]", "[]".',
    defaultSeverity: 'error',
    fixable: 'suggestion',
    channels: ['sms', 'email'],
    rationale:
      'Open Dental replaces a tag only when it is typed exactly as "[Name]"; anything else around or inside the brackets is sent as typed, so the patient sees the brackets or the bare tag name (manual: editrule). The suggestion offers the repair when it is clear: the single-bracket tag, the tag name without spaces, the missing "]", or removing a stray "]".',
  },
  check({ template, report }) {
    for (const issue of template.bracketIssues) report(describe(issue, template));
  },
};
