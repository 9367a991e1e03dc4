import { OD_DEFAULT_CASES } from './odDefaults';
import { testRule } from './ruleTester';

const SMS = '---\nkind: eConfirmation\n---\n';
const EMAIL = '---\nkind: eReminder\nchannel: email\n---\n';

testRule('no-url-shorteners', {
  valid: [
    ...OD_DEFAULT_CASES,
    `${SMS}Reschedule at https://www.brightsmiles.com/book`,
    // Look-alikes of shortener domains are not shorteners.
    `${SMS}Read more at https://notbit.ly.example.com/x and https://tinyurl.community/`,
    { text: `${SMS}bit.ly/abc`, config: { rules: { 'no-url-shorteners': 'off' } } },
  ],
  invalid: [
    {
      name: 'a bare shortener host is a link, though its TLD alone would not make one',
      text: `${SMS}Our page: bit.ly and t.co`,
      errors: [{ titles: ['Remove "bit.ly"'], text: 'bit.ly' }, { text: 't.co' }],
      suggestions: [`${SMS}Our page: and t.co`],
    },
    {
      text: `${SMS}[NameF], see you [ApptDate]. To reschedule visit bit.ly/smile-book or call [OfficePhone].`,
      errors: [{ text: 'bit.ly/smile-book', severity: 'error', message: /bit\.ly/ }],
      suggestions: [`${SMS}[NameF], see you [ApptDate]. To reschedule visit or call [OfficePhone].`],
    },
    {
      name: 'email too',
      text: `${EMAIL}Directions: https://goo.gl/maps/abc123`,
      errors: [{ text: 'https://goo.gl/maps/abc123' }],
      suggestions: [`${EMAIL}Directions:`],
    },
    {
      name: 'upper case, www. and subdomains',
      text: `${SMS}See HTTPS://TINYURL.COM/x, www.bit.ly/y and go.rebrand.ly/z`,
      errors: [{ text: 'HTTPS://TINYURL.COM/x' }, { text: 'www.bit.ly/y' }, { text: 'go.rebrand.ly/z' }],
      suggestions: [`${SMS}See, www.bit.ly/y and go.rebrand.ly/z`],
    },
    {
      name: 'HTML email: the link ends at the markup',
      text: `${EMAIL}<p>New forms: https://tinyurl.com/bs-forms</p><a href="https://bit.ly/x">map</a>`,
      errors: [{ text: 'https://tinyurl.com/bs-forms' }, { text: 'https://bit.ly/x' }],
      suggestions: [`${EMAIL}<p>New forms:</p><a href="https://bit.ly/x">map</a>`],
    },
    {
      name: 'allowedDomains does not excuse a shortener in this rule',
      text: `${SMS}t.co/abc`,
      config: { allowedDomains: ['t.co'] },
      errors: [{ text: 't.co/abc' }],
      suggestions: [`${SMS}`],
    },
    {
      name: 'a shortener inside a subject line',
      text: '---\nkind: eReminder\nchannel: email\nsubject: See cutt.ly/x\n---\nHello [NameF].',
      errors: [{ text: 'cutt.ly/x' }],
      suggestions: ['---\nkind: eReminder\nchannel: email\nsubject: See\n---\nHello [NameF].'],
    },
  ],
});
