// `npm run bench`: the performance figures of issues 6 and 14 for the bundled builds, each printed
// next to its target. Not part of `npm test`. Needs `npm run build` first; the corpus
// (bench/corpus, git-ignored) is generated when missing or with --regenerate.
//
//   tsx bench/run.ts [--regenerate] [--only cli,cold,edit,rss,bundle,textlint,db,doctor] [--json out.json]
//
// Edit latency is measured over the protocol from didChange to the publishDiagnostics for
// that version. The server waits 150 ms after the last change before checking (debounce), so
// each edit is followed by didSave, which checks at once: the figure is the server's own
// latency. A shorter run without didSave gives the latency as typed (debounce included).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { lint } from '../server/src/engine/lint';
import { TestClient, positionAt } from '../test/protocol/lspClient';
import { generate, listFiles, random } from './generate';
import { writeFileAtomic } from '../server/src/workspace/atomicWrite';
import spamPhrases from '../server/src/engine/data/spam-phrases.json';
import { databaseBench } from './database';
import { doctorBench } from './doctor';

const ROOT = path.resolve(__dirname, '..');
const CORPUS = path.join(__dirname, 'corpus');
const TEMPLATES = path.join(CORPUS, 'templates');
const LARGE = path.join(CORPUS, 'large');
const CLI = path.join(ROOT, 'bin', 'odmsg.js');
const SERVER = path.join(ROOT, 'server', 'out', 'server.js');
const TEMPLATE_COUNT = 10_000;
const EDITS = 1_000;
/** Edits measured as typed, each waiting out the 150 ms debounce. */
const TYPED_EDITS = 40;
/** The 100 KB run stops here even before 1,000 edits, so a slow engine cannot stall the bench. */
const EDIT_BUDGET_MS = 60_000;

interface Row {
  figure: string;
  value: string;
  target?: string;
  pass?: boolean;
  note?: string;
}

const rows: Row[] = [];
const raw: Record<string, unknown> = {};

