// Generators of hostile file names and template text, and the invariant every output format
// holds on them, for the CLI's property test (test/cli/hostile-output.property.test.ts) and
// `npm run fuzz`. The text is linted by the engine and the results printed by the real
// formatters in-process (no file system: names need not be valid on disk, so NUL and "/"
// are fair game too); what reads the output is modelled in ../outputReaders.ts.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import fc from 'fast-check';
import { makeColors } from '../../../server/src/cli/color';
import { unifiedDiff } from '../../../server/src/cli/diff';
import { escapeForTerminal } from '../../../server/src/cli/escape';
import { FORMATTERS } from '../../../server/src/cli/formatters';
import { toMessage, type FileResult } from '../../../server/src/cli/results';
import { statsReport } from '../../../server/src/cli/stats';
import { fixAll } from '../../../server/src/engine/fix';
import { lint } from '../../../server/src/engine/lint';
import { analyzeSms } from '../../../server/src/engine/sms/analyze';
import { anyCodeUnit, piece } from '../../engine/property/arbitraries';
import { problemMatcher, RAW_CONTROL, runnerLines, workflowCommand } from '../outputReaders';

/** What terminals, the Actions runner and the problem matcher take for structure. */
const HOSTILE_PIECES: readonly string[] = [
  '\n',
  '\r',
  '\r\n',
  '\t',
  '\u000b',
  '\u000c',
  '\u0000',
  '\u0007',
  '\u0008',
  '\u007f',
  '\u001b[2J',
  '\u001b[31m',
  '\u001b]0;title\u0007',
  '\u001b]8;;https:x.example\u0007',
  '\u001b]8;;\u001b\\',
  '\u001bP',
  '\u009b2J',
  '\u0085',
  '\u009d',
  '\u2028',
  '\u2029',
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2069',
  '\u200e',
  '\u061c',
  '\u00a0',
  '\u3000',
  '\ufeff',
  '::',
  '::error::',
  '::error file=x.odmsg,line=1::',
  '::warning::',
  '::notice::',
  '::add-mask::',
  '::stop-commands::t',
  '::group::',
  '##[',
  '##[error]',
  '##[stop-commands]t',
  '##[set-output name=x]',
  '#',
  '[',
  ':',
  ',',
  '=',
  '%',
  '%0A',
  '%0D',
  '%25',
  '%3A',
  '%2C',
  ' ',
  '  ',
  './',
  '/',
  '\\',
  ':1:1 error ',
  ':12:3 warning ',
  ':2:2 info x (rule-id)',
  ' (fake-rule)',
  '(',
  ')',
  'é',
  '😀',
  '日本',
  'a',
  'template',
  '.odmsg',
];

const hostilePiece = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...HOSTILE_PIECES) }, { weight: 1, arbitrary: fc.string({ unit: anyCodeUnit, maxLength: 4 }) });

/** File names as a folder can hold them, and worse: control characters, commands, long names. */
export const hostileName: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.array(hostilePiece, { minLength: 1, maxLength: 12 }).map((parts) => `${parts.join('')}.odmsg`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('L', 'é', '日', '😀', '\u001b'), fc.integer({ min: 60, max: 260 })).map(([c, n]) => `${c.repeat(n)}.odmsg`) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom('sub', '::x', '\n', 'a b', '##[y]'), { minLength: 1, maxLength: 4 }).map((dirs) => `${dirs.join('/')}/t.odmsg`) },
);

/** Templates whose problems quote hostile text (bad tags, odd characters, command lookalikes). */
export const hostileText: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('---\nkind: eConfirmation\nchannel: sms\n---\n', '---\nkind: eReminder\n---\n', ''),
    fc.array(
      fc.oneof(
        piece,
        hostilePiece,
        hostilePiece.map((p) => `[${p}]`),
      ),
      { maxLength: 40 },
    ),
  )
  .map(([head, parts]) => head + parts.join(''));

/** The results `odmsg check --fix-dry-run --stats` would hold for these files. */
function resultsFor(files: readonly { name: string; text: string }[], cwd: string): FileResult[] {
  return files.map(({ name, text }) => {
    const fixed = fixAll(text).output;
    const linted = lint(fixed);
    const result: FileResult = { filePath: path.join(cwd, name), displayPath: name, messages: linted.problems.map((p) => toMessage(p, linted.template.lines)), source: text };
    if (fixed !== text) result.output = fixed;
    result.stats = linted.template.channel === 'sms' && !linted.tooLarge ? analyzeSms(linted.template, linted.config) : null;
    return result;
  });
}

