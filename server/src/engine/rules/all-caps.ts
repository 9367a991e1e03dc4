import type { ResolvedConfig } from '../config';
import acronymsData from '../data/acronyms.json';
import keywordsData from '../data/keywords.json';
import properWords from '../data/proper-words.json';
import { forEachWord } from '../parse';
import { isGsm7 } from '../sms/gsm';
import type { Rule, RuleOption } from '../types';
import { isAllCaps, isSentenceStart, unshout } from './util/caseStyle';
import { STRING_LIST } from './util/optionSchemas';
import { replaceTitle } from '../fixTitles';

const KEYWORDS: ReadonlySet<string> = new Set(keywordsData.keywords);
const REPLY_VERBS: ReadonlySet<string> = new Set(keywordsData.replyVerbs);
const REPLY_JOINERS: ReadonlySet<string> = new Set(keywordsData.replyJoiners);
const KEYWORD_LINKS: ReadonlySet<string> = new Set(keywordsData.keywordLinks);
const PROPER: ReadonlyMap<string, string> = new Map(properWords.words.map((w) => [w.toLowerCase(), w]));
const exemptions = new WeakMap<ResolvedConfig, ReadonlySet<string>>();

/** Opt-out/help keywords and acronyms (data plus config `acronyms`), in capitals; once per config. */
function exemptFor(config: ResolvedConfig, acronyms: readonly string[]): ReadonlySet<string> {
  let set = exemptions.get(config);
  if (!set) {
    set = new Set([...KEYWORDS, ...acronymsData.acronyms, ...acronyms].map((w) => w.toUpperCase()));
    exemptions.set(config, set);
  }
  return set;
}

const LETTER = /\p{L}/gu;
const DIGIT = /\p{N}/u;
/**
 * Words of up to this many letters in capitals are taken for acronyms and brand names (CVS,
 * HSA, UHC), unless they are common words (data: `shortWords`, "NOW", "WIN"): far more of
 * them are acronyms than shouted words (measured: npm run eval).
 */
const MAX_ACRONYM_LETTERS = 3;
const SHORT_WORDS: ReadonlySet<string> = new Set(acronymsData.shortWords);

const ACRONYMS: RuleOption<readonly string[]> = {
  key: 'acronyms',
  description: 'Words in capitals that all-caps accepts, in addition to the built-in acronyms (AM, PM, DDS, …).',
  schema: STRING_LIST,
  example: ['CEREC'],
  read: (config) => config.acronyms,
};

const OPTIONS = { acronyms: ACRONYMS };

