// Runs the built command line (bin/odmsg.js → server/out/cli.js) as a user would, on
// temporary fixture folders. The bundle is rebuilt first when a source file is newer.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'odmsg.js');
const BUNDLE = path.join(ROOT, 'server', 'out', 'cli.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Rebuilds server/out/cli.js when it is missing or older than server/src, with the options
 * of scripts/build.mjs but for the CLI alone, so a half-written file elsewhere (the
 * language server, the client) cannot stop the CLI tests. `npm test` builds everything
 * first, and then this does nothing. Test files run in parallel processes, so the build
 * is guarded by a lock folder.
 */
export function ensureBuilt(): void {
  const fresh = () => fs.existsSync(BUNDLE) && fs.statSync(BUNDLE).mtimeMs >= newestSource(path.join(ROOT, 'server', 'src'));
  if (fresh()) return;
  const lock = path.join(os.tmpdir(), `odmsg-cli-build-${Buffer.from(ROOT).toString('hex').slice(-16)}.lock`);
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`build lock ${lock} held too long`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
      if (fresh()) return;
    }
  }
  try {
    if (fresh()) return;
    const script = [
      "require('esbuild').buildSync({",
      "  entryPoints: ['server/src/cli/main.ts'], outfile: 'server/out/cli.js', bundle: true, platform: 'node',",
      "  target: 'node20', format: 'cjs', sourcemap: true, minify: true, logLevel: 'error', mainFields: ['module', 'main'],",
      '});',
    ].join('\n');
    const build = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`building the CLI failed:\n${build.stdout}${build.stderr}`);
  } finally {
    fs.rmdirSync(lock);
  }
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  input?: string | Buffer;
  env?: NodeJS.ProcessEnv;
  /** Run the CLI as this user (and group) id. */
  uid?: number;
  /** Kill the CLI after this many milliseconds (a run that would hang fails instead). */
  timeout?: number;
  /** Node options before the CLI script (e.g. a preload that measures the run). */
  nodeArgs?: readonly string[];
}

export function odmsg(args: readonly string[], options: RunOptions): Run {
  const env = { ...process.env, ...options.env };
  // Tests see the output a pipe gets: no colours unless a test asks for them.
  delete env.FORCE_COLOR;
  if (options.env && 'FORCE_COLOR' in options.env) env.FORCE_COLOR = options.env.FORCE_COLOR;
  const result: SpawnSyncReturns<string> = spawnSync(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    env,
    encoding: 'utf8',
    uid: options.uid,
    gid: options.uid,
    timeout: options.timeout,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary folder with these files (path → text or bytes); removed by `cleanup`. */
export function fixture(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'odmsg-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return dir;
}

export function cleanup(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

// Texts for fixtures. Open Dental's own default eConfirmation text is clean under every rule.
export const CLEAN = '---\nkind: eConfirmation\nchannel: sms\n---\n[NameF] is scheduled for [ApptTime] on [ApptDate] at [OfficeName]. Reply [ConfirmCode] to confirm or call [OfficePhone].\n';
/** Only a warning: excessive-punctuation on "!!" (a fix). */
export const WARNING = '---\nkind: eConfirmation\nchannel: sms\n---\n[NameF] is scheduled for [ApptTime] on [ApptDate] at [OfficeName]!! Reply [ConfirmCode] to confirm or call [OfficePhone].\n';
/** An error: unknown-tag on [ApptDte] (line 5, column 41). */
export const ERROR = '---\nkind: eConfirmation\nchannel: sms\n---\n[NameF] is scheduled for [ApptTime] on [ApptDte] at [OfficeName]. Reply [ConfirmCode] to confirm or call [OfficePhone].\n';

export function parseCompact(stdout: string): { file: string; line: number; column: number; severity: string; ruleId?: string }[] {
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const match = /^(.+?):(\d+):(\d+) (error|warning|info) .*?(?: \(([\w-]+)\))?$/.exec(line);
      if (!match) throw new Error(`not a compact line: ${line}`);
      return { file: match[1], line: Number(match[2]), column: Number(match[3]), severity: match[4], ruleId: match[5] };
    });
}
