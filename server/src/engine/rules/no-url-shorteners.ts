import type { Rule } from '../types';
import { isShortener } from './util/domains';
import { removeLinkSuggestion } from './util/linkRemoval';

export const noUrlShorteners: Rule = {
  meta: {
    id: 'no-url-shorteners',
    description: 'Links through public URL shorteners such as bit.ly or tinyurl.com.',
    defaultSeverity: 'error',
    fixable: 'suggestion',
    channels: ['sms', 'email'],
    rationale:
      "US carriers filter messages that carry public URL shorteners (bit.ly, tinyurl.com, goo.gl, t.co, …) and reject them in carrier registration (Twilio error 30963); Open Dental cannot unblock a filtered text, and only the links its automated messaging generates are safe to send (manual: textintegratedtroubleshooting, textmessages). Use the full link on the office's own domain, or an Open Dental link tag.",
  },
  check({ template, report }) {
    for (const link of template.links) {
      if (!isShortener(link.domain)) continue;
      report({
        message: `URL shortener "${link.domain}" gets texts filtered: link to the full address instead.`,
        start: link.start,
        end: link.end,
        suggestions: [removeLinkSuggestion(template, link)],
        details: { domain: link.domain },
      });
    }
  },
};
