// How the programs that read odmsg's output read it, written out independently of the code
// under test: the GitHub Actions runner's workflow commands (actions/runner ActionCommand.cs:
// `::cmd props::data` after leading white space, and the older `##[cmd props]data` anywhere
// in a line), the `$odmsg` problem matcher of package.json, and what a terminal must never
// get raw. Shared by the hostile-output tests and their property test.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './helpers';

/** The runner's registered commands (its command extensions and stop-commands). */
const REGISTERED = new Set(['set-env', 'set-output', 'save-state', 'add-mask', 'add-path', 'add-matcher', 'remove-matcher', 'debug', 'warning', 'error', 'notice', 'group', 'endgroup', 'echo', 'stop-commands']);

export interface WorkflowCommand {
  command: string;
  properties: Map<string, string>;
  data: string;
}

/** .NET's char.IsWhiteSpace, which the runner's TrimStart uses: JavaScript's \s and NEL. */
const DOTNET_LEADING_SPACE = /^[\s\u0085]+/u;

function unescape(text: string, property: boolean): string {
  let out = text.replace(/%0D/g, '\r').replace(/%0A/g, '\n');
  if (property) out = out.replace(/%3A/g, ':').replace(/%2C/g, ',');
  return out.replace(/%25/g, '%');
}

/** The workflow command the runner would run for this line of output, if any. */
export function workflowCommand(line: string): WorkflowCommand | undefined {
  const trimmed = line.replace(DOTNET_LEADING_SPACE, '');
  if (trimmed.startsWith('::')) {
    const end = trimmed.indexOf('::', 2);
    if (end >= 0) {
      const info = trimmed.slice(2, end);
      const space = info.indexOf(' ');
      const command = space < 0 ? info : info.slice(0, space);
      if (REGISTERED.has(command)) {
        const properties = new Map<string, string>();
        if (space > 0) {
          for (const pair of info
            .slice(space + 1)
            .trim()
            .split(',')
            .filter(Boolean)) {
            const eq = pair.indexOf('=');
            if (eq > 0 && eq < pair.length - 1) properties.set(pair.slice(0, eq), unescape(pair.slice(eq + 1), true));
          }
        }
        return { command, properties, data: unescape(trimmed.slice(end + 2), false) };
      }
    }
  }
  const legacy = line.indexOf('##[');
  if (legacy >= 0) {
    const close = line.indexOf(']', legacy);
    if (close >= 0) {
      const info = line.slice(legacy + 3, close);
      const command = info.split(' ')[0];
      if (REGISTERED.has(command)) return { command, properties: new Map(), data: line.slice(close + 1) };
    }
  }
  return undefined;
}

/**
 * Lines as the runner reads a step's output (.NET ReadLine: CR, LF or CRLF end a line);
 * a last empty line after the final line break is not a line.
 */
export function runnerLines(output: string): string[] {
  const lines = output.split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The `$odmsg` problem matcher's pattern, from package.json. */
export function problemMatcher(): RegExp {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const matcher = (manifest.contributes.problemMatchers as { name: string; pattern: { regexp: string } }[]).find((m) => m.name === 'odmsg')!;
  return new RegExp(matcher.pattern.regexp);
}

/**
 * What a terminal must not get raw from text odmsg did not write: C0 controls but the line
 * break, DEL, C1 controls, line and paragraph separators, bidirectional controls.
 */
export const RAW_CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** File names no format may print raw: each breaks a line, drives a terminal or runs in CI. */
export const HOSTILE_NAMES = [
  'evil\n::error file=x.odmsg,line=1::pwned.odmsg',
  'cr\r::error::after-cr.odmsg',
  '\u001b]0;pwned\u0007\u001b[2J\u001b]8;;https:x.example\u0007link\u001b]8;;\u0007.odmsg',
  'sep\u2028::error::after-u2028.odmsg',
  'para\u2029::warning::after-u2029.odmsg',
  '::warning::starts-with-command.odmsg',
  '  ::notice::after-spaces.odmsg',
  '##[error]legacy-command.odmsg',
  'mid ##[stop-commands]token.odmsg',
  'a:1:1 error fake-position.odmsg',
  'pct%0A::error::percent.odmsg',
  'bidi\u202egnp.odmsg',
  'nel\u0085csi\u009b2J.odmsg',
  'tab\there.odmsg',
  `${'L'.repeat(249)}.odmsg`,
];
