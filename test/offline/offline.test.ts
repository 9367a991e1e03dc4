// The offline guarantee: the CLI and the language server never reach for the network, not
// even for a template full of links and shorteners. Both run under a preload that makes
// every outbound connection or DNS look-up throw and records it; the record must stay empty.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { TestClient, rangeOfText } from '../protocol/lspClient';

const ROOT = path.resolve(__dirname, '..', '..');
const PRELOAD = path.join(__dirname, 'block-network.cjs');
const BIN = path.join(ROOT, 'bin', 'odmsg.js');

// Everything a rule might be tempted to look up: links, shorteners, domains, emails.
const LINKY = [
  '---',
  'kind: generalMessage',
  '---',
  'Hi [NameF]!! Book at https://bit.ly/3abc or www.brightsmiles-example.com/book?x=1,',
  'see tinyurl.com/y and http://192.168.0.1:8080/x, mail help@example.org. FREE cleaning!',
  '',
].join('\n');
const EMAIL = '---\nkind: eReminder\nchannel: email\nsubject: See https://example.net\n---\n<p>Hi [NameF], <a href="https://t.co/x">click here</a></p>\n';

interface Attempt {
  api: string;
  detail: unknown;
  argv: string[];
  stack: string;
}

function readLog(file: string): Attempt[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Attempt);
}

describe('offline: nothing tries to connect', () => {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'odmsg-offline-')));
  const log = path.join(dir, 'network.log');
  const guarded = path.join(dir, 'guarded.pids');
  const guardedPids = () => (fs.existsSync(guarded) ? fs.readFileSync(guarded, 'utf8').split('\n').filter(Boolean).map(Number) : []);
  const env = { ...process.env, ODMSG_NETWORK_LOG: log, ODMSG_NETWORK_GUARDED: guarded, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(PRELOAD)}`.trim() };

  before(() => {
    fs.writeFileSync(path.join(dir, 'linky.odmsg'), LINKY);
    fs.writeFileSync(path.join(dir, 'email.odmsg'), EMAIL);
    fs.writeFileSync(path.join(dir, '.odmsgrc.json'), JSON.stringify({ allowedDomains: ['brightsmiles-example.com'] }));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the preload blocks and records a connection attempt (the guard itself works)', () => {
    const probe = path.join(dir, 'probe.log');
    const run = spawnSync(process.execPath, ['-e', "try { require('node:https').get('https://example.com') } catch (e) { console.log(e.code) }"], {
      env: { ...env, ODMSG_NETWORK_LOG: probe },
      encoding: 'utf8',
    });
    assert.equal(run.stdout.trim(), 'ENETUNREACH');
    assert.deepEqual(
      readLog(probe).map((a) => a.api),
      ['https.get'],
    );
  });

  test('the CLI checks, fixes and explains linky templates without a connection attempt', () => {
    for (const args of [['check', '.'], ['check', '--format', 'json', '--stats', '.'], ['check', '--format', 'sarif', '.'], ['check', '--fix-dry-run', '.'], ['rules'], ['--version']]) {
      const before = guardedPids().length;
      const run = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env, encoding: 'utf8' });
      assert.equal(guardedPids().length, before + 1, 'the CLI ran with the guard loaded');
      assert.ok(run.status !== null && run.status <= 2, `odmsg ${args.join(' ')} exited ${run.status}:\n${run.stderr}`);
      assert.doesNotMatch(run.stderr, /offline guard/, `odmsg ${args.join(' ')}:\n${run.stderr}`);
    }
    const stdin = spawnSync(process.execPath, [BIN, 'check', '--stdin', '--stdin-filename', 'x.odmsg'], { cwd: dir, env, input: LINKY, encoding: 'utf8' });
    assert.ok(stdin.status !== null && stdin.status <= 2, stdin.stderr);
    assert.deepEqual(readLog(log), []);
  });

  test('the language server (stdio) serves diagnostics, hovers, actions and completion without a connection attempt', async () => {
    const saved = process.env.NODE_OPTIONS;
    const savedLog = process.env.ODMSG_NETWORK_LOG;
    process.env.NODE_OPTIONS = env.NODE_OPTIONS;
    process.env.ODMSG_NETWORK_LOG = log;
    process.env.ODMSG_NETWORK_GUARDED = guarded;
    let client: TestClient;
    try {
      client = await TestClient.start({ workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'offline' }] });
    } finally {
      process.env.NODE_OPTIONS = saved;
      process.env.ODMSG_NETWORK_LOG = savedLog;
      if (saved === undefined) delete process.env.NODE_OPTIONS;
      if (savedLog === undefined) delete process.env.ODMSG_NETWORK_LOG;
      delete process.env.ODMSG_NETWORK_GUARDED;
    }
    assert.ok(guardedPids().includes(client.child.pid!), 'the server runs with the guard loaded');
    try {
      for (const [name, text] of [
        ['linky.odmsg', LINKY],
        ['email.odmsg', EMAIL],
      ]) {
        const uri = pathToFileURL(path.join(dir, name)).href;
        const mark = client.mark();
        await client.open(uri, text);
        const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.version === 1, `diagnostics for ${name}`, mark);
        assert.ok(diagnostics.length > 0);
        for (const d of diagnostics) {
          await client.hover(uri, d.range.start);
          await client.codeActions(uri, d.range, [d]);
        }
        await client.codeActions(uri, rangeOfText(text, '[NameF]'), [], ['source.fixAll.odmsg']);
        await client.completion(uri, rangeOfText(text, '[NameF]').start);
        await client.connection.sendRequest('odmsg/analysis', { uri }).catch(() => undefined);
        await client.connection.sendRequest('odmsg/preview', { uri }).catch(() => undefined);
      }
      assert.ok(client.isAlive, client.stderrText);
      assert.doesNotMatch(client.stderrText, /offline guard/, client.stderrText);
    } finally {
      await client.stop();
    }
    assert.deepEqual(readLog(log), []);
  });
});
