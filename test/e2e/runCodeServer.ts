// Runs the end-to-end suite inside a real VS Code (1.100.3, the server build shipped in the npm
// package code-server@4.100.3), driven by headless Chromium through playwright-core.
// Works offline apart from the npm registry; see test/e2e/README.md.
//
//   node test/e2e/out/runCodeServer.js        (after `npm run build`)
//   node test/e2e/out/runCodeServer.js --vsix the install test: odmsg installed from its .vsix
//                                             (`--install-extension`), not the repository, and
//                                             the small suite test/e2e/vsix (test/e2e/out/vsix)
//   node test/e2e/out/runCodeServer.js --screenshots
//                                             `npm run screenshots`: the README's pictures into
//                                             images/ (test/e2e/screenshots: the scenes ask this
//                                             runner for each capture), and images/icon.png from
//                                             images/icon.svg; no database
//
// Environment (all optional):
//   ODMSG_E2E_TIMEOUT_MS      overall timeout, default 300000 (5 min); hitting it fails the run
//   ODMSG_E2E_CACHE_DIR       where code-server is cached, default <repo>/.cache/code-server
//   ODMSG_E2E_CHROMIUM        browser binary, default /usr/bin/chromium
//   ODMSG_E2E_GREP            only run tests whose full title matches (passed to mocha)
//   ODMSG_E2E_VERBOSE=1       also print the VS Code server log and browser console
//   ODMSG_E2E_KEEP=1          keep the temporary directories (printed at start)
//   ODMSG_E2E_EXTENSION_PATH  extension under test, default <repo>
//   ODMSG_E2E_TESTS_PATH      compiled suite index, default <repo>/test/e2e/out/suite/index.js
//   ODMSG_E2E_WORKSPACE       folder copied to a temp dir and opened, default test/e2e/fixtures/workspace
//
// Both passes also start test/db's throwaway MariaDB with its fixture (Debian's
// mariadb-server) for the database commands' tests, and passes it to the extension host as
// ODMSG_E2E_DB_HOST / ODMSG_E2E_DB_PORT / ODMSG_E2E_DB_SOCKET. When it cannot start, the run fails with why.
//   ODMSG_SCREENSHOTS_DIR     with --screenshots: where the pictures go, default <repo>/images
//   ODMSG_E2E_VSIX            with --vsix: the .vsix to install, default <repo>/odmsg-<version>.vsix,
//                             packaged first (`npm run package`) when missing or older than its inputs
//
// The runner also answers the suite's webview probes (common.ts WEBVIEW_PROBE_MARKER: what a
// webview's page shows, looked up in the browser's frames) and says so with ODMSG_E2E_WEBVIEW_PROBE=1.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { format, inspect } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import type { MariaDb } from '../db/mariadb';
import { plantHistory, startFixtureDb } from '../db/setup';
import { isVsixFresh, packageVsix, vsixPath } from '../package/vsix';
import { RESULT_MARKER, WEBVIEW_PROBE_MARKER, copyWorkspace, findRepoRoot, fixtureWorkspace, type SuiteResults, type WebviewProbe, type WebviewProbeAnswer } from './common';
import { Camera, renderIcon } from './screenshots/camera';
import { ACK_DIR_VARIABLE, SHOT_MARKER } from './screenshots/protocol';

const CODE_SERVER_VERSION = '4.100.3';
const READY_LINE = 'Extension host agent started.';
const SERVER_START_TIMEOUT_MS = 90_000;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const verbose = process.env.ODMSG_E2E_VERBOSE === '1';
const keepTemp = process.env.ODMSG_E2E_KEEP === '1';
const overallTimeoutMs = Number(process.env.ODMSG_E2E_TIMEOUT_MS ?? 300_000);
const vsixMode = process.argv.includes('--vsix');
const screenshotMode = process.argv.includes('--screenshots');
/** The workbench's size in --screenshots mode: the README's pictures are cut from it. */
const SCREENSHOT_VIEWPORT = { width: 1280, height: 800 };

