// Text odmsg did not write itself (file names, template text quoted in messages, config
// values) reaches a terminal or a CI log only through here. Raw, it could drive the terminal
// (ESC sequences set the window title, clear the screen, draw hyperlinks), start a new line
// that GitHub Actions runs as a workflow command or the `$odmsg` problem matcher reads as a
// problem, or reorder what is shown (bidirectional controls, "Trojan Source").

/**
 * Never printed raw: C0 and C1 controls and DEL, the Unicode line and paragraph separators
 * (line breaks to JavaScript, VS Code and some terminals), and the bidirectional controls.
 */
const UNSAFE = /[\p{Cc}\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** UNSAFE less the C0 controls, which JSON.stringify already escapes inside strings. */
const UNSAFE_IN_JSON = /[\x7f-\x9f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The runner's older workflow command form, `##[command]data`, is recognised anywhere in a
 * line of a step's output (actions/runner ActionCommand.TryParse), not only at its start.
 */
const LEGACY_COMMAND = /##\[/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function visible(char: string): string {
  const named = NAMED[char];
  if (named !== undefined) return named;
  const code = char.codePointAt(0)!;
  return code <= 0x9f ? `\\x${code.toString(16).padStart(2, '0')}` : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The one escape for the human formats (stylish, compact, --stats, the --fix-dry-run diff,
 * messages on stderr): control characters are shown as `\x1b`, `\n`, `\t`, separators and
 * bidirectional controls as `U+2028`, and `##[` as `##\x5b`. Everything else (letters of any
 * script, emoji, backslashes) is printed as it is. The result is one line, safe to print.
 * `keepLineBreaks`: CR and LF stay, for a format that has its own escape for them (github).
 */
export function escapeForTerminal(text: string, options: { keepLineBreaks?: boolean } = {}): string {
  const shown = (char: string) => (options.keepLineBreaks && (char === '\n' || char === '\r') ? char : visible(char));
  return text.replace(UNSAFE, shown).replace(LEGACY_COMMAND, '##\\x5b');
}

/**
 * The `$odmsg` problem matcher takes the first `:line:column severity ` of a line as the end
 * of the file name; one inside a name ("a:1:1 error b.odmsg") would end it early.
 */
const LOOKS_LIKE_POSITION = /:(?=\d+:\d+ (?:error|warning|info) )/g;

/**
 * A path as the human formats show it: escaped; made to start with `./` when it would
 * otherwise start (after spaces) with `::`, which GitHub Actions runs as a workflow command
 * when it begins a line (`./::x.odmsg` is still the same file to a shell or an editor); and
 * with the colon of a `:line:column severity ` inside it shown as `\x3a`, so that compact
 * lines (problems and --stats alike) keep the problem matcher on the real file name.
 */
export function pathForTerminal(displayPath: string, separator = '/'): string {
  const escaped = escapeForTerminal(displayPath).replace(LOOKS_LIKE_POSITION, '\\x3a');
  return /^\s*::/u.test(escaped) ? `.${separator}${escaped}` : escaped;
}

/**
 * A whole line of text from outside (a line of the --fix-dry-run diff): escaped, and when it
 * would start (after spaces) with `::`, the first colon shown as `\x3a`.
 */
export function lineForTerminal(line: string): string {
  const escaped = escapeForTerminal(line);
  return /^\s*::/u.test(escaped) ? escaped.replace(':', '\\x3a') : escaped;
}

/**
 * JSON (the json and sarif formats) with the same characters written as `\uXXXX` escapes:
 * JSON.stringify escapes C0 controls but leaves DEL, C1 controls, U+2028 and the bidi
 * controls raw. Those can only occur inside string literals, where the escape means the same
 * character, so the value read back is unchanged. (A raw C0 character in JSON.stringify's
 * output is layout: the line breaks of indented JSON.)
 */
export function escapeJsonForTerminal(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(LEGACY_COMMAND, '##\\u005b');
}
