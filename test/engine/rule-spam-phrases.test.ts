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
    { text: `${SMS}Free whitening!`, config: { spamPhrases: { remove: ['FREE'] } }, name: 'spamPhrases.remove' },
    { text: `${SMS}Free whitening!`, config: { rules: { 'spam-phrases': 'off' } } },
    { text: '---\nkind: eConfirmation\nrules: { spam-phrases: off }\n---\nFree whitening!', name: 'inline rules map in front matter' },
  ],
  invalid: [
    {
      text: `${SMS}[NameF], see you [ApptDate]. Reply [ConfirmCode] to confirm - act now! Questions? Feel free to call [OfficePhone] or click here.`,
      errors: [
        { text: 'act now', severity: 'warning', message: /act now/ },
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
  ];
  for (const text of inputs) {
    const template = parseTemplate(text);
    const started = performance.now();
    rule.check({ template, config, severity: 'warning', configured: false, ruleIds: [], report: () => {} });
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 1000, `checking ${text.length} adversarial characters took ${Math.round(elapsed)} ms`);
  }
});

it('spam-phrases: equal configs share one resolved object (the matcher is memoised on it)', () => {
  const a = lint('Free!', [{ spamPhrases: { add: ['whitening special'] } }]).config;
  const b = lint('Act now!', [{ spamPhrases: { add: ['whitening special'] } }]).config;
  assert.equal(a, b);
});
