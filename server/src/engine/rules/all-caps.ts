import type { ResolvedConfig } from '../config';
import acronymsData from '../data/acronyms.json';
import keywordsData from '../data/keywords.json';
import { forEachWord } from '../parse';
import type { Rule } from '../types';
import { isAllCaps, sentenceCase } from './util/caseStyle';

const KEYWORDS: ReadonlySet<string> = new Set(keywordsData.keywords);
const exemptions = new WeakMap<ResolvedConfig, ReadonlySet<string>>();

/** Opt-out/help keywords and acronyms (data plus config `acronyms`), in capitals. */
function exemptFor(config: ResolvedConfig): ReadonlySet<string> {
  let set = exemptions.get(config);
  if (!set) {
    set = new Set([...KEYWORDS, ...acronymsData.acronyms, ...config.acronyms].map((w) => w.toUpperCase()));
    exemptions.set(config, set);
  }
  return set;
}

const LETTER = /\p{L}/gu;
const DIGIT = /\p{N}/u;

export const allCaps: Rule = {
  meta: {
    id: 'all-caps',
    description: 'Words written in capitals ("TOMORROW"), other than acronyms and reply keywords.',
    defaultSeverity: 'warning',
    fixable: 'fix',
    channels: ['sms', 'email'],
    rationale:
      'Carriers filter texts with ALL-CAPS words; Open Dental cannot unblock a filtered text and advises rewording it (manual: textintegratedtroubleshooting). Reply keywords (STOP, HELP, START, …; manual: textmessages) and acronyms (DDS, AM, PPO, …) are meant to be in capitals and are not reported; add your own with the config\'s `acronyms`. The fix writes the word in sentence case.',
  },
  check({ template, config, report }) {
    const exempt = exemptFor(config);
    const { prose } = template;
    // The words by offset (template.words would make an object and a string for each).
    forEachWord(prose, (start, end) => {
      // A small letter rules a word out at once (isAllCaps would say no): most words end here.
      if (hasSmallAsciiLetter(prose, start, end)) return;
      const text = prose.slice(start, end);
      // Words with digits are codes ("A1C", "RM203"), not shouting.
      if (!isAllCaps(text) || DIGIT.test(text)) return;
      if ((text.match(LETTER)?.length ?? 0) < 3) return;
      const bare = text.replace(/['’]+$/, '').toUpperCase();
      if (exempt.has(bare) || exempt.has(bare.replace(/['’]S$/, '')) || exempt.has(bare.replace(/S$/, ''))) return;
      const fixed = sentenceCase(text);
      if (fixed === text) return; // one cased letter among uncased ones ("Ḁ一ؠ"): not shouting
      report({
        message: `"${text}" is in capitals: carriers' spam filters look for ALL-CAPS words.`,
        start,
        end,
        fix: { range: [start, end], text: fixed, desc: `Write "${fixed}"` },
      });
    });
  },
};

function hasSmallAsciiLetter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return true;
  }
  return false;
}
