// The rule list, in documentation order. One import per rule.
import type { Rule } from '../types';
import { allCaps } from './all-caps';
import { excessivePunctuation } from './excessive-punctuation';
import { invalidFrontMatter } from './invalid-front-matter';
import { malformedTag } from './malformed-tag';
import { messageLength } from './message-length';
import { noRawLinks } from './no-raw-links';
import { nonGsmCharacter } from './non-gsm-character';
import { noUrlShorteners } from './no-url-shorteners';
import { preferConfirmCode } from './prefer-confirm-code';
import { spamPhrases } from './spam-phrases';
import { tagCase } from './tag-case';
import { unknownTag } from './unknown-tag';
import { unsupportedCharacter } from './unsupported-character';
import { emailSubjectLength } from './email-subject-length';
import { htmlInSms } from './html-in-sms';
import { missingRequiredTag } from './missing-required-tag';
import { missingSenderId } from './missing-sender-id';
import { phiTagInSms } from './phi-tag-in-sms';
import { tagNotAvailable } from './tag-not-available';
import { fileTooLarge } from './file-too-large';
import { databaseCharset } from './database-charset';

export const rules: Rule[] = [
  preferConfirmCode,
  noRawLinks,
  noUrlShorteners,
  spamPhrases,
  allCaps,
  excessivePunctuation,
  unknownTag,
  tagCase,
  malformedTag,
  invalidFrontMatter,
  nonGsmCharacter,
  unsupportedCharacter,
  messageLength,
  tagNotAvailable,
  missingRequiredTag,
  phiTagInSms,
  htmlInSms,
  missingSenderId,
  emailSubjectLength,
  databaseCharset,
  fileTooLarge,
];
