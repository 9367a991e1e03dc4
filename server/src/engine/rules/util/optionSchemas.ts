// JSON Schema fragments the rules' options share.

/** A list of distinct strings (`acronyms`, `allowedDomains`, spam phrases). */
export const STRING_LIST = { type: 'array', items: { type: 'string' }, uniqueItems: true } as const;
