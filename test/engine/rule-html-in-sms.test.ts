import { testRule } from './ruleTester';

const SMS = '---\nkind: eReminder\n---\n';

testRule('html-in-sms', {
  valid: [
    `${SMS}See you [ApptDate] at [OfficeName]. Call [OfficePhone] with questions.`,
    // Emails are HTML.
    '---\nkind: eReminder\nchannel: email\n---\n<p>Hi [NameF],</p><br/>See you&nbsp;soon. <a href="tel:[OfficePhone]">[OfficePhone]</a>',
    // Comparisons, hearts, ampersands and the like are not markup.
    `${SMS}Kids < 12 and adults > 65 get a reminder <3 Q&A at 5 & 6. Fish & chips; AT&T`,
    `${SMS}Reply & confirm; or call`,
    { text: `${SMS}<b>Hi</b>`, config: { rules: { 'html-in-sms': 'off' } } },
  ],
  invalid: [
    {
      name: 'bold tags: the words stay',
      text: `${SMS}Your visit is <b>tomorrow</b> at [ApptTime].`,
      errors: [{ titles: ['Remove "<b>"'], text: '<b>', severity: 'error', message: /^HTML markup "<b>" is sent as typed: remove it\.$/ }, { text: '</b>' }],
      suggestions: [`${SMS}Your visit is tomorrow</b> at [ApptTime].`],
    },
    {
      name: 'a line break tag between two words becomes a space',
      text: `${SMS}Hi [NameF]<br/>See you soon`,
      errors: [{ text: '<br/>' }],
      suggestions: [`${SMS}Hi [NameF] See you soon`],
    },
    {
      name: 'a line break after a full stop leaves a space: sentences are not joined',
      text: `${SMS}See you at [ApptTime].<br>Call us to reschedule.`,
      errors: [{ text: '<br>' }],
      suggestions: [`${SMS}See you at [ApptTime]. Call us to reschedule.`],
    },
    {
      name: 'a self-closing line break between sentences',
      text: `${SMS}See you today.<br />Bring your card`,
      errors: [{ text: '<br />' }],
      suggestions: [`${SMS}See you today. Bring your card`],
    },
    {
      name: 'a paragraph end between sentences',
      text: `${SMS}Thank you!</p>Call [OfficePhone]`,
      errors: [{ text: '</p>' }],
      suggestions: [`${SMS}Thank you! Call [OfficePhone]`],
    },
    {
      name: 'a line break next to a real one adds nothing',
      text: `${SMS}See you today.<br>\nBring your card`,
      errors: [{ text: '<br>' }],
      suggestions: [`${SMS}See you today.\nBring your card`],
    },
    {
      name: 'a link keeps its Open Dental tag',
      text: `${SMS}Confirm here: <a href="[ConfirmURL]">confirm</a> - [OfficeName]`,
      errors: [{ text: '<a href="[ConfirmURL]">' }, { text: '</a>' }],
      suggestions: [`${SMS}Confirm here: [ConfirmURL] confirm</a> - [OfficeName]`],
    },
    {
      name: 'entities become their character',
      text: `${SMS}See you&nbsp;soon &amp; bring your card&#33; It&#x27;s [OfficeName]`,
      errors: [
        { text: '&nbsp;', message: /^HTML entity "&nbsp;" is sent as typed: write a space\.$/ },
        { text: '&amp;', message: /^HTML entity "&amp;" is sent as typed: write "&"\.$/ },
        { text: '&#33;' },
        { text: '&#x27;' },
      ],
      suggestions: [`${SMS}See you soon &amp; bring your card&#33; It&#x27;s [OfficeName]`],
    },
    {
      name: 'an unknown entity is removed',
      text: `${SMS}Smile&zwj; on`,
      errors: [{ text: '&zwj;' }],
      suggestions: [`${SMS}Smile on`],
    },
    {
      name: 'comments and paragraphs',
      text: `${SMS}<!-- text version --><p>Hello</p>`,
      errors: [{ text: '<!-- text version -->' }, { text: '<p>' }, { text: '</p>' }],
      suggestions: [`${SMS}<p>Hello</p>`],
    },
    {
      name: 'no kind: a text is a text',
      text: '<i>Hi</i>',
      errors: [{ text: '<i>' }, { text: '</i>' }],
      suggestions: ['Hi</i>'],
    },
  ],
});