let server: ChildProcess | undefined;
let database: MariaDb | undefined;
let browser: Browser | undefined;
let tempRoot: string | undefined;
const serverLog: string[] = [];
let results: SuiteResults | undefined;
let onResults: (() => void) | undefined;
let camera: Camera | undefined;
let finishing = false;
/** The workbench page, for the suite's webview probes. */
let workbench: Page | undefined;
/** How long a probe looks for its webview before answering "not found". */
const PROBE_TIMEOUT_MS = 20_000;

function log(message: string): void {
  process.stdout.write(`[e2e] ${message}\n`);
}

function run(cmd: string, args: string[], cwd: string): void {
  log(`$ ${cmd} ${args.join(' ')}   (in ${cwd})`);
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', timeout: 10 * 60_000 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

/** Returns lib/vscode of a cached code-server, installing it first when it is missing. */
function ensureVsCode(cacheDir: string): string {
  const vscodeDir = path.join(cacheDir, 'node_modules', 'code-server', 'lib', 'vscode');
  const isReady = () =>
    fs.existsSync(path.join(vscodeDir, 'out', 'server-main.js')) &&
    fs.existsSync(path.join(vscodeDir, 'node_modules', 'yauzl', 'package.json')) &&
    fs.existsSync(path.join(vscodeDir, 'node_modules', 'minimist', 'package.json'));
  if (isReady()) return vscodeDir;
  log(`code-server ${CODE_SERVER_VERSION} is not cached in ${cacheDir}; installing it from npm (~20 s, ~290 MB)`);
  fs.mkdirSync(cacheDir, { recursive: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // --ignore-scripts: the postinstall downloads ripgrep from GitHub and builds native modules,
  // neither of which the tests need.
  run(npm, ['install', '--ignore-scripts', '--no-save', '--no-audit', '--no-fund', '--prefix', cacheDir, `code-server@${CODE_SERVER_VERSION}`], cacheDir);
  run(npm, ['install', '--ignore-scripts', '--omit=dev', '--no-audit', '--no-fund'], vscodeDir);
  if (!isReady()) throw new Error(`code-server install in ${cacheDir} is incomplete (no ${vscodeDir}/out/server-main.js or its node_modules)`);
  return vscodeDir;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => (port ? resolve(port) : reject(new Error('could not get a free port'))));
    });
  });
}

function startServer(vscodeDir: string, port: number, dirs: { userData: string; serverData: string; extensions: string }, extraArgs: string[] = []): Promise<void> {
  const args = [
    path.join(vscodeDir, 'out', 'server-main.js'),
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--user-data-dir',
    dirs.userData,
    '--server-data-dir',
    dirs.serverData,
    '--extensions-dir',
    dirs.extensions,
    ...extraArgs,
  ];
  // detached: the server gets its own process group, so cleanup can kill it together with the
  // extension host and language server it spawns.
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32' });
  server = child;
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(() => settle(new Error(`VS Code server did not print "${READY_LINE}" within ${SERVER_START_TIMEOUT_MS / 1000} s`)), SERVER_START_TIMEOUT_MS);
    const onLine = (stream: string) => (line: string) => {
      serverLog.push(`${stream}: ${line}`);
      if (verbose) process.stdout.write(`[server] ${line}\n`);
      if (line.includes(READY_LINE)) settle();
    };
    readline.createInterface({ input: child.stdout! }).on('line', onLine('out'));
    readline.createInterface({ input: child.stderr! }).on('line', onLine('err'));
    child.on('error', (e) => settle(new Error(`could not start the VS Code server: ${e.message}`)));
    child.on('exit', (code, signal) => {
      server = undefined;
      settle(new Error(`VS Code server exited early (code ${code}, signal ${signal})`));
      if (!finishing) {
        void finish(1, `VS Code server exited during the run (code ${code}, signal ${signal})`);
      }
    });
  });
}

