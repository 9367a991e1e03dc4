// What to do about each finding, in the words of Open Dental's "Integrated Texting
// Troubleshooting" page (manual: textintegratedtroubleshooting), problem by problem. The README's
// "Why aren't my texts arriving?" follows the same page and names the finding for each problem.

export const ADVICE = {
  'pending-texts':
    'Texts stay Pending when the eConnector was down as they were sent: in Open Dental go to eServices › eConnector, acknowledge any errors and refresh the eConnector. ' +
    'If the office just switched its texting number to a landline, texts stay Pending until Open Dental HQ confirms the number. ' +
    'A text may also keep showing Pending after it was delivered.',
  'failing-phone-number':
    "This is usually an invalid wireless phone in the patient's Edit Patient Information window (a landline, a typo, a number no longer in service): correct the wireless phone and send again. " +
    'If these failures keep coming and you cannot fix them, contact Open Dental support.',
  'filtered-template':
    'Carriers block texts they take for spam, and Open Dental cannot unblock them. Avoid links in the text (for eConfirmations use [ConfirmCode] instead of [ConfirmURL]), ' +
    'reword what reads as promotional (capitals, "!!", "free", "act now"), and name the office. If the texts keep failing after a change, contact Open Dental support.',
  'links-in-manual-texts':
    "Carriers can block manual texts that include links (for example a web form link). Send links only through Open Dental's automated messaging features (Web Sched, eConfirmations, …), whose tags make them.",
  cost: 'Open Dental bills each 160 characters of a text as a segment, and a single character outside GSM-7 (a curly quote, an emoji) makes the whole text UCS-2, 70 characters a segment. odmsg check shows which characters and how to shorten the text.',
} as const;
