// Generates the docs that must match the rule registry, so they never drift:
//   - README.md: the rule table (<!-- rules:start/end -->) and the config options table
//     (<!-- config:start/end -->);
//   - docs/rules/<id>.md for every rule, keeping the hand-written part between
//     <!-- examples:start --> and <!-- examples:end -->;
//   - schemas/odmsgrc.schema.json, the JSON Schema of .odmsgrc.json;
//   - docs/tag-lengths.md and docs/tags.md (per kind, what Open Dental fills and where in its
//     source that comes from), from the engine's data.
//   - the carrier-wording rules' measured precision (README <!-- eval:start/end --> and a
//     "Measured" section on their pages), from test/eval/figures.json (`npm run eval -- --write`).
// `npx tsx scripts/generate.ts` writes them; `--check` writes nothing and exits 1 when any
// is stale (test/cli/generated.test.ts runs that).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { inlineJson } from '../server/src/cli/inlineJson';
import { buildConfigSchema } from '../server/src/engine/configValidation';
import { CONFIG_OPTIONS } from '../server/src/engine/configSchema';
import { docsPath, RULES } from '../server/src/engine/registry';
import type { RuleMeta } from '../server/src/engine/types';
import { replaceBetweenMarkers, sectionBetweenMarkers } from './markers';
import { tagsPage } from './tagsPage';
import { writeFileAtomic } from '../server/src/workspace/atomicWrite';

const ROOT = path.resolve(__dirname, '..');
// A rule page carries no maintainer note: the editor shows it to the people who write the
// texts (the Markdown preview). `npm run generate:check` (test/cli/generated.test.ts) keeps
// it equal to what the rule metadata generates; only the examples section is hand-written.
const EMPTY_EXAMPLES = '\n<!-- Hand-written: a template text this rule reports, and what to write instead. `npm run generate` keeps everything between these markers. -->\n';

export interface Output {
  /** Relative to the repository root, with forward slashes. */
  file: string;
  content: string;
}

const CHANNEL_NAMES = { sms: 'texts (SMS)', email: 'email' } as const;

function fixKind(meta: RuleMeta): string {
  switch (meta.fixable) {
    case 'fix':
      return 'fix: applied by "Fix all", fix on save and `odmsg check --fix`';
    case 'suggestion':
      return 'suggestion: offered as a quick fix in the editor, never applied unattended (it changes the meaning)';
    default:
      return 'none';
  }
}

function mentions(text: string, ruleId: string): boolean {
  return new RegExp(`(^|[^\\w-])${ruleId.replace(/[-]/g, '\\-')}($|[^\\w-])`).test(text);
}

/** test/eval/figures.json, as `npm run eval -- --write` writes it. */
export interface EvalFigures {
  collection: { spam: number; ham: number };
  office: { texts: number };
  rules: Record<string, { spamHits: number; hamHits: number; officeFalseAlarms: number; officeJustified: number }>;
}

const percent = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;

/** One rule's (or `all`'s) figures, as the rest of a sentence whose subject is the rule (or rules). */
function measuredSentence(f: EvalFigures, key: string, plural: boolean): string {
  const r = f.rules[key];
  const [flag, raise] = plural ? ['flag', 'raise'] : ['flags', 'raises'];
  const unjustified = r.officeFalseAlarms === 0 ? 'no unjustified alarm' : `an unjustified alarm on ${r.officeFalseAlarms}`;
  return `${flag} ${percent(r.spamHits, f.collection.spam)} of the spam (${r.spamHits} of ${f.collection.spam}) and ${percent(r.hamHits, f.collection.ham)} of the ordinary texts (${r.hamHits} of ${f.collection.ham}) of the SMS Spam Collection; of the ${f.office.texts} dental-office texts in \`test/eval/office-texts.json\` they ${raise} ${unjustified}, and a justified one (labelled with why) on ${r.officeJustified}`.replace(
    ' they raises ',
    ' it raises ',
  );
}

const EVAL_SOURCE =
  'Measured with `npm run eval` on the SMS Spam Collection (Almeida, Gómez Hidalgo and Yamakami, DocEng 2011; CC BY 4.0: 5,574 real texts, mostly UK premium-rate spam and personal texting), each linted as a typed text (`kind: manual`, `channel: sms`, default settings), and on the project\'s labelled office set, each linted as its labelled kind. Ordinary personal texts that really shout, stack "!!" or carry links count as false alarms here.';

function measuredSection(f: EvalFigures, ruleId: string): string[] {
  return ['## Measured', '', `This rule ${measuredSentence(f, ruleId, false)}. The five carrier-wording rules together ${measuredSentence(f, 'all', true)}.`, '', EVAL_SOURCE, ''];
}