function killServer(): void {
  const child = server;
  server = undefined;
  if (!child?.pid) return;
  try {
    if (process.platform === 'win32') child.kill('SIGKILL');
    else process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

// Workbench/extension-host messages that are expected in this setup and never matter (no network,
// native modules skipped by --ignore-scripts, the workspace-trust prompt refused in tests, and
// connection chatter). Hidden unless ODMSG_E2E_VERBOSE=1.
const NOISE = [
  /Could not locate the bindings file/, // @vscode/spdlog not built
  /native-watchdog|build\/Release\/watchdog/,
  /open-vsx\.org/,
  /^\[Service Worker\]/,
  /DialogService: refused to show dialog in tests/,
  /^Resolving connection token|^Resolved connection token/,
  /^Creating a socket/,
  /^Updating additional builtin extensions cache/,
  /^ChatSessionStore:/,
  /^Creation of workbench contribution '.*' took \d+ms\./,
];
let hiddenNoise = 0;

/**
 * Receives the workbench's log, which includes the extension host's console (so mocha's spec
 * reporter output) as (level, [format, ...args]).
 */
function onAutomationLog(type: unknown, args: unknown): void {
  const parts = Array.isArray(args) ? args : [args];
  const text = typeof parts[0] === 'string' ? format(...(parts as [string, ...unknown[]])) : parts.map((p) => inspect(p)).join(' ');
  for (const line of text.split(/\r?\n/)) {
    const probe = line.indexOf(WEBVIEW_PROBE_MARKER);
    if (probe >= 0) {
      void answerProbe(line.slice(probe + WEBVIEW_PROBE_MARKER.length));
      continue;
    }
    const shot = line.indexOf(SHOT_MARKER);
    if (shot >= 0) {
      if (camera) camera.request(line.slice(shot + SHOT_MARKER.length));
      else log(`a screenshot request outside --screenshots mode: ${line}`);
      continue;
    }
    const at = line.indexOf(RESULT_MARKER);
    if (at >= 0) {
      try {
        results = JSON.parse(line.slice(at + RESULT_MARKER.length)) as SuiteResults;
        onResults?.();
      } catch {
        log(`could not parse the suite's result line: ${line}`);
      }
    }
  }
  if (!verbose && NOISE.some((re) => re.test(text))) {
    hiddenNoise++;
    return;
  }
  const stream = type === 'error' || type === 'warn' ? process.stderr : process.stdout;
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Runs in each frame (a string: this file is not compiled against the DOM). */
const PROBE_SCRIPT = `({ title, selector, style }) => {
  if (document.title !== title) return undefined;
  const styled = style ? document.querySelector(style.selector) : null;
  const answer = { found: true, count: document.querySelectorAll(selector).length };
  if (styled) answer.style = getComputedStyle(styled).getPropertyValue(style.property);
  return answer;
}`;

/** What the probe's webview shows, looked up in every frame of the workbench as frames load. */
async function answerProbe(request: string): Promise<void> {
  let probe: WebviewProbe;
  try {
    probe = JSON.parse(request) as WebviewProbe;
  } catch {
    log(`could not parse a webview probe: ${request}`);
    return;
  }
  const deadline = Date.now() + PROBE_TIMEOUT_MS;
  let answer: WebviewProbeAnswer = { found: false, count: 0 };
  while (workbench && !answer.found && Date.now() < deadline) {
    // Armed before looking, so a frame that loads while we look wakes the next round.
    const page = workbench;
    let stop = () => {};
    const changed = new Promise<void>((resolve) => {
      const timer = setTimeout(done, Math.max(deadline - Date.now(), 1));
      function done(): void {
        clearTimeout(timer);
        page.off('framenavigated', done).off('frameattached', done).off('load', done);
        resolve();
      }
      stop = done;
      page.on('framenavigated', done).on('frameattached', done).on('load', done);
    });
    for (const frame of page.frames()) {
      const seen = await frame.evaluate<WebviewProbeAnswer | undefined>(`(${PROBE_SCRIPT})(${JSON.stringify({ title: probe.title, selector: probe.selector, style: probe.style })})`).catch(() => undefined); // a frame navigating away, or one we may not script
      if (seen) {
        answer = seen;
        break;
      }
    }
    if (answer.found) stop();
    await changed;
  }
  fs.writeFileSync(`${probe.reply}.tmp`, JSON.stringify(answer));
  fs.renameSync(`${probe.reply}.tmp`, probe.reply);
}

async function finish(code: number, reason?: string, showServerLog = code !== 0 && !results): Promise<never> {
  if (finishing) return new Promise<never>(() => {});
  finishing = true;
  if (reason) process.stderr.write(`[e2e] ${reason}\n`);
  if (showServerLog && !verbose && serverLog.length) {
    process.stderr.write(
      `[e2e] last lines of the VS Code server log:\n${serverLog
        .slice(-40)
        .map((l) => `  ${l}`)
        .join('\n')}\n`,
    );
  }
  const b = browser;
  browser = undefined;
  if (b) {
    await Promise.race([b.close().catch(() => {}), new Promise((r) => setTimeout(r, 5_000))]);
  }
  killServer();
  const db = database;
  database = undefined;
  await db?.stop().catch(() => {});
  if (tempRoot && !keepTemp) fs.rmSync(tempRoot, { recursive: true, force: true });
  if (hiddenNoise) log(`${hiddenNoise} known-harmless workbench messages hidden (ODMSG_E2E_VERBOSE=1 shows them)`);
  // The run's last line, which npm test's closing line sums (scripts/testSummary.ts).
  process.stdout.write(`${results?.passed ?? 0} passed, ${results?.failed ?? 0} failed${results?.pending ? `, ${results.pending} pending` : ''}\n`);
  process.exit(code);
}

/**
 * A fresh Debian machine has no Chromium. As root with apt-get (this project's machines and
 * CI) the runner installs Debian's package, so `npm test` works on a fresh clone; anywhere
 * else it stops with what to do.
 */
function installChromium(chromiumPath: string): void {
  const hint = `Chromium not found at ${chromiumPath}: install it (Debian/Ubuntu: apt-get install -y chromium) or set ODMSG_E2E_CHROMIUM`;
  const canInstall = chromiumPath === '/usr/bin/chromium' && process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get');
  if (!canInstall) throw new Error(hint);
  console.log("[e2e] Chromium is missing; installing Debian's chromium package (apt-get)");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env, timeout: 15 * 60_000 });
    if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${r.status ?? r.signal}). ${hint}`);
  }
  if (!fs.existsSync(chromiumPath)) throw new Error(hint);
}

/**
 * Installs the .vsix into `extensionsDir` the way `code --install-extension` does, with VS Code's
 * own server CLI, and returns the installed folder. Any failure fails the run: the install
 * test must never pass by not running.
 */
function installVsix(vscodeDir: string, vsix: string, dirs: { userData: string; serverData: string; extensions: string }, repoRoot: string): string {
  log(`installing ${path.basename(vsix)} (${(fs.statSync(vsix).size / 1024).toFixed(0)} KB) into a fresh extensions folder`);
  const args = [
    path.join(vscodeDir, 'out', 'server-main.js'),
    '--install-extension',
    vsix,
    '--force',
    '--extensions-dir',
    dirs.extensions,
    '--user-data-dir',
    dirs.userData,
    '--server-data-dir',
    dirs.serverData,
    '--accept-server-license-terms',
  ];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 120_000 });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.error || r.status !== 0 || !/successfully installed/.test(output)) {
    throw new Error(`installing ${vsix} failed (exit ${r.status ?? r.signal}${r.error ? `, ${r.error.message}` : ''}):\n${output}`);
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { name: string; publisher: string; version: string };
  const installed = path.join(dirs.extensions, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  if (!fs.existsSync(path.join(installed, 'package.json'))) {
    throw new Error(`VS Code reported the install, but ${installed} has no package.json:\n${output}`);
  }
  return installed;
}

/**
 * VS Code runs `extensionTestsPath` only alongside an `extensionDevelopmentPath`. For the install
 * test that is this empty extension (no code, another id), so odmsg itself loads from the
 * extensions folder like any installed extension.
 */
function writeHarness(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const manifest = { name: 'odmsg-vsix-test-harness', publisher: 'odmsg-tests', version: '0.0.0', engines: { vscode: '^1.100.0' } };
  fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return dir;
}

async function main(): Promise<void> {
  const started = Date.now();
  const repoRoot = findRepoRoot(__dirname);
  const extensionPath = path.resolve(process.env.ODMSG_E2E_EXTENSION_PATH ?? repoRoot);
  const suite = vsixMode ? 'vsix' : screenshotMode ? 'screenshots' : 'suite';
  const testsPath = path.resolve(process.env.ODMSG_E2E_TESTS_PATH ?? path.join(repoRoot, 'test', 'e2e', 'out', suite, 'index.js'));
  const fixtures = path.resolve(process.env.ODMSG_E2E_WORKSPACE ?? (screenshotMode ? path.join(repoRoot, 'test', 'e2e', 'fixtures', 'screenshots') : fixtureWorkspace(repoRoot)));
  const chromiumPath = process.env.ODMSG_E2E_CHROMIUM ?? '/usr/bin/chromium';

  if (!fs.existsSync(testsPath)) throw new Error(`compiled suite not found at ${testsPath}; run \`npm run build\` first`);
  if (!fs.existsSync(path.join(extensionPath, 'package.json'))) throw new Error(`no extension manifest in ${extensionPath}`);
  if (!vsixMode && extensionPath === repoRoot && !fs.existsSync(path.join(repoRoot, 'client', 'out', 'extension.js'))) {
    throw new Error('client/out/extension.js is missing; run `npm run build` first');
  }
  if (!fs.existsSync(chromiumPath)) installChromium(chromiumPath);

  let vsix: string | undefined;
  if (vsixMode) {
    vsix = path.resolve(process.env.ODMSG_E2E_VSIX ?? vsixPath(repoRoot));
    if (!process.env.ODMSG_E2E_VSIX && !isVsixFresh(repoRoot, vsix)) {
      log(`${path.basename(vsix)} is missing or older than the build; packaging it`);
      packageVsix(repoRoot, log);
    }
    if (!fs.existsSync(vsix)) throw new Error(`no .vsix at ${vsix}`);
  }

  const vscodeDir = ensureVsCode(path.resolve(process.env.ODMSG_E2E_CACHE_DIR ?? path.join(repoRoot, '.cache', 'code-server')));

  // The overall timeout covers the run itself, not a first-time install (npm has its own).
  // Not unref'd on purpose: it also keeps the process alive, so the runner can never end
  // "successfully" by running out of work while it waits for the workbench.
  setTimeout(() => void finish(1, `timed out after ${overallTimeoutMs / 1000} s`), overallTimeoutMs);

  tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'odmsg-e2e-'));
  const dirs = {
    userData: path.join(tempRoot, 'user-data'),
    serverData: path.join(tempRoot, 'server-data'),
    extensions: path.join(tempRoot, 'extensions'),
  };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  fs.mkdirSync(path.join(dirs.userData, 'logs')); // the server lists it at startup and logs ENOENT otherwise
  const workspace = copyWorkspace(fixtures, tempRoot);
  if (keepTemp) log(`temporary files in ${tempRoot}`);
  let developmentPath = extensionPath;
  if (vsix) {
    const installed = installVsix(vscodeDir, vsix, dirs, repoRoot);
    log(`installed in ${installed}`);
    developmentPath = writeHarness(path.join(tempRoot, 'harness'));
    // The extension host inherits the server's environment: the suite checks odmsg runs from here.
    process.env.ODMSG_E2E_EXTENSIONS_DIR = dirs.extensions;
  }

  const ackDir = path.join(tempRoot, 'shots');
  if (screenshotMode) {
    fs.mkdirSync(ackDir);
    // The extension host inherits the server's environment: the scenes watch this folder.
    process.env[ACK_DIR_VARIABLE] = ackDir;
  }

  if (!screenshotMode) {
    log("starting MariaDB with the test/db fixture (the database commands' tests)");
    try {
      database = await startFixtureDb();
      // The sent texts "odmsg: Texting health…" reads (suite/textingHealth.test.ts).
      if (!vsix) await plantHistory(database);
    } catch (error) {
      throw new Error(`MariaDB could not start, so the database commands cannot be tested: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    // The extension host inherits the server's environment.
    process.env.ODMSG_E2E_DB_HOST = database.host;
    process.env.ODMSG_E2E_DB_PORT = String(database.port);
    process.env.ODMSG_E2E_DB_SOCKET = database.socket;
    // This runner answers the suite's webview probes (common.ts).
    process.env.ODMSG_E2E_WEBVIEW_PROBE = '1';
    log(`MariaDB on ${database.host}:${database.port}`);
  }

  const port = await freePort();
  log(`starting VS Code server on 127.0.0.1:${port}`);
  // The main pass runs in Restricted Mode (the trust prompt is refused), which the extension
  // supports; the install pass runs trusted, as after a user trusts the folder (tasks need it).
  // The screenshots too: no Restricted Mode banner in the pictures.
  await startServer(vscodeDir, port, dirs, vsix || screenshotMode ? ['--disable-workspace-trust'] : []);
  log(`server ready after ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const authority = `127.0.0.1:${port}`;
  const remote = (p: string) => `vscode-remote://${authority}${p.split(path.sep).join('/')}`;
  const payload = [
    ['extensionDevelopmentPath', remote(developmentPath)],
    ['extensionTestsPath', remote(testsPath)],
    ['skipWelcome', 'true'],
  ];
  const url = `http://${authority}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
  const page = await browser.newPage(screenshotMode ? { viewport: SCREENSHOT_VIEWPORT, deviceScaleFactor: 1 } : {});
  workbench = page;
  if (screenshotMode) {
    const imagesDir = path.resolve(process.env.ODMSG_SCREENSHOTS_DIR ?? path.join(repoRoot, 'images'));
    fs.mkdirSync(imagesDir, { recursive: true });
    const iconBytes = await renderIcon(browser, path.join(repoRoot, 'images', 'icon.svg'), path.join(imagesDir, 'icon.png'));
    log(`rendered ${path.join(imagesDir, 'icon.png')} (${(iconBytes / 1024).toFixed(0)} KB) from images/icon.svg`);
    camera = new Camera(page, imagesDir, ackDir, log);
  }
  const exitCode = new Promise<number>((resolve) => {
    void page.exposeFunction('codeAutomationExit', (code: unknown) => resolve(typeof code === 'number' ? code : 1));
  });
  await page.exposeFunction('codeAutomationLog', onAutomationLog);
  page.on('pageerror', (e) => {
    if (verbose) process.stderr.write(`[page error] ${e.message}\n`);
  });
  if (verbose) page.on('console', (m) => process.stdout.write(`[browser ${m.type()}] ${m.text()}\n`));
  page.on('crash', () => void finish(1, 'the workbench page crashed'));

  log('opening the workbench');
  // 'commit': the overall timeout, not playwright's 30 s navigation timeout, bounds the slow
  // workbench load on a busy machine.
  await page.goto(url, { waitUntil: 'commit' });
  const code = await exitCode;
  if (!results) {
    // The extension host's console and its exit code travel on different channels; give the
    // result line a moment to arrive (event-driven, bounded).
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, 5_000);
      onResults = () => {
        clearTimeout(t);
        resolve();
      };
    });
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);

  if (!results) {
    await finish(1, `the suite reported no results (it failed to load or crashed); VS Code exit code ${code}; ${seconds} s`);
  }
  if (results!.total === 0) await finish(1, `no tests ran; ${seconds} s`);
  if (code !== 0 || results!.failed > 0) {
    await finish(code || 1, `suite failed (VS Code exit code ${code}); ${seconds} s`);
  }
  log(`suite passed in ${seconds} s`);
  await finish(0);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void finish(130, `interrupted by ${signal}`));
}
// Last resort if something calls process.exit elsewhere: never leave the server behind.
process.on('exit', () => {
  killServer();
  // Stopped in finish(); if something exits before that, at least stop the server process.
  if (database?.pid) {
    try {
      process.kill(database.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

main().catch((e: unknown) => finish(1, e instanceof Error ? (e.stack ?? e.message) : String(e)));
