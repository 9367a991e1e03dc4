import assert from 'node:assert/strict';
import { it } from 'node:test';
import { resolveConfig } from '../../server/src/engine/config';
import { lint } from '../../server/src/engine/lint';
import { parseTemplate } from '../../server/src/engine/parse';
import { ruleById } from '../../server/src/engine/registry';
import { OD_DEFAULT_CASES } from './odDefaults';
import { testRule } from './ruleTester';

const SMS = '---\nkind: eConfirmation\n---\n';

testRule('spam-phrases', {
  valid: [
    ...OD_DEFAULT_CASES,
    // Ordinary dental phrasing that contains "free".
    `${SMS}Questions? Feel free to call [OfficePhone].`,
    `${SMS}Please feel   free to reach out.`,
    `${SMS}We offer pain-free cleanings and fluoride-free options; free parking is behind the building.`,
    `${SMS}Our office is latex-free and mercury-free. Sugar free gum is fine. Call toll-free.`,
    `${SMS}Keep your smile cavity-free!`,
    `${SMS}We accept cash or check.`,
    // Whole words only.
    `${SMS}Freedom from cavities! The cashier is out; we were discounting nothing.`,
    // Not across a tag: "act [NameF] now" is not "act now".
    `${SMS}Please act [NameF] now.`,
    `${SMS}Reply C to confirm. STOP to opt out.`,
    // "free" meaning available or at liberty (issue 10; data: senses).
    `${SMS}Hi, this is Bright Smiles. Are you free Tuesday at 2:00 PM?`,
    `${SMS}If you're free this afternoon, we had a cancellation. I'll be free after 6; once free, call me. Are you FREE?`,
    // Payment, haste, a question, a person's own need.
    `${SMS}We accept cash and personal checks; bring some cash for parking. No need to hurry.`,
    `${SMS}Can I call now? If it is urgent, call 911.`,
    // "won't" is not "won"; a claim or a selection in the ordinary sense is not prize wording.
    `${SMS}You won’t need to fast. We sent the claim to Delta Dental for the time you selected.`,
    // A street number is not a short code.
    `${SMS}Please send your x-rays to 1200 Oak St. Text us at 555-201-3344.`,
    { text: `${SMS}Txt SMILE to 80082`, config: { spamPhrases: { remove: ['short-code call to action'] } }, name: 'spamPhrases.remove names a pattern' },
    { text: `${SMS}Free whitening!`, config: { spamPhrases: { remove: ['FREE'] } }, name: 'spamPhrases.remove' },
    { text: `${SMS}Free whitening!`, config: { rules: { 'spam-phrases': 'off' } } },
    { text: '---\nkind: eConfirmation\nrules: { spam-phrases: off }\n---\nFree whitening!', name: 'inline rules map in front matter' },
  ],
  invalid: [
    {
      text: `${SMS}[NameF], see you [ApptDate]. Reply [ConfirmCode] to confirm - act now! Questions? Feel free to call [OfficePhone] or click here.`,
      errors: [
        { titles: ['Replace "act now" with "please reply soon"'], text: 'act now', severity: 'warning', message: /act now/ },
        { text: 'click here', message: /reword/ },
      ],
      suggestions: [`${SMS}[NameF], see you [ApptDate]. Reply [ConfirmCode] to confirm - please reply soon! Questions? Feel free to call [OfficePhone] or click here.`],
    },
    {
      name: 'shouted phrase: the alternative is not shouted mid-sentence',
      text: `${SMS}Ask about our FREE whitening.`,
      errors: [{ text: 'FREE' }],
      suggestions: [`${SMS}Ask about our complimentary whitening.`],
    },
    {
      name: 'capitalised phrase at a sentence start keeps its capital',
      text: `${SMS}Free whitening. Call now!`,
      errors: [{ text: 'Free' }, { text: 'Call now' }],
      suggestions: [`${SMS}Complimentary whitening. Call now!`],
    },
    {
      name: 'longest phrase wins; flexible white space and line breaks between words',
      text: `${SMS}100%   free\r\nLimited\r\ntime offer`,
      errors: [{ text: '100%   free' }, { text: 'Limited\r\ntime offer' }],
      suggestions: [`${SMS}complimentary\r\nLimited\r\ntime offer`],
    },
    {
      name: 'hyphen or space',
      text: `${SMS}Risk free and risk-free.`,
      errors: [{ text: 'Risk free' }, { text: 'risk-free' }],
      suggestions: [],
    },
    {
      name: 'typographic apostrophe',
      text: `${SMS}Don’t miss out!`,
      errors: [{ text: 'Don’t miss out' }],
      suggestions: [],
    },
    {
      name: '"free" outside an allowed phrase next to one',
      text: `${SMS}Feel free to ask about free whitening.`,
      errors: [{ text: 'free', start: SMS.length + 23 }],
      suggestions: [`${SMS}Feel free to ask about complimentary whitening.`],
    },
    {
      name: 'tags next to punctuation and phrases',
      text: `${SMS}[NameF]: URGENT, [OfficeName] needs you.`,
      errors: [{ text: 'URGENT' }],
      suggestions: [`${SMS}[NameF]: important, [OfficeName] needs you.`],
    },
    {
      name: 'issue 10: prize and win wording',
      text: `${SMS}Congratulations! You have WON a prize. You've been selected: claim your gift, you winner.`,
      errors: [{ text: 'Congratulations' }, { text: 'You have WON' }, { text: 'prize' }, { text: 'been selected' }, { text: 'claim your' }, { text: 'winner' }],
      suggestions: [],
    },
    {
      name: 'issue 10: short-code call to action; a premium-rate number',
      text: `${SMS}Txt SMILE to 80082 or call 09061701461.`,
      errors: [
        { text: 'Txt SMILE to 80082', message: /short-code call to action/ },
        { text: '09061701461', message: /premium-rate phone number/ },
      ],
      suggestions: [],
    },
    {
      name: '"free" as an offer next to a sense word that does not make it availability',
      text: `${SMS}Are you ready for free whitening?`,
      errors: [{ text: 'free' }],
      suggestions: [`${SMS}Are you ready for complimentary whitening?`],
    },
    {
      name: 'issue 10: shouted mid-sentence, the replacement is lower case',
      text: `${SMS}Come in and get FREE whitening.`,
      errors: [{ text: 'FREE' }],
      suggestions: [`${SMS}Come in and get complimentary whitening.`],
    },
    {
      name: 'a phrase the user adds is reported in any sense',
      text: `${SMS}Are you free Tuesday?`,
      config: { spamPhrases: { add: ['free'] } },
      errors: [{ text: 'free' }],
      suggestions: [`${SMS}Are you complimentary Tuesday?`],
    },
    {
      name: 'spamPhrases.add',
      text: `${SMS}Whitening special this week only.`,
      config: { spamPhrases: { add: ['whitening special', 'this week only'] } },
      errors: [{ text: 'Whitening special' }, { text: 'this week only' }],
      suggestions: [],
    },
    {
      name: 'an added phrase is reported even where the allow list would skip it',
      text: `${SMS}Pain-free visits.`,
      config: { spamPhrases: { add: ['pain-free'] } },
      errors: [{ text: 'Pain-free' }],
      suggestions: [],
    },
    {
      name: 'remove one, the others stay',
      text: `${SMS}Free cash!`,
      config: { spamPhrases: { remove: ['free'] } },
      errors: [{ text: 'cash' }],
      suggestions: [],
    },
    {
      name: 'email subject and body',
      text: '---\nkind: eReminder\nchannel: email\nsubject: Congratulations!\n---\nYou are a winner.',
      errors: [{ text: 'Congratulations' }, { text: 'winner' }],
      suggestions: [],
    },
    {
      name: 'BOM, CRLF and Unicode around the phrase',
      text: '\ufeff¡Gratis! Été: free.\r\n',
      errors: [{ text: 'free', start: 15 }],
      suggestions: ['\ufeff¡Gratis! Été: complimentary.\r\n'],
    },
  ],
});