function assertSafeForHumans(output: string, what: string): void {
  const raw = RAW_CONTROL.exec(output);
  assert.equal(raw, null, `${what} prints U+${raw?.[0].codePointAt(0)!.toString(16).padStart(4, '0')} raw: ${JSON.stringify(output.slice(Math.max(0, (raw?.index ?? 0) - 60), (raw?.index ?? 0) + 60))}`);
  for (const line of runnerLines(output)) {
    const command = workflowCommand(line);
    assert.equal(command, undefined, `${what}: the runner would run "${command?.command}" from ${JSON.stringify(line)}`);
  }
}

const CWD = '/work/project';
const matcher = problemMatcher();

/**
 * Every format on these files: the human ones print nothing raw and no workflow command, and
 * compact is one problem-matcher line per problem, each file one file name; github is one
 * odmsg annotation per problem for the file (exact but for control characters other than line
 * breaks); json and sarif parse back to the exact names and messages.
 */
export function checkOutputsSafe(files: readonly { name: string; text: string }[]): void {
  const results = resultsFor(files, CWD);
  const context = { cwd: CWD, info: true, fixMode: 'dry-run' as const };
  const total = results.reduce((n, r) => n + r.messages.length, 0);
  for (const colors of [makeColors(false), makeColors(true)]) {
    // With colours on, odmsg's own colour codes are the one escape sequence it prints.
    const own = (text: string) => (colors.enabled ? stripOwnColors(text) : text);
    for (const format of ['stylish', 'compact'] as const) {
      assertSafeForHumans(own(FORMATTERS[format](results, { ...context, colors })), format);
      assertSafeForHumans(own(statsReport(results, format, colors)), `${format} --stats`);
    }
    for (const result of results) assertSafeForHumans(own(unifiedDiff(result, colors)), '--fix-dry-run diff');
  }
  const colors = makeColors(false);

  const compactLines = runnerLines(FORMATTERS.compact(results, { ...context, colors }));
  assert.equal(compactLines.length, total, 'compact: one line per problem');
  let line = 0;
  for (const result of results) {
    const names = new Set<string>();
    for (const m of result.messages) {
      const match = matcher.exec(compactLines[line++]);
      assert.ok(match, `the problem matcher reads ${JSON.stringify(compactLines[line - 1])}`);
      assert.deepEqual([Number(match[2]), Number(match[3]), match[4], match[6]], [m.line, m.column, m.severity, m.ruleId ?? undefined], compactLines[line - 1]);
      names.add(match[1]);
    }
    assert.ok(names.size <= 1, `one file name for ${JSON.stringify(result.displayPath)}: ${[...names].join(' | ')}`);
  }

  const githubLines = runnerLines(FORMATTERS.github(results, { ...context, colors }));
  assert.equal(githubLines.length, total, 'github: one runner line per problem');
  line = 0;
  for (const result of results) {
    for (const m of result.messages) {
      const command = workflowCommand(githubLines[line++]);
      assert.ok(command, `an annotation: ${JSON.stringify(githubLines[line - 1])}`);
      assert.equal(command.command, { error: 'error', warning: 'warning', info: 'notice' }[m.severity]);
      assert.equal(command.properties.get('file'), escapeForTerminal(result.displayPath, { keepLineBreaks: true }));
      assert.equal(command.properties.get('line'), String(m.line));
      assert.doesNotMatch(command.data, RAW_CONTROL);
    }
  }

  const json = FORMATTERS.json(results, { ...context, colors });
  assert.doesNotMatch(json, /[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]|##\[/u, 'json: nothing raw');
  const parsed = JSON.parse(json) as { filePath: string; messages: { message: string }[] }[];
  assert.deepEqual(
    parsed.map((r) => r.filePath),
    results.map((r) => r.filePath),
  );
  assert.deepEqual(
    parsed.map((r) => r.messages.map((m) => m.message)),
    results.map((r) => r.messages.map((m) => m.message)),
  );

  const sarif = FORMATTERS.sarif(results, { ...context, colors });
  assert.doesNotMatch(sarif, /[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]|##\[/u, 'sarif: nothing raw');
  for (const l of runnerLines(sarif)) assert.equal(workflowCommand(l), undefined, l);
  const log = JSON.parse(sarif);
  const uris = log.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0].physicalLocation.artifactLocation.uri);
  // A URI has no form for a lone surrogate: the name with U+FFFD in its place.
  const wellFormed = (text: string) => text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  for (const uri of uris)
    assert.ok(
      results.some((r) => path.join(CWD, decodeURIComponent(uri)) === wellFormed(r.filePath)),
      uri,
    );
}

/** Removes odmsg's own colour codes (color.ts). */
function stripOwnColors(text: string): string {
  return text.replace(/\u001b\[(?:1|2|4|22|24|31|32|33|34|36|39)m/g, '');
}