function record(row: Row, key?: string, value?: unknown): void {
  rows.push(row);
  if (key) raw[key] = value;
  const status = row.pass === undefined ? '' : row.pass ? 'PASS' : 'MISS';
  console.error(`  ${row.figure}: ${row.value}${row.target ? ` (target ${row.target}) ${status}` : ''}`);
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const only = option('only')?.split(',');
const wanted = (part: string) => !only || only.includes(part);

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(0)} ms`;
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

/** VmRSS and VmHWM of a process, in KB. */
function memoryOf(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(/^\s*(\d+)/.exec(status.split(`${name}:`)[1] ?? '')?.[1] ?? NaN);
    return { rss: field('VmRSS'), hwm: field('VmHWM') };
  } catch {
    return undefined;
  }
}

/** Runs a command to completion: wall time, exit code, and peak RSS from /usr/bin/time -v (or a /proc poller). */
async function timed(command: string, args: string[], cwd = ROOT): Promise<{ wallMs: number; code: number | null; peakKb: number; stderr: string }> {
  const gnuTime = fs.existsSync('/usr/bin/time');
  const [file, argv] = gnuTime ? ['/usr/bin/time', ['-v', command, ...args]] : [command, args];
  const sink = fs.openSync('/dev/null', 'w');
  const started = performance.now();
  const child = spawn(file, argv, { cwd, stdio: ['ignore', sink, 'pipe'] });
  let stderr = '';
  let polled = 0;
  const poller = gnuTime ? undefined : setInterval(() => (polled = Math.max(polled, memoryOf(child.pid!)?.hwm ?? 0)), 5);
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = performance.now() - started;
  if (poller) clearInterval(poller);
  fs.closeSync(sink);
  const fromTime = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  return { wallMs, code, peakKb: fromTime ? Number(fromTime[1]) : polled, stderr };
}

// --- The figures ---------------------------------------------------------------------

/** Best and median wall time of `runs` runs of each command, taken in turns so load hits both alike. */
async function interleaved(commands: Record<string, string[]>, runs: number): Promise<Record<string, { best: Awaited<ReturnType<typeof timed>>; medianMs: number }>> {
  const results: Record<string, Awaited<ReturnType<typeof timed>>[]> = {};
  for (const name of Object.keys(commands)) {
    results[name] = [];
    await timed(process.execPath, commands[name]); // warms the file cache and the code cache
  }
  for (let i = 0; i < runs; i++) {
    for (const [name, args] of Object.entries(commands)) results[name].push(await timed(process.execPath, args));
  }
  const out: Record<string, { best: Awaited<ReturnType<typeof timed>>; medianMs: number }> = {};
  for (const [name, list] of Object.entries(results)) {
    const best = list.reduce((a, b) => (a.wallMs <= b.wallMs ? a : b));
    if (best.code !== 0 && best.code !== 1) throw new Error(`${name} exited ${best.code}:\n${best.stderr.slice(-2000)}`);
    out[name] = {
      best,
      medianMs: percentile(
        list.map((r) => r.wallMs).sort((a, b) => a - b),
        50,
      ),
    };
  }
  return out;
}

/**
 * odmsg check beside the bare reader (bench/bareReader.cjs: walk, read and scan the same
 * files, nothing else), in the same run: the ratio is the figure, since on a shared 2-core
 * machine one run's wall time varies by ±20%. Many templates, then one (a pre-commit hook).
 */
async function cliThroughput(): Promise<number> {
  console.error('CLI: odmsg check --format json beside the bare reader');
  const files = listFiles(TEMPLATES);
  const count = files.length;
  const bare = path.join(__dirname, 'bareReader.cjs');
  const many = await interleaved({ odmsg: [CLI, 'check', '--format', 'json', TEMPLATES], bare: [bare, TEMPLATES] }, 5);
  const { best, medianMs } = many.odmsg;
  const ratio = best.wallMs / many.bare.best.wallMs;
  const perSecond = count / (best.wallMs / 1000);
  record({ figure: `CLI: ${count.toLocaleString('en')} templates (best / median of 5)`, value: `${ms(best.wallMs)} / ${ms(medianMs)}` }, 'cliMs', best.wallMs);
  record({ figure: `bare reader: the same files (best / median of 5)`, value: `${ms(many.bare.best.wallMs)} / ${ms(many.bare.medianMs)}` }, 'bareMs', many.bare.best.wallMs);
  record({ figure: `CLI ÷ bare reader, ${count.toLocaleString('en')} templates`, value: `${ratio.toFixed(2)}×`, target: '≤ 3×', pass: ratio <= 3 }, 'cliRatio', ratio);
  record({ figure: 'CLI: templates/s', value: `${Math.round(perSecond).toLocaleString('en')}/s` }, 'cliPerSecond', perSecond);
  record({ figure: 'CLI: peak RSS', value: mb(best.peakKb) }, 'cliPeakKb', best.peakKb);
  const one = await interleaved({ odmsg: [CLI, 'check', '--format', 'json', files[0]], bare: [bare, files[0]] }, 15);
  const oneRatio = one.odmsg.best.wallMs / one.bare.best.wallMs;
  record({ figure: 'CLI: one template, odmsg / bare reader (best of 15)', value: `${ms(one.odmsg.best.wallMs)} / ${ms(one.bare.best.wallMs)}` }, 'oneMs', {
    odmsg: one.odmsg.best.wallMs,
    bare: one.bare.best.wallMs,
  });
  record({ figure: 'CLI ÷ bare reader, one template', value: `${oneRatio.toFixed(2)}×`, target: '≤ 1.5×', pass: oneRatio <= 1.5 }, 'oneRatio', oneRatio);
  return perSecond;
}

async function textlintThroughput(odmsgPerSecond: number | undefined): Promise<void> {
  console.error('textlint + prh (the spam phrase list) on the same corpus');
  const bin = path.join(ROOT, 'node_modules', 'textlint', 'bin', 'textlint.js');
  if (!fs.existsSync(bin)) {
    record({ figure: 'textlint throughput ratio', value: 'textlint not installed' });
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'odmsg-bench-textlint-'));
  try {
    // The same word list odmsg's spam-phrases rule uses, as prh rules (phrase → alternative).
    const yaml = ['version: 1', 'rules:'];
    for (const p of spamPhrases.phrases as { phrase: string; alternative?: string }[]) {
      yaml.push(`  - expected: ${JSON.stringify(p.alternative ?? p.phrase.toUpperCase())}`, `    pattern: ${JSON.stringify(p.phrase)}`);
    }
    writeFileAtomic(path.join(dir, 'prh.yml'), `${yaml.join('\n')}\n`);
    writeFileAtomic(path.join(dir, '.textlintrc.json'), JSON.stringify({ plugins: { '@textlint/text': { extensions: ['.odmsg'] } }, rules: { prh: { rulePaths: [path.join(dir, 'prh.yml')] } } }));
    const count = listFiles(TEMPLATES).length;
    const args = [bin, '--config', path.join(dir, '.textlintrc.json'), '--rules-base-directory', path.join(ROOT, 'node_modules'), '--format', 'compact', TEMPLATES];
    const run = await timed(process.execPath, args);
    if (run.code !== 0 && run.code !== 1) throw new Error(`textlint exited ${run.code}:\n${run.stderr.slice(-2000)}`);
    const perSecond = count / (run.wallMs / 1000);
    record({ figure: `textlint + prh: ${count.toLocaleString('en')} templates`, value: `${ms(run.wallMs)} (${Math.round(perSecond).toLocaleString('en')}/s)` }, 'textlintMs', run.wallMs);
    if (odmsgPerSecond !== undefined) {
      const ratio = odmsgPerSecond / perSecond;
      // Issue 6's "≥ 10× textlint" was replaced by the bare-reader ratios (issue 14): shown for reference.
      record({ figure: 'odmsg vs textlint throughput', value: `${ratio.toFixed(1)}×` }, 'textlintRatio', ratio);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function coldStart(): Promise<void> {
  console.error('Server cold start: spawn → initialize → first diagnostics');
  const text = fs.readFileSync(listFiles(TEMPLATES)[0], 'utf8');
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    const client = await TestClient.start({ configuration: false });
    const uri = `untitled:cold-${i}`;
    await client.open(uri, text);
    await client.waitForDiagnostics(uri);
    times.push(performance.now() - started);
    await client.stop();
  }
  times.sort((a, b) => a - b);
  const median = percentile(times, 50);
  record({ figure: 'Server cold start (median of 7)', value: ms(median), target: '< 300 ms', pass: median < 300 }, 'coldStartMs', times);
}

interface EditRun {
  latencies: number[];
  engine: number[];
  typed: number[];
}

/** `edits` one-character edits (insert, then delete, alternating, at seeded positions in the body). */
async function editLatency(label: string, text: string, targetP95: number): Promise<void> {
  console.error(`Edit latency: ${label}`);
  const client = await TestClient.start({ configuration: false });
  const uri = pathToFileURL(path.join(os.tmpdir(), `odmsg-bench-${label.replace(/\W+/g, '-')}.odmsg`)).href;
  const rng = random(42);
  const run: EditRun = { latencies: [], engine: [], typed: [] };
  try {
    await client.open(uri, text);
    await client.waitForDiagnostics(uri, (p) => p.version === 1);
    const bodyStart = text.indexOf('\n---\n') + 5;
    let current = text;
    let insertedAt = -1;
    const oneEdit = async (save: boolean): Promise<number> => {
      let change: { offset: number; remove: number; insert: string };
      if (insertedAt < 0) {
        const offset = bodyStart + Math.floor(rng() * (current.length - bodyStart));
        change = { offset, remove: 0, insert: 'x' };
        insertedAt = offset;
      } else {
        change = { offset: insertedAt, remove: 1, insert: '' };
        insertedAt = -1;
      }
      const range = { start: positionAt(current, change.offset), end: positionAt(current, change.offset + change.remove) };
      current = current.slice(0, change.offset) + change.insert + current.slice(change.offset + change.remove);
      const mark = client.mark();
      const started = performance.now();
      const version = await client.edit(uri, [{ range, newText: change.insert }]);
      if (save) await client.save(uri);
      await client.waitForDiagnostics(uri, (p) => p.version === version, `diagnostics for version ${version}`, mark);
      return performance.now() - started;
    };
    const deadline = performance.now() + EDIT_BUDGET_MS;
    for (let i = 0; i < EDITS && performance.now() < deadline; i++) run.latencies.push(await oneEdit(true));
    for (let i = 0; i < TYPED_EDITS; i++) run.typed.push(await oneEdit(false));
    // The engine alone on the same text, in this process (tsx, not the bundle: same code).
    for (let i = 0; i < Math.min(200, run.latencies.length); i++) {
      const started = performance.now();
      lint(i % 2 === 0 ? current : `${current}x`);
      run.engine.push(performance.now() - started);
    }
  } finally {
    await client.stop();
  }
  for (const list of [run.latencies, run.engine, run.typed]) list.sort((a, b) => a - b);
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(run.latencies, p));
  const edits = run.latencies.length < EDITS ? `${run.latencies.length} edits (time budget)` : `${EDITS} edits`;
  record({ figure: `Edit latency ${label}: p50 / p95 / p99 (${edits})`, value: `${ms(p50)} / ${ms(p95)} / ${ms(p99)}`, target: `p95 < ${targetP95} ms`, pass: p95 < targetP95 }, `edit-${label}`, {
    p50,
    p95,
    p99,
    n: run.latencies.length,
  });
  record({ figure: `  engine lint() alone, ${label}: p50 / p95`, value: `${ms(percentile(run.engine, 50))} / ${ms(percentile(run.engine, 95))}` });
  record({ figure: `  as typed (150 ms debounce included), ${label}: p50 / p95`, value: `${ms(percentile(run.typed, 50))} / ${ms(percentile(run.typed, 95))}` });
}

async function openMany(): Promise<void> {
  console.error('Server RSS with 1,000 open templates');
  const files = listFiles(TEMPLATES).slice(0, 1000);
  const client = await TestClient.start({ configuration: false });
  try {
    const uris = new Set<string>();
    for (const file of files) {
      const uri = pathToFileURL(file).href;
      uris.add(uri);
      await client.open(uri, fs.readFileSync(file, 'utf8'));
    }
    await client.waitFor(() => (new Set(client.diagnostics.map((d) => d.uri)).size >= uris.size ? true : undefined), 'diagnostics for 1,000 templates', 120_000);
    // Let the collector run once so the figure is what stays resident, not garbage.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const memory = memoryOf(client.child.pid!);
    if (!memory) throw new Error('cannot read /proc/<pid>/status');
    record({ figure: 'Server RSS, 1,000 open templates', value: `${mb(memory.rss)} (peak ${mb(memory.hwm)})`, target: '< 100 MB', pass: memory.rss < 100 * 1024 }, 'rss1000Kb', memory);
  } finally {
    await client.stop();
  }
}

function bundleSizes(): void {
  console.error('Bundle sizes');
  const size = (file: string) => (fs.existsSync(file) ? fs.statSync(file).size : undefined);
  const kb = (n: number | undefined) => (n === undefined ? 'missing' : `${(n / 1024).toFixed(0)} KB`);
  const server = size(SERVER);
  record({ figure: 'server/out/server.js (minified)', value: kb(server), target: '< 400 KB', pass: server !== undefined && server < 400 * 1024 }, 'serverBytes', server);
  record({ figure: 'client/out/extension.js', value: kb(size(path.join(ROOT, 'client', 'out', 'extension.js'))) }, 'clientBytes', size(path.join(ROOT, 'client', 'out', 'extension.js')));
  record({ figure: 'server/out/cli.js', value: kb(size(path.join(ROOT, 'server', 'out', 'cli.js'))) }, 'cliBytes', size(path.join(ROOT, 'server', 'out', 'cli.js')));
  const vsix = fs.readdirSync(ROOT).filter((f) => f.endsWith('.vsix'));
  record({ figure: 'the .vsix', value: vsix.length > 0 ? vsix.map((f) => `${f} ${kb(size(path.join(ROOT, f)))}`).join(', ') : 'not built (npx @vscode/vsce package)' });
}

function printTable(): void {
  const width = (k: keyof Row) => Math.max(...rows.map((r) => String(r[k] ?? '').length), k.length);
  const [w1, w2, w3] = [width('figure'), width('value'), width('target')];
  const line = (a: string, b: string, c: string, d: string) => `${a.padEnd(w1)}  ${b.padEnd(w2)}  ${c.padEnd(w3)}  ${d}`;
  console.log('');
  console.log(line('figure', 'measured', 'target', ''));
  console.log(line('-'.repeat(w1), '-'.repeat(w2), '-'.repeat(w3), '----'));
  for (const r of rows) console.log(line(r.figure, r.value, r.target ?? '', r.pass === undefined ? '' : r.pass ? 'PASS' : 'MISS'));
  console.log(
    `\n${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
}