export const allCaps: Rule<typeof OPTIONS> = {
  meta: {
    id: 'all-caps',
    description: 'Words written in capitals ("TOMORROW"), other than acronyms and reply keywords.',
    defaultSeverity: 'warning',
    fixable: 'fix',
    channels: ['sms', 'email'],
    rationale:
      'Carriers filter texts with ALL-CAPS words; Open Dental cannot unblock a filtered text and advises rewording it (manual: textintegratedtroubleshooting). Reply keywords (STOP, HELP, START, …; manual: textmessages), keywords the office chose ("reply YES", "text us HERE", "reply CONFIRM or RESCHEDULE") and acronyms (DDS, PPO, BCBS, …, and words of three letters that are not common words: CVS, HSA, but not NOW or WIN) are meant to be in capitals and are not reported; add your own with the config\'s `acronyms`. The fix writes the word in lower case inside a sentence ("an appointment TOMORROW" → "an appointment tomorrow") and capitalised at a sentence start ("TOMORROW we open" → "Tomorrow we open"); day and month names keep their capital.',
    options: OPTIONS,
  },
  check({ template, config, options, report }) {
    const exempt = exemptFor(config, options.acronyms);
    const { prose } = template;
    // The words by offset (template.words would make an object and a string for each).
    forEachWord(prose, (start, end) => {
      // A small letter rules a word out at once (isAllCaps would say no): most words end here.
      if (hasSmallAsciiLetter(prose, start, end)) return;
      const text = prose.slice(start, end);
      // Words with digits are codes ("A1C", "RM203"), not shouting.
      if (!isAllCaps(text) || DIGIT.test(text)) return;
      const letters = text.match(LETTER)?.length ?? 0;
      const bare = text.replace(/['’]+$/, '').toUpperCase();
      if (letters < 3 || (letters <= MAX_ACRONYM_LETTERS && !SHORT_WORDS.has(bare))) return;
      if (exempt.has(bare) || exempt.has(bare.replace(/['’]S$/, '')) || exempt.has(bare.replace(/S$/, ''))) return;
      if (isReplyKeyword(prose, start, exempt)) return;
      const regionStart = template.regions.find((r) => r.start <= start && start < r.end)?.start ?? 0;
      const fixed = unshout(text, isSentenceStart(prose, start, regionStart), PROPER);
      if (fixed === text) return; // one cased letter among uncased ones ("Ḁ一ؠ"): not shouting
      // A letter whose lower case is another letter ("İ" → "i̇") is not one to change at all.
      // One whose lower case leaves GSM-7 ("Θ" → "θ") would make the text cost more
      // (non-gsm-character): offered, never applied unattended.
      const sameLetters = fixed.toUpperCase() === text.toUpperCase();
      const costsMore = sameLetters && leavesGsm7(text, fixed);
      const desc = replaceTitle(text, fixed);
      const edit = { range: [start, end] as [number, number], text: fixed };
      report({
        message: `"${text}" in capitals reads as spam: write "${fixed}".`,
        start,
        end,
        fix: sameLetters && !costsMore ? { ...edit, desc } : undefined,
        suggestions: costsMore ? [{ desc, fix: edit }] : undefined,
      });
    });
  },
};

/** True when `fixed` has a character outside GSM-7 that `text` did not need. */
function leavesGsm7(text: string, fixed: string): boolean {
  if (!/[^\x00-\x7f]/.test(fixed)) return false; // ASCII letters and digits are all GSM-7
  return [...fixed].some((c) => !isGsm7(c)) && [...text].every((c) => isGsm7(c));
}

function hasSmallAsciiLetter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return true;
  }
  return false;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}'’]/u;
/** Between a reply verb and its keyword: spaces and quotes ("reply 'YES'", “text us “HERE””). */
const GAP = /[ \t\u00a0"'“”‘’«»:]/;

/** The word ending before `offset` past spaces and quotes, lower case, with its start. */
function previousWord(prose: string, offset: number): { word: string; start: number } | undefined {
  let end = offset;
  while (end > 0 && offset - end < 8 && GAP.test(prose[end - 1])) end--;
  let start = end;
  while (start > 0 && end - start < 20 && WORD_CHAR.test(prose[start - 1])) start--;
  return start < end ? { word: prose.slice(start, end).toLowerCase(), start } : undefined;
}

/**
 * True when the word at `start` is a keyword the office asks patients to reply with: right
 * after a reply verb ("reply YES", "responda SI"), after a verb and up to three joiners
 * ("text us HERE", "reply with the word YES"), or joined by "or"/"and" to such a keyword ("reply C or CONFIRM").
 */
function isReplyKeyword(prose: string, start: number, exempt: ReadonlySet<string>, depth = 0): boolean {
  const w1 = previousWord(prose, start);
  if (!w1) return false;
  if (REPLY_VERBS.has(w1.word)) return true;
  if (REPLY_JOINERS.has(w1.word)) {
    // Up to three joiners between verb and keyword: "reply with the word YES".
    let w = previousWord(prose, w1.start);
    for (let joiners = 1; w && REPLY_JOINERS.has(w.word) && joiners < 3; joiners++) w = previousWord(prose, w.start);
    return !!w && REPLY_VERBS.has(w.word);
  }
  if (KEYWORD_LINKS.has(w1.word) && depth < 4) {
    // The word before "or" must itself be a keyword in capitals (a list of options).
    const w2 = previousWord(prose, w1.start);
    if (!w2) return false;
    const shown = prose.slice(w2.start, w2.start + w2.word.length);
    const inCapitals = shown === shown.toUpperCase() && shown !== shown.toLowerCase();
    if (!inCapitals && !/^\p{N}+$/u.test(shown)) return false;
    return exempt.has(shown.toUpperCase()) || isReplyKeyword(prose, w2.start, exempt, depth + 1);
  }
  return false;
}