it('spam-phrases: linear on adversarial input', () => {
  // The rule's own check, timed apart from parsing and from the other rules. 50,000
  // characters: linear matching takes milliseconds, anything quadratic takes seconds.
  const rule = ruleById('spam-phrases')!;
  const config = resolveConfig([]);
  const inputs = [
    `free${' '.repeat(50_000)}x`,
    'act '.repeat(12_500),
    'free-'.repeat(10_000),
    `${'a'.repeat(50_000)} free`,
    'feel free '.repeat(5_000),
    'free feel free '.repeat(3_000),
    `${'risk '.repeat(10_000)}free`,
    // The patterns and the sense look-up: verbs with no short code, long digit runs, senses.
    'txt '.repeat(12_500),
    `Text ${'a '.repeat(25_000)}to 80082`,
    '0'.repeat(50_000),
    '09'.repeat(25_000),
    'are you free '.repeat(4_000),
  ];
  for (const text of inputs) {
    const template = parseTemplate(text);
    const started = performance.now();
    rule.check({ template, config, severity: 'warning', configured: false, ruleIds: [], options: { spamPhrases: config.spamPhrases }, report: () => {} });
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 1000, `checking ${text.length} adversarial characters took ${Math.round(elapsed)} ms`);
  }
});

it('spam-phrases: equal configs share one resolved object (the matcher is memoised on it)', () => {
  const a = lint('Free!', [{ spamPhrases: { add: ['whitening special'] } }]).config;
  const b = lint('Act now!', [{ spamPhrases: { add: ['whitening special'] } }]).config;
  assert.equal(a, b);
});
