// The titles of fixes and suggestions, in one voice: "Replace X with Y", "Change to Y",
// "Remove X", and for an insertion "Add X at the end". Every rule builds its titles here, so
// the light bulb reads the same from rule to rule; so are the front matter settings the
// engine offers beside them ("Set kind: eConfirmation").

/** Text as typed (shown in quotes), or a description of it ("a line break") shown as is. */
export type Shown = string | { readonly described: string };

/** What a title names by description rather than quoting: invisible characters, line breaks. */
export const described = (text: string): Shown => ({ described: text });

/** Quoted text, long texts cut (a title is one line in a menu); single quotes around a double quote. */
function show(shown: Shown): string {
  if (typeof shown !== 'string') return shown.described;
  const cut = shown.length > 40 ? `${shown.slice(0, 37)}…` : shown;
  // A control character would not show in a menu: written as an escape instead.
  const text = cut.replace(/[\0-\x1f\x7f]/g, (c) => ({ '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return text.includes('"') && !text.includes("'") ? `'${text}'` : `"${text}"`;
}

export const replaceTitle = (from: Shown, to: Shown): string => `Replace ${show(from)} with ${show(to)}`;
export const changeToTitle = (to: Shown): string => `Change to ${show(to)}`;
export const removeTitle = (what: Shown): string => `Remove ${show(what)}`;
export const addAtEndTitle = (what: Shown): string => `Add ${show(what)} at the end`;

/** A front matter setting offered beside a problem's fixes: "Set aggregate: true". */
export const setFrontMatterTitle = (key: string, value: string): string => `Set ${key}: ${value}`;
