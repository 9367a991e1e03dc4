import { OD_DEFAULT_CASES } from './odDefaults';
import { testRule } from './ruleTester';

const SMS = '---\nkind: eConfirmation\n---\n';

testRule('excessive-punctuation', {
  valid: [
    ...OD_DEFAULT_CASES,
    `${SMS}See you soon! Questions? Call [OfficePhone]. Balance: $25.`,
    // Not across a tag or a link: "![NameF]!" has no run.
    `${SMS}Hi![NameF]!`,
    `${SMS}Read https://brightsmiles.com/?q=a??b`,
    { text: `${SMS}Wow!!`, config: { rules: { 'excessive-punctuation': 'off' } } },
  ],
  invalid: [
    {
      text: `${SMS}[NameF], see you [ApptDate] at [ApptTime]!! Reply [ConfirmCode] to confirm or call [OfficePhone].`,
      errors: [{ titles: ['Replace "!!" with "!"'], text: '!!', severity: 'warning', message: /^"!!" reads as spam: write one "!"\.$/ }],
      output: `${SMS}[NameF], see you [ApptDate] at [ApptTime]! Reply [ConfirmCode] to confirm or call [OfficePhone].`,
    },
    {
      name: '?!, ??? and $$$',
      text: `${SMS}Really?! Why??? Save $$$`,
      errors: [{ text: '?!' }, { text: '???' }, { text: '$$$' }],
      output: `${SMS}Really? Why? Save $`,
    },
    {
      name: 'email subject, CRLF and BOM',
      text: '\ufeff---\r\nkind: eReminder\r\nchannel: email\r\nsubject: See you soon!!\r\n---\r\nHello!!\r\n',
      errors: [{ text: '!!' }, { text: '!!' }],
      output: '\ufeff---\r\nkind: eReminder\r\nchannel: email\r\nsubject: See you soon!\r\n---\r\nHello!\r\n',
    },
  ],
});