/** README: the carrier-wording rules' figures as a table. */
export function evalTable(f: EvalFigures): string {
  const rows = Object.keys(f.rules).map((key) => {
    const r = f.rules[key];
    const name = key === 'all' ? 'all five together' : `[${key}](${docsPath(key)})`;
    return `| ${name} | ${percent(r.spamHits, f.collection.spam)} | ${percent(r.hamHits, f.collection.ham)} | ${r.officeFalseAlarms} of ${f.office.texts} | ${r.officeJustified} |`;
  });
  const all = f.rules.all;
  const met = (ok: boolean) => (ok ? 'met' : '**not met**');
  const targets = `Targets (issue 10), all five together: spam flagged at least 85%: ${met(all.spamHits >= 0.85 * f.collection.spam)}; ordinary texts flagged at most 5%: ${met(all.hamHits <= 0.05 * f.collection.ham)}; no unjustified alarm on an office text: ${met(all.officeFalseAlarms === 0)}.`;
  return [
    '',
    EVAL_SOURCE,
    '',
    targets,
    '',
    '| Carrier-wording rule | Spam flagged | Ordinary texts flagged | Office texts with an unjustified alarm | Office texts with a justified alarm |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

export function rulePage(meta: RuleMeta, examples: string, figures?: EvalFigures): string {
  const options = CONFIG_OPTIONS.filter((o) => mentions(o.description, meta.id));
  const otherSeverity = meta.defaultSeverity === 'error' ? 'warning' : 'error';
  const lines = [
    `# ${meta.id}`,
    '',
    escapeMarkdown(meta.description),
    '',
    '| | |',
    '|---|---|',
    `| Default severity | ${meta.defaultSeverity} |`,
    `| Fix | ${fixKind(meta)} |`,
    `| Checks | ${meta.channels.map((c) => CHANNEL_NAMES[c]).join(', ')}${meta.wholeMessage ? '; whole messages, not per-appointment lines (`aggregate: perAppointment`)' : ''} |`,
    '',
    '## Why',
    '',
    escapeMarkdown(meta.rationale),
    '',
    ...(figures?.rules[meta.id] ? measuredSection(figures, meta.id) : []),
    '## Examples',
    '',
    '<!-- examples:start -->' + examples + '<!-- examples:end -->',
    '',
    '## How to configure',
    '',
    "Severities are `off`, `info`, `warning` and `error`; only `error` fails `odmsg check`. Later settings win: the default, then `.odmsgrc.json` (the nearest one above the template), then the VS Code setting `odmsg.rules` (or `odmsg check --rule`), then the template's own front matter.",
    '',
    'In `.odmsgrc.json`:',
    '',
    '```jsonc',
    '{',
    '  "rules": {',
    `    "${meta.id}": "${otherSeverity}"`,
    '  }',
    '}',
    '```',
    '',
    'For one template, in its front matter:',
    '',
    '```',
    '---',
    'rules:',
    `  ${meta.id}: off`,
    '---',
    '```',
    '',
    `In VS Code settings: \`"odmsg.rules": { "${meta.id}": "off" }\`. On the command line: \`odmsg check --rule ${meta.id}:off\`. In VS Code, the light bulb on a problem offers "Turn off ${meta.id} in this file" and "Turn off ${meta.id} in .odmsgrc.json".`,
  ];
  for (const option of options) {
    lines.push('', `### Option \`${option.key}\``, '', escapeMarkdown(option.description), '', '```jsonc', JSON.stringify({ [option.key]: option.example }, null, 2), '```');
  }
  return `${lines.join('\n')}\n`;
}

/** Markdown-safe prose: `<b>` or `&nbsp;` in a description must show, not render; code spans stay as they are. */
export function escapeMarkdown(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('');
}

function escapeCell(text: string): string {
  return escapeMarkdown(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function ruleTable(): string {
  const rows = RULES.map(({ meta }) => {
    const fix = meta.fixable === 'none' ? '' : meta.fixable;
    return `| [${meta.id}](${docsPath(meta.id)}) | ${escapeCell(meta.description)} | ${meta.defaultSeverity} | ${fix} | ${meta.channels.join(', ')} |`;
  });
  return ['', '| Rule | What it reports | Default | Fix | Channels |', '|---|---|---|---|---|', ...rows, ''].join('\n');
}

export function configTable(): string {
  const rows = [
    `| \`rules\` | Severity per rule id: \`"off"\`, \`"info"\`, \`"warning"\` or \`"error"\`. | \`${inlineJson({ 'all-caps': 'off' })}\` |`,
    ...CONFIG_OPTIONS.map((o) => `| \`${o.key}\` | ${escapeCell(o.description)} | \`${inlineJson(o.example)}\` |`),
  ];
  return ['', '| Key | What it does | Example |', '|---|---|---|', ...rows, ''].join('\n');
}

interface TagLength {
  typical: number;
  worst: number;
  repeat?: 'line' | 'comma';
  why?: string;
}

/** docs/tag-lengths.md, from the engine's assumed tag lengths (the data message-length uses). */
export function tagLengthsPage(tags: Record<string, TagLength>): string {
  const rows = Object.entries(tags).map(([name, t]) => {
    const repeat = t.repeat === 'line' ? 'one per line' : t.repeat === 'comma' ? 'one per name, joined by ", "' : '';
    return `| \`[${name}]\` | ${t.typical} | ${t.worst} | ${repeat} | ${escapeCell(t.why ?? '')} |`;
  });
  return [
    '<!-- Generated by scripts/generate.ts from server/src/engine/data/tag-lengths.json: edit the data, then run `npm run generate`. -->',
    '',
    '# Assumed tag lengths',
    '',
    "Open Dental counts a text's length after it fills in the tags, when it sends the message, and it publishes no",
    "lengths for what the tags expand to. To estimate a template's length and cost before it is sent",
    '([message-length](rules/message-length.md), the preview and the status bar), odmsg assumes the lengths below.',
    'They are choices, not facts: set your own with `tagLengths` in `.odmsgrc.json`.',
    '',
    '- **Typical** is used by default (`"lengthMode": "typical"`); **worst** with `"lengthMode": "worst"`.',
    '- Tags that list one item per appointment or family member are counted `appointmentsPerFamily` times (default 2).',
    '- A tag not listed here counts as long as its example in the tag catalog.',
    '',
    '```jsonc',
    '{',
    '  "tagLengths": { "OfficeName": 24, "Premed": { "typical": 0, "worst": 120 } },',
    '  "lengthMode": "typical",',
    '  "appointmentsPerFamily": 2',
    '}',
    '```',
    '',
    '| Tag | Typical | Worst | Repeats | Why |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

function read(file: string): string | undefined {
  try {
    return fs.readFileSync(path.join(ROOT, file), 'utf8').replace(/\r\n/g, '\n');
  } catch {
    return undefined;
  }
}

export function generate(): { outputs: Output[]; orphans: string[]; errors: string[] } {
  const outputs: Output[] = [];
  const errors: string[] = [];

  const figuresText = read('test/eval/figures.json');
  const figures = figuresText === undefined ? undefined : (JSON.parse(figuresText) as EvalFigures);
  if (!figures) errors.push('test/eval/figures.json is missing: run `npm run eval -- --write`.');

  const readme = read('README.md');
  if (readme === undefined) errors.push('README.md is missing.');
  else {
    try {
      const withRules = replaceBetweenMarkers(readme, 'rules', ruleTable());
      const withEval = figures ? replaceBetweenMarkers(withRules, 'eval', evalTable(figures)) : withRules;
      outputs.push({ file: 'README.md', content: replaceBetweenMarkers(withEval, 'config', configTable()) });
    } catch (error) {
      errors.push(`README.md: ${(error as Error).message}`);
    }
  }

  for (const { meta } of RULES) {
    const file = docsPath(meta.id);
    const existing = read(file);
    let examples = EMPTY_EXAMPLES;
    if (existing !== undefined) {
      const kept = sectionBetweenMarkers(existing, 'examples');
      if (kept === undefined) errors.push(`${file} has no <!-- examples:start --> / <!-- examples:end --> markers: move its hand-written text between them, or delete the page to have it generated.`);
      else examples = kept;
    }
    outputs.push({ file, content: rulePage(meta, examples, figures) });
  }

  outputs.push({ file: 'schemas/odmsgrc.schema.json', content: `${JSON.stringify(buildConfigSchema(), null, 2)}\n` });

  const lengths = read('server/src/engine/data/tag-lengths.json');
  if (lengths !== undefined) outputs.push({ file: 'docs/tag-lengths.md', content: tagLengthsPage((JSON.parse(lengths) as { tags: Record<string, TagLength> }).tags) });

  outputs.push({ file: 'docs/tags.md', content: tagsPage() });

  const ruleDocs = new Set(RULES.map((r) => docsPath(r.meta.id)));
  const docsDir = path.join(ROOT, 'docs', 'rules');
  const orphans = fs.existsSync(docsDir)
    ? fs
        .readdirSync(docsDir)
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/rules/${f}`)
        .filter((f) => !ruleDocs.has(f))
    : [];
  return { outputs, orphans, errors };
}

function run(argv: string[]): number {
  const check = argv.includes('--check');
  const { outputs, orphans, errors } = generate();
  for (const error of errors) console.error(`generate: ${error}`);
  const stale = outputs.filter((o) => read(o.file) !== o.content);
  if (check) {
    for (const o of stale) console.error(`generate: ${o.file} is out of date.`);
    for (const f of orphans) console.error(`generate: ${f} documents no registered rule: delete it.`);
    if (stale.length > 0 || orphans.length > 0 || errors.length > 0) {
      console.error('Run "npm run generate" and commit the result.');
      return 1;
    }
    console.log(`generate: ${outputs.length} files up to date.`);
    return 0;
  }
  for (const o of stale) {
    fs.mkdirSync(path.dirname(path.join(ROOT, o.file)), { recursive: true });
    writeFileAtomic(path.join(ROOT, o.file), o.content);
    console.log(`generate: wrote ${o.file}`);
  }
  for (const f of orphans) console.warn(`generate: ${f} documents no registered rule; delete it if the rule is gone.`);
  if (stale.length === 0) console.log(`generate: ${outputs.length} files already up to date.`);
  return errors.length > 0 ? 1 : 0;
}

if (require.main === module) process.exitCode = run(process.argv.slice(2));
