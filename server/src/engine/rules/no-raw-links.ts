import type { Rule, RuleOption } from '../types';
import { domainIn, isShortener } from './util/domains';
import { removeLinkSuggestion } from './util/linkRemoval';
import { STRING_LIST } from './util/optionSchemas';

/** Lower-cased, without "www." (config.ts resolves the list so). */
const ALLOWED_DOMAINS: RuleOption<readonly string[]> = {
  key: 'allowedDomains',
  description: 'Domains (and their subdomains) that no-raw-links accepts in texts.',
  schema: STRING_LIST,
  example: ['brightsmiles.example'],
  read: (config) => config.allowedDomains,
};

const OPTIONS = { allowedDomains: ALLOWED_DOMAINS };

export const noRawLinks: Rule<typeof OPTIONS> = {
  meta: {
    id: 'no-raw-links',
    description: "A link typed into a text, instead of one of Open Dental's link tags.",
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    channels: ['sms'],
    rationale:
      'Carriers can block texts that carry links, and unbranded links that keep reaching carriers can get an office\'s texting cancelled. Only the links Open Dental generates for its automated messages (tags such as [ConfirmURL], [URL] or [StatementURL]) are safe to send; manual texts with typed links can be blocked (manual: textintegratedtroubleshooting, textmessages). In a manual text the rule is an error unless configured otherwise. Domains listed in the config\'s `allowedDomains` (and their subdomains) pass. A link is what looks like one: a scheme (https://), www., or a path after the host, or a bare host under a common top-level domain (brightsmiles.com); a missing space after a full stop is not a link, though .call or .my are top-level domains ("see you at 9:00 AM.Call us").',
    options: OPTIONS,
  },
  check({ template, config, configured, options, report }) {
    const shortenersReported = config.rules.get('no-url-shorteners') !== 'off';
    for (const link of template.links) {
      if (domainIn(link.domain, options.allowedDomains)) continue;
      if (shortenersReported && isShortener(link.domain)) continue;
      report({
        message:
          template.kind === 'manual'
            ? `Typed link "${link.text}" can get a manual text blocked: leave it out, or allow ${link.domain} if the office approved it.`
            : `Typed link "${link.text}" can get the text blocked: use an Open Dental link tag, or allow ${link.domain} if the office approved it.`,
        start: link.start,
        end: link.end,
        severity: template.kind === 'manual' && !configured ? 'error' : undefined,
        suggestions: [removeLinkSuggestion(template, link)],
        actions: [{ kind: 'allowDomain', domain: link.domain }],
      });
    }
  },
};
