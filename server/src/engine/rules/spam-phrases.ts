import type { ResolvedConfig } from '../config';
import spamData from '../data/spam-phrases.json';
import type { Span } from '../frontMatter';
import type { Rule } from '../types';
import { isSentenceStart, matchCase } from './util/caseStyle';
import { compilePhrases, normalizePhrase, type PhraseMatcher } from './util/phrases';

interface Matcher {
  phrases?: PhraseMatcher;
  allowed?: PhraseMatcher;
  /** Alternative wording by normalized phrase. */
  alternatives: ReadonlyMap<string, string>;
}

const matchers = new WeakMap<ResolvedConfig, Matcher>();

/** The phrase list for this config (defaults − remove + add), compiled once per config. */
function matcherFor(config: ResolvedConfig): Matcher {
  const cached = matchers.get(config);
  if (cached) return cached;
  const removed = new Set(config.spamPhrases.remove.map(normalizePhrase));
  const added = new Set(config.spamPhrases.add.map(normalizePhrase));
  const phrases = new Set<string>();
  const alternatives = new Map<string, string>();
  for (const entry of spamData.phrases as { phrase: string; alternative?: string }[]) {
    const key = normalizePhrase(entry.phrase);
    if (removed.has(key)) continue;
    phrases.add(key);
    if (entry.alternative) alternatives.set(key, entry.alternative);
  }
  for (const key of added) if (!removed.has(key)) phrases.add(key);
  // A phrase the user adds is meant to be reported, even where the allow list would skip it.
  const allowed = spamData.allow.map(normalizePhrase).filter((a) => !added.has(a));
  const matcher: Matcher = { phrases: compilePhrases(phrases), allowed: compilePhrases(allowed), alternatives };
  matchers.set(config, matcher);
  return matcher;
}

export const spamPhrases: Rule = {
  meta: {
    id: 'spam-phrases',
    description: 'Promotional phrases ("free", "act now", "click here", …) that spam filters look for.',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    channels: ['sms', 'email'],
    rationale:
      'Carriers filter texts with promotional wording such as "free", "act now", "winner", "click here", "limited time", "cash", "guaranteed" or "no obligation"; Open Dental cannot unblock a filtered text and advises rewording it (manual: textintegratedtroubleshooting). No carrier publishes its list, so the list is a default you can extend or trim with `spamPhrases.add` / `spamPhrases.remove`. Ordinary dental phrasing ("feel free to call", "pain-free", "fluoride-free", "free parking") is not reported.',
  },
  check({ template, config, report }) {
    const { phrases, allowed, alternatives } = matcherFor(config);
    if (!phrases) return;
    // Allowed wording is only looked for once there is a match it could excuse (most texts have none).
    let allowedSpans: Span[] | undefined;
    // Both lists come in text order and allowed spans do not overlap: one moving index
    // finds the allowed span that could hold each match, keeping the rule linear.
    let k = 0;
    for (const { start, end } of phrases.matches(template.prose)) {
      const matched = template.prose.slice(start, end);
      if (!allowedSpans) allowedSpans = allowed ? [...allowed.matches(template.prose)] : [];
      while (k + 1 < allowedSpans.length && allowedSpans[k + 1].start <= start) k++;
      const around = allowedSpans[k];
      if (around && around.start <= start && end <= around.end) continue;
      const alternative = alternatives.get(normalizePhrase(matched));
      const regionStart = template.regions.find((r) => r.start <= start && start < r.end)?.start ?? 0;
      const replacement = alternative === undefined ? undefined : matchCase(matched, alternative, isSentenceStart(template.prose, start, regionStart));
      report({
        message: `"${matched}" is promotional wording that carriers' spam filters look for${replacement ? `; consider "${replacement}"` : '; reword it'}.`,
        start,
        end,
        suggestions: replacement ? [{ desc: `Replace with "${replacement}"`, fix: { range: [start, end], text: replacement } }] : undefined,
      });
    }
  },
};
