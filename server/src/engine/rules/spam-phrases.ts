import type { ResolvedConfig } from '../config';
import spamData from '../data/spam-phrases.json';
import type { Span } from '../frontMatter';
import type { Rule, RuleOption } from '../types';
import { isSentenceStart, matchCase } from './util/caseStyle';
import { ordinarySense, partOfContraction, senseTable, type Sense } from './util/phraseSense';
import { STRING_LIST } from './util/optionSchemas';
import { compilePhrases, normalizePhrase, type PhraseMatcher } from './util/phrases';
import { replaceTitle } from '../fixTitles';

interface Matcher {
  phrases?: PhraseMatcher;
  allowed?: PhraseMatcher;
  /** Alternative wording by normalized phrase. */
  alternatives: ReadonlyMap<string, string>;
  /** Promotional forms no word list holds ("txt WIN to 80082"), by name. */
  patterns: readonly { name: string; pattern: RegExp }[];
}

const SENSES = senseTable(spamData.senses as Sense[]);

const matchers = new WeakMap<ResolvedConfig, Matcher>();

/** The phrase list (defaults − remove + add), compiled once per config (`setting` is the config's `spamPhrases`). */
function matcherFor(config: ResolvedConfig, setting: SpamPhrasesSetting): Matcher {
  const cached = matchers.get(config);
  if (cached) return cached;
  const removed = new Set(setting.remove.map(normalizePhrase));
  const added = new Set(setting.add.map(normalizePhrase));
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
  const patterns = (spamData.patterns as { name: string; pattern: string }[]).filter((p) => !removed.has(normalizePhrase(p.name))).map((p) => ({ name: p.name, pattern: new RegExp(p.pattern, 'gu') }));
  const matcher: Matcher = { phrases: compilePhrases(phrases), allowed: compilePhrases(allowed), alternatives, patterns };
  matchers.set(config, matcher);
  return matcher;
}

const added = new WeakMap<ResolvedConfig, ReadonlySet<string>>();

function addedByUser(config: ResolvedConfig, setting: SpamPhrasesSetting, key: string): boolean {
  let set = added.get(config);
  if (!set) added.set(config, (set = new Set(setting.add.map(normalizePhrase))));
  return set.has(key);
}

/**
 * A spam phrase is a few words; the cap bounds how far the phrase scan reads from each
 * word start (util/phrases.ts), so a phrase of 10,000 words is a config error.
 */
export const MAX_PHRASE_LENGTH = 200;
const phraseList = { ...STRING_LIST, items: { type: 'string', maxLength: MAX_PHRASE_LENGTH } };

type SpamPhrasesSetting = ResolvedConfig['spamPhrases'];

const SPAM_PHRASES: RuleOption<SpamPhrasesSetting> = {
  key: 'spamPhrases',
  description:
    'Extend or trim the promotional phrases that spam-phrases reports (case-insensitive, whole words). An added phrase is reported in every sense ("free" also in "are you free"); `remove` also takes a pattern\'s name ("short-code call to action", "premium-rate phone number").',
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      add: { ...phraseList, description: `Phrases to report in addition to the built-in list (at most ${MAX_PHRASE_LENGTH} characters each).` },
      remove: { ...phraseList, description: 'Built-in phrases (or pattern names) not to report.' },
    },
  },
  example: { add: ['whitening special'], remove: ['cash'] },
  read: (config) => config.spamPhrases,
};

const OPTIONS = { spamPhrases: SPAM_PHRASES };

export const spamPhrases: Rule<typeof OPTIONS> = {
  meta: {
    id: 'spam-phrases',
    description: 'Promotional phrases ("free", "act now", "click here", "you have won", "txt WIN to 80082", …) that spam filters look for.',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    channels: ['sms', 'email'],
    rationale:
      'Carriers filter texts with promotional wording such as "free", "act now", "winner", "click here", "limited time", "cash", "guaranteed" or "no obligation"; Open Dental cannot unblock a filtered text and advises rewording it (manual: textintegratedtroubleshooting). No carrier publishes its list, so the list is a default you can extend or trim with `spamPhrases.add` / `spamPhrases.remove`. Prize wording ("you have won", "congratulations", "claim your", "been selected"), short-code calls to action ("Txt WIN to 80082") and premium-rate numbers are reported too. Ordinary dental phrasing ("feel free to call", "pain-free", "fluoride-free", "free parking", "we accept cash") is not, nor is a word in its ordinary sense: "free" meaning available ("Are you free Tuesday at 2:00 PM?"), "can I call now?", "no need to hurry". A replacement is written in lower case inside a sentence ("get FREE whitening" → "get complimentary whitening").',
    options: OPTIONS,
  },
  check({ template, config, options, report }) {
    const { phrases, allowed, alternatives, patterns } = matcherFor(config, options.spamPhrases);
    for (const { name, pattern } of patterns) {
      for (const match of template.prose.matchAll(pattern)) {
        report({
          message: `"${match[0]}" reads as spam (a ${name}): reword it.`,
          start: match.index,
          end: match.index + match[0].length,
        });
      }
    }
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
      const key = normalizePhrase(matched);
      // "won't" is not "won"; "are you free Tuesday" is not an offer (data: `senses`), unless the user added the phrase.
      if (partOfContraction(template.prose, end)) continue;
      if (!addedByUser(config, options.spamPhrases, key) && ordinarySense(SENSES, key, template.prose, start, end)) continue;
      const alternative = alternatives.get(key);
      const regionStart = template.regions.find((r) => r.start <= start && start < r.end)?.start ?? 0;
      const replacement = alternative === undefined ? undefined : matchCase(matched, alternative, isSentenceStart(template.prose, start, regionStart));
      report({
        message: `"${matched}" reads as spam: ${replacement ? `write "${replacement}"` : 'reword it'}.`,
        start,
        end,
        suggestions: replacement ? [{ desc: replaceTitle(template.text.slice(start, end), replacement), fix: { range: [start, end], text: replacement } }] : undefined,
      });
    }
  },
};
