// Issue 4 in the editor: the `odmsg/analysis` request behind the status bar, the
// `odmsg/analysisChanged` notification after each check, the `odmsg/preview` request, and the
// hover on a character outside GSM-7.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, describe, test } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver/node';
import type { AnalysisChangedParams, AnalysisResult, PreviewResult } from '../../server/src/protocol/analysis';
import { lint } from '../../server/src/engine/lint';
import { formatMoney, plural } from '../../server/src/engine/numbers';
import { analyzeSms } from '../../server/src/engine/sms/analyze';
import { previewHtml } from '../../server/src/present/webview/previewHtml';
import { statusBarText } from '../../server/src/present/statusBarText';
import { FULL_RESULTS_KEPT } from '../../server/src/lsp/diagnosticsScheduler';
import { HEADER, untitledUri } from './fixtures';
import { DEFAULT_TIMEOUT_MS, rangeOfText } from './lspClient';
import { serverForSuite } from './suiteServer';

const TEXT = `${HEADER}[NameF], we'll see you [ApptDate] at [ApptTime] at [OfficeName]. Reply [ConfirmCode] to confirm or call [OfficePhone].\n`;
const CURLY = TEXT.replace("we'll", 'we\u2019ll');
const LINE = '---\nkind: eConfirmation\nchannel: sms\naggregate: perAppointment\n---\n';
const EMAIL = '---\nkind: eConfirmation\nchannel: email\nsubject: Your visit\n---\n<p>Hi [NameF], please confirm: [ConfirmURL]</p>\n';

