// "odmsg: Texting health…" against the runner's throwaway MariaDB (test/db's fixture, with its
// planted sent-text history in smstomobile): the command reads the history through the
// database bundle and opens the doctor's report page in a webview, with a chart per template.
// The connection and the window are the command's argument instead of input boxes. What the
// webview's page shows is asked of the runner's browser (helpers.ts probeWebview).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { probeWebview, waitFor } from './helpers';

interface TextingHealthResult {
  html: string;
  report: { findings: { id: string }[]; templates: { template: { locator: string }; weeks: unknown[] }[]; totals: { texts: number } };
}

function connection(): { host: string; port: number; database: string; user: string; password: string } {
  const port = Number(process.env.ODMSG_E2E_DB_PORT);
  assert.ok(port > 0, 'the runner starts MariaDB and sets ODMSG_E2E_DB_PORT for this suite');
  return { host: '127.0.0.1', port, database: 'opendental', user: 'odmsg_ro', password: 'ro-secret' };
}

function healthTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('odmsg.textingHealth'));
}

describe('texting health', () => {
  let shown: TextingHealthResult | undefined;
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('opens the report on the sent-text history in a webview, with a chart per template', async () => {
    const result = await vscode.commands.executeCommand<TextingHealthResult | undefined>('odmsg.textingHealth', { ...connection(), days: 30 });
    assert.ok(result, 'the command returns what it showed (an error message instead means it failed)');
    shown = result;
    const { html, report } = result;
    assert.ok(report.totals.texts > 0, 'the planted history is in the window');
    assert.ok(report.templates.length >= 2, `templates with texts: ${report.templates.map((t) => t.template.locator).join(', ')}`);
    assert.ok(
      report.findings.some((f) => f.id === 'filtered-template'),
      `the planted filtered template is found: ${report.findings.map((f) => f.id).join(', ')}`,
    );
    // A chart of the weeks and one of the failure reasons per template, drawn as inline SVG.
    assert.equal((html.match(/<svg class="chart weeks"/g) ?? []).length, report.templates.length);
    assert.equal((html.match(/<h5>Failure reasons<\/h5>/g) ?? []).length, report.templates.length);
    assert.match(html, /<svg class="chart reasons"/, 'the failure reasons of a template with failures');
    for (const t of report.templates) assert.ok(t.weeks.length > 0, `${t.template.locator} has weeks to chart`);
    assert.match(html, /<rect class="bar failed"/);

    // The webview's frame: nothing loads, no script, the style sheet only by its nonce.
    const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    assert.match(policy, /^default-src &#39;none&#39;; /, policy);
    assert.match(policy, /; style-src &#39;nonce-[^&]+&#39;(;|$)/, policy);
    assert.match(policy, /; script-src &#39;none&#39;(;|$)/, policy);
    assert.doesNotMatch(policy, /unsafe-inline|https?:/, policy);
    assert.doesNotMatch(html, /<script|https?:\/\//);
    assert.match(html, /<style nonce="[^"]+">/);

    await waitFor(
      [vscode.window.tabGroups.onDidChangeTabs],
      () => (healthTabs().length === 1 ? true : undefined),
      'the texting health webview tab',
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label)).join(', '),
    );
    assert.equal(healthTabs()[0].label, 'Texting health: opendental');
  });

  it('refuses a window that is not a number of days, before connecting', async () => {
    const tabs = healthTabs().length;
    for (const days of [0, 1.5, 5000]) {
      const result = await vscode.commands.executeCommand<TextingHealthResult | undefined>('odmsg.textingHealth', { ...connection(), days });
      assert.equal(result, undefined, `days: ${days}`);
    }
    assert.equal(healthTabs().length, tabs, 'no new tab');
  });

  it('shows the charts in the webview: an <svg> per template, styled under its policy', async function () {
    // Only runCodeServer's browser can see into a webview (common.ts WEBVIEW_PROBE_MARKER).
    if (process.env.ODMSG_E2E_WEBVIEW_PROBE !== '1') this.skip();
    assert.ok(shown, 'the command ran first');
    const templates = shown.report.templates.length;
    const charts = await probeWebview({ title: 'odmsg texting health', selector: 'svg.chart.weeks', style: { selector: 'rect.bar.failed', property: 'fill' } });
    assert.ok(charts.found, 'the texting health page is in a frame of the workbench');
    assert.equal(charts.count, templates, 'a chart of the weeks per template');
    // SVG's default fill is black: a coloured bar means the nonce'd style sheet was applied.
    assert.ok(charts.style && !/^(?:rgb\(0, 0, 0\)|black|)$/.test(charts.style), `the failed bars' fill: ${charts.style}`);
    const reasons = await probeWebview({ title: 'odmsg texting health', selector: 'svg.chart.reasons rect.bar' });
    assert.ok(reasons.count > 0, 'the failure reasons as bars');
  });
});
