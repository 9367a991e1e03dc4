/** JSON on one line with a space after ":" and ",": `{ "add": [ "x" ] }`. Strings are untouched. */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ');
}