describe('odmsg/analysis and the preview', () => {
  let enabled = true;
  const { client, temp } = serverForSuite({ settings: () => ({ enable: enabled }), workspaceFolder: true });
  const changed: AnalysisChangedParams[] = [];
  const waiters: (() => void)[] = [];

  before(() => {
    client.connection.onNotification('odmsg/analysisChanged', (params: AnalysisChangedParams) => {
      changed.push(params);
      for (const wake of waiters.splice(0)) wake();
    });
  });

  /** Resolves when the server has announced a check of `uri` at `version` (or later). */
  function analysisChanged(uri: string, version: number, since = 0): Promise<AnalysisChangedParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no odmsg/analysisChanged for ${uri}@${version}; got ${JSON.stringify(changed)}`)), DEFAULT_TIMEOUT_MS);
      const check = () => {
        const found = changed.slice(since).find((c) => c.uri === uri && c.version >= version);
        if (found) {
          clearTimeout(timer);
          resolve(found);
        } else waiters.push(check);
      };
      check();
    });
  }

  function analysis(uri: string): Promise<AnalysisResult> {
    return client.within(client.connection.sendRequest<AnalysisResult>('odmsg/analysis', { uri }), 'odmsg/analysis');
  }

  function preview(uri: string): Promise<PreviewResult | null> {
    return client.within(client.connection.sendRequest<PreviewResult | null>('odmsg/preview', { uri }), 'odmsg/preview');
  }

  /** Opens `text` and waits for its check. */
  async function opened(text: string): Promise<string> {
    const uri = untitledUri();
    await client.open(uri, text);
    await analysisChanged(uri, 1);
    return uri;
  }

  /** Opens `text`; its analysis, which must be the engine's for version 1. */
  async function engineAnalysis(text: string): Promise<{ uri: string; result: AnalysisResult }> {
    const uri = await opened(text);
    const result = await analysis(uri);
    const { template, config } = lint(text);
    const engine = analyzeSms(template, config);
    assert.deepEqual(result, { ...JSON.parse(JSON.stringify(engine)), version: 1, statusBar: statusBarText(engine, 2) });
    return { uri, result };
  }

  test('a text: the engine analysis of the current version', async () => {
    const { result } = await engineAnalysis(TEXT);
    assert.equal(result?.encoding, 'GSM-7');
    assert.equal(result?.billedSegments, 1);
    assert.deepEqual(
      result?.tags.map((t) => t.tag),
      ['NameF', 'ApptDate', 'ApptTime', 'OfficeName', 'ConfirmCode', 'OfficePhone'],
    );
  });

  test('a document whose full result the server no longer keeps: the same analysis', async () => {
    const uri = await opened(TEXT);
    for (let i = 0; i < FULL_RESULTS_KEPT + 2; i++) await opened(TEXT);
    const { template, config } = lint(TEXT);
    const engine = analyzeSms(template, config);
    assert.deepEqual(await analysis(uri), { ...JSON.parse(JSON.stringify(engine)), version: 1, statusBar: statusBarText(engine, 2) });
  });

  test('typing a curly apostrophe: analysisChanged for the new version, then UCS-2 and the cost', async () => {
    const uri = untitledUri();
    await client.open(uri, TEXT);
    await analysisChanged(uri, 1);
    const version = await client.replace(uri, CURLY);
    assert.deepEqual(await analysisChanged(uri, version), { uri, version });
    const result = await analysis(uri);
    assert.equal(result?.version, version);
    assert.equal(result?.encoding, 'UCS-2');
    assert.equal(result?.carrierSegments, 2);
    assert.equal(result?.billedSegments, 2);
    assert.equal(result?.costPerMessage, 0.05);
    assert.equal(result?.costPer1000, 50);
    assert.deepEqual(result?.nonGsmChars, [{ char: '\u2019', offset: CURLY.indexOf('\u2019'), replacement: "'", emoji: false }]);
    assert.equal(result?.ifGsm7?.billedSegments, 1);
  });

  test('null for an email template, a document that is not open, and with odmsg.enable off', async () => {
    const email = untitledUri();
    await client.open(email, EMAIL);
    await analysisChanged(email, 1);
    assert.equal(await analysis(email), null);
    assert.equal(await analysis('untitled:not-open'), null);

    const text = untitledUri();
    await client.open(text, TEXT);
    await analysisChanged(text, 1);
    enabled = false;
    const before = changed.length;
    await client.configurationChanged();
    // The checks re-run (and clear) under the new settings; the server says so.
    await analysisChanged(text, 1, before);
    try {
      assert.equal(await analysis(text), null);
    } finally {
      enabled = true;
      const since = changed.length;
      await client.configurationChanged();
      await analysisChanged(text, 1, since);
    }
    assert.equal((await analysis(text))?.encoding, 'GSM-7', 'back on');
  });

  test('prices and tag lengths from .odmsgrc.json', async () => {
    temp.write('.odmsgrc.json', JSON.stringify({ pricing: { perMessage: 0.1, perExtraSegment: 0.05 }, tagLengths: { OfficeName: 200 } }));
    const uri = temp.write('long.odmsg', TEXT);
    await client.open(uri, TEXT);
    await analysisChanged(uri, 1);
    const result = await analysis(uri);
    assert.equal(result?.tags.find((t) => t.tag === 'OfficeName')?.length, 200);
    assert.equal(result?.tags.find((t) => t.tag === 'OfficeName')?.source, 'config');
    assert.equal(result?.billedSegments, 2);
    assert.equal(result?.costPerMessage, 0.15);
    assert.equal(result?.costPer1000, 150);
  });

  test('odmsg/preview: the engine estimate (the analysis the status bar gets), sample values, the carrier marks', async () => {
    const uri = untitledUri();
    await client.open(uri, CURLY);
    await analysisChanged(uri, 1);
    const result = await preview(uri);
    assert.ok(result);
    assert.equal(result.version, 1);
    const p = result.preview;
    assert.equal(p.channel, 'sms');
    if (p.channel !== 'sms') return;
    assert.equal(p.kindName, 'eConfirmation');
    assert.equal(p.maxSegments, 2);
    const { version: _v, statusBar: _s, ...status } = (await analysis(uri))!;
    assert.deepEqual(p.analysis, status, 'the status bar and the preview get the same numbers');
    assert.equal(p.parts.filter((x) => x.kind === 'cut').length, p.analysis.carrierSegments - 1);
    assert.deepEqual(
      p.parts.filter((x) => x.kind === 'char'),
      [{ kind: 'char', text: '\u2019', name: '"\u2019" (curly apostrophe)', replacement: "'" }],
    );
    assert.deepEqual(
      p.parts.find((x) => x.kind === 'value'),
      { kind: 'value', tag: 'NameF', text: 'Maria' },
    );

    const emailUri = untitledUri();
    await client.open(emailUri, EMAIL);
    const email = await preview(emailUri);
    assert.ok(email?.preview.channel === 'email');
    assert.equal(email.preview.subject, 'Your visit');
    assert.equal(email.preview.html, true);
    assert.match(email.preview.body, /^<p>Hi Maria, please confirm: \S+<\/p>$/);
    assert.doesNotMatch(email.preview.body, /\[(NameF|ConfirmURL)\]/, 'sample values in place of the tags');
    assert.equal(await preview('untitled:not-open'), null);
  });

  test('one source of truth: the status bar, the preview page and the CLI --stats give the same billed segments and price', async () => {
    // Sample values much shorter than the assumed tag lengths: once 169 characters and 2 segments
    // in the preview beside 172 and 3 in the status bar (issue 13).
    temp.write('agree/.odmsgrc.json', JSON.stringify({ sampleValues: { NameF: 'Al', OfficeName: 'Dr K', ApptDate: 'Mon', ApptTime: '9', OfficePhone: '5', ConfirmCode: 'C' } }));
    const text = CURLY.replace('.\n', `. ${'Bring your insurance card and arrive ten minutes early. '.repeat(2)}\n`);
    const uri = temp.write('agree/agree.odmsg', text);
    await client.open(uri, text);
    await analysisChanged(uri, 1);
    const status = (await analysis(uri))!;
    const shown = (await preview(uri))!;
    assert.ok(shown.preview.channel === 'sms');
    const a = shown.preview.analysis;
    assert.equal(a.billedSegments, status.billedSegments);
    assert.equal(a.odChars, status.odChars);
    assert.ok(a.carrierSegments !== a.odSegments || a.carrierSegments > 1, 'a text where the counts could disagree');
    const headline = `${plural(a.billedSegments, 'segment')} billed · ${formatMoney(a.costPerMessage)} a message · ${formatMoney(a.costPer1000)} per 1,000`;
    assert.ok(previewHtml(shown.preview, shown.name, { contentSecurityPolicy: "default-src 'none'" }).includes(headline));
    assert.equal(status.statusBar.text, `$(comment) ${plural(a.billedSegments, 'segment')} · ${a.encoding}`);
    assert.ok(status.statusBar.tooltip.startsWith(`**${headline}**`), status.statusBar.tooltip);
    // The CLI, on the same file and config.
    const stats = spawnSync(process.execPath, [path.join(__dirname, '..', '..', 'bin', 'odmsg.js'), 'check', '--stats', '--format', 'json', 'agree.odmsg'], {
      cwd: path.dirname(fileURLToPath(uri)),
      encoding: 'utf8',
    });
    const cli = (JSON.parse(stats.stdout) as { stats?: { billedSegments: number; costPerMessage: number; odChars: number } }[])[0].stats;
    assert.equal(cli?.billedSegments, a.billedSegments, stats.stdout);
    assert.equal(cli?.costPerMessage, a.costPerMessage);
    assert.equal(cli?.odChars, a.odChars);
    // Nothing counts the sample text on its own any more.
    const sampleChars = shown.preview.parts.map((x) => (x.kind === 'cut' ? '' : x.text)).join('').length;
    assert.notEqual(sampleChars, a.odChars);
    assert.ok(!previewHtml(shown.preview, shown.name, { contentSecurityPolicy: '' }).includes(`${sampleChars} `));
  });

  test('hover on a curly apostrophe: the switch to UCS-2, what it costs, and the fix', async () => {
    const uri = untitledUri();
    await client.open(uri, CURLY);
    const range = rangeOfText(CURLY, '\u2019');
    const hover = await client.hover(uri, range.start);
    assert.ok(hover);
    assert.deepEqual(hover.range, range);
    const { value } = hover.contents as MarkupContent;
    assert.match(value, /^\*\*"’" \(curly apostrophe\) is not in GSM-7\*\*/);
    assert.match(value, /UCS-2, where a segment holds 70 characters instead of 160/);
    assert.match(value, /This text: UCS-2, 2 segments, \$0\.05 a text \(\$50\.00 per 1,000\)/);
    assert.match(value, /In plain characters: GSM-7, 1 segment, \$0\.04 a text \(\$40\.00 per 1,000\)/);
    assert.match(value, /replace it with `'`/);
    // In an email the same character is fine.
    const email = untitledUri();
    const emailText = EMAIL.replace('Hi', 'We\u2019re glad');
    await client.open(email, emailText);
    assert.equal(await client.hover(email, rangeOfText(emailText, '\u2019').start), null);
  });

  test('a per-appointment line: marked in the analysis; the preview and the hover claim no segments or price', async () => {
    const { uri, result } = await engineAnalysis(`${LINE}[NameF] is scheduled for [ApptTime] on [ApptDate] at [ClinicName].\n`);
    assert.equal(result?.perAppointment, true);
    assert.equal((await analysis(await opened(TEXT)))?.perAppointment, undefined, 'a text is not marked');

    const shown = (await preview(uri))!;
    assert.ok(shown.preview.channel === 'sms');
    assert.ok(!shown.preview.parts.some((p) => p.kind === 'cut'), 'no segment marks: a line has no segments of its own');
    const page = previewHtml(shown.preview, shown.name, { contentSecurityPolicy: "default-src 'none'" });
    assert.match(page, /Per-appointment line of an aggregate text · eConfirmation/);
    assert.match(page, /inside the aggregate text's \[Appts\], so segments and cost are the aggregate template's\./);
    assert.ok(page.includes(`<strong>≈ ${result?.odChars} characters per appointment · GSM-7</strong>`), page);
    assert.match(page, /<div class="bubble"><span class="value" title="\[NameF\], a sample value">Maria<\/span> is scheduled for /);
    assert.doesNotMatch(page, /billed|\$\d/);

    const curly = `${LINE}[NameF]\u2019s visit: [ApptTime] on [ApptDate] at [ClinicName].\n`;
    const curlyUri = await opened(curly);
    const hover = await client.hover(curlyUri, rangeOfText(curly, '\u2019').start);
    const value = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    assert.match(value, /This per-appointment line makes the aggregate text that repeats it UCS-2/);
    assert.doesNotMatch(value, /This text:|\$\d/);
    const curlyShown = (await preview(curlyUri))!;
    const curlyPage = previewHtml(curlyShown.preview, curlyShown.name, { contentSecurityPolicy: "default-src 'none'" });
    assert.match(curlyPage, /&#34;’&#34; \(curly apostrophe\) is not in GSM-7: the aggregate text that repeats this line goes as UCS-2/);
    assert.doesNotMatch(curlyPage, /billed|\$\d/);
  });
});
