import { OD_DEFAULT_CASES } from './odDefaults';
import { testRule } from './ruleTester';

const SMS = '---\nkind: eReminder\nchannel: sms\n---\n';
const MANUAL = '---\nkind: manual\n---\n';

testRule('no-raw-links', {
  valid: [
    ...OD_DEFAULT_CASES,
    // Open Dental's link tags are tags, not typed links.
    '---\nkind: webSchedRecall\n---\n[NameF], you are due for a cleaning. Book online: [URL]',
    '---\nkind: statement\n---\n[nameF], your statement is ready: [StatementURL]',
    // Email is not checked: links in email are how email works.
    '---\nkind: eReminder\nchannel: email\n---\nDirections: https://www.brightsmiles.example/directions',
    // Allowed domains pass, and so do their subdomains.
    { text: `${SMS}Forms: https://brightsmiles.com/forms`, config: { allowedDomains: ['brightsmiles.com'] } },
    { text: `${SMS}Forms: https://www.forms.brightsmiles.com/new`, config: { allowedDomains: ['www.BrightSmiles.com'] } },
    // A shortener is no-url-shorteners' to report.
    `${SMS}Book: bit.ly/abc`,
    // Email addresses, times and abbreviations are not links.
    `${SMS}Email us at front@brightsmiles.com (mailto:front@brightsmiles.com) or call [OfficePhone]. See you at 10:30 a.m., Dr. Lee, D.D.S.`,
    // A missing space after a full stop is not a link (issue 10), though .call, .my, .in are TLDs.
    `${SMS}See you at 9:00 AM.Call us if you are late. Thanks.My pleasure. Your cleaning is today.See you soon! Dr.Lee is in now.In a rush?`,
    `${MANUAL}Dr. Lee will see you at 9:00 AM.Call us if you are running late.`,
    { text: `${SMS}See www.brightsmiles.com`, config: { rules: { 'no-raw-links': 'off' } } },
  ],
  invalid: [
    {
      text: `${SMS}To reschedule visit www.smiledental.com/book or call [OfficePhone].`,
      errors: [{ titles: ['Remove "www.smiledental.com/book"'], text: 'www.smiledental.com/book', severity: 'warning', message: /www\.smiledental\.com\/book/ }],
      suggestions: [`${SMS}To reschedule visit or call [OfficePhone].`],
    },
    {
      name: 'schemeless link before a full stop; the space before it goes too',
      text: `${SMS}Forms are at brightsmiles.com.`,
      errors: [{ text: 'brightsmiles.com' }],
      suggestions: [`${SMS}Forms are at.`],
    },
    {
      name: 'link at the start of a line takes the space after it',
      text: `${SMS}Hi [NameF]\nhttps://brightsmiles.com/x is our new site`,
      errors: [{ text: 'https://brightsmiles.com/x' }],
      suggestions: [`${SMS}Hi [NameF]\nis our new site`],
    },
    {
      name: 'an allowed domain does not allow look-alikes',
      text: `${SMS}See notbrightsmiles.com and brightsmiles.com.evil.com`,
      config: { allowedDomains: ['brightsmiles.com'] },
      errors: [{ text: 'notbrightsmiles.com' }, { text: 'brightsmiles.com.evil.com' }],
      suggestions: [`${SMS}See and brightsmiles.com.evil.com`],
    },
    {
      name: 'a link looks like one: a scheme, www., or a path under any TLD; a bare host under a common TLD',
      text: `${SMS}Book at https://smiles.call, www.smiles.care, smiles.dental/book or brightsmiles.org.`,
      errors: [{ text: 'https://smiles.call' }, { text: 'www.smiles.care' }, { text: 'smiles.dental/book' }, { text: 'brightsmiles.org' }],
      suggestions: [`${SMS}Book at, www.smiles.care, smiles.dental/book or brightsmiles.org.`],
    },
    {
      name: 'manual texts: error by default',
      text: `${MANUAL}Your crown is ready. Pay at https://pay.example.com`,
      errors: [{ severity: 'error', message: /^Typed link "https:\/\/pay\.example\.com" can get a manual text blocked: leave it out, or allow pay\.example\.com if the office approved it\.$/ }],
      suggestions: [`${MANUAL}Your crown is ready. Pay at`],
    },
    {
      name: 'manual texts: a configured severity wins',
      text: `${MANUAL}Pay at https://pay.example.com`,
      config: { rules: { 'no-raw-links': 'warning' } },
      errors: [{ severity: 'warning' }],
      suggestions: [`${MANUAL}Pay at`],
    },
    {
      name: 'shorteners are reported here when no-url-shorteners is off',
      text: `${SMS}Book: bit.ly/abc`,
      config: { rules: { 'no-url-shorteners': 'off' } },
      errors: [{ text: 'bit.ly/abc' }],
      suggestions: [`${SMS}Book:`],
    },
    {
      name: 'no front matter, CRLF, link in parentheses',
      text: 'Parking map (www.brightsmiles.com/parking).\r\nSee you soon!',
      errors: [{ text: 'www.brightsmiles.com/parking' }],
      suggestions: ['Parking map ().\r\nSee you soon!'],
    },
  ],
});