async function main(): Promise<void> {
  for (const file of [SERVER, path.join(ROOT, 'server', 'out', 'cli.js')]) {
    if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: run \`npm run build\` first`);
  }
  const needsCorpus = ['cli', 'textlint', 'edit', 'rss'].some(wanted);
  if (needsCorpus && (process.argv.includes('--regenerate') || !fs.existsSync(TEMPLATES) || listFiles(TEMPLATES).length !== TEMPLATE_COUNT)) {
    console.error('Generating the corpus…');
    generate(CORPUS, TEMPLATE_COUNT, 6);
  }
  const started = performance.now();
  let perSecond: number | undefined;
  if (wanted('cli')) perSecond = await cliThroughput();
  if (wanted('textlint')) await textlintThroughput(perSecond);
  if (wanted('cold')) await coldStart();
  if (wanted('edit')) {
    const edited = listFiles(TEMPLATES)
      .map((f) => fs.readFileSync(f, 'utf8'))
      .reduce((a, b) => (Math.abs(b.length - 1600) < Math.abs(a.length - 1600) ? b : a));
    await editLatency(`${edited.length.toLocaleString('en')} chars`, edited, 5);
    await editLatency('100 KB', fs.readFileSync(path.join(LARGE, 'large-100k.odmsg'), 'utf8'), 50);
  }
  if (wanted('rss')) await openMany();
  if (wanted('bundle')) bundleSizes();
  if (wanted('db')) await databaseBench({ record, timed, cli: CLI });
  if (wanted('doctor')) await doctorBench({ record, timed, cli: CLI });
  printTable();
  console.log(`bench took ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const json = option('json');
  if (json) writeFileAtomic(json, `${JSON.stringify({ rows, raw }, null, 1)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 2;
});
