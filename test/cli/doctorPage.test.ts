// workspace/database/doctorPage: the doctor report as a self-contained HTML page. Every value
// of the report here is hostile (markup, quotes that would end an attribute, control and
// bidirectional characters), as a clinic name, a failure text or a link domain can be in a
// real history: the page must show each as text and load nothing.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import type { DoctorReport } from '../../server/src/protocol/doctor';
import { doctorPageHtml } from '../../server/src/workspace/database/doctorPage/page';

const HOSTILE = `<script>alert(1)</script><img src=x onerror=alert(2)>"' onmouseover="alert(3)`;
const BIDI = 'evil\u202eeman\u0007';

function rate(texts: number, failed: number, low: number, high: number) {
  return { texts, failed, rate: failed / texts, low, high };
}

function template(clinicNum: number, name: string, rule: string) {
  return { locator: `clinic ${clinicNum} ${name} › eReminder rule ${rule} › text`, kind: 'eReminder', clinicNum, language: '', ruleNumber: rule };
}

/** A report with one finding of each kind, two clinics and a hostile value in every text field. */
export function hostileReport(): DoctorReport {
  const downtown = template(1, `Downtown ${HOSTILE}`, '101');
  const uptown = template(2, 'Uptown', '202');
  return {
    window: { from: '2026-11-01T00:00:00', to: '2026-12-01T00:00:00' },
    totals: { texts: 1400, delivered: 1300, failed: 80, pending: 20, chargeUSD: 12.499999523 },
    unmatched: [{ kind: `manual ${HOSTILE}`, texts: 12 }],
    findings: [
      {
        id: 'cost',
        severity: 'info',
        message: `Costs ${HOSTILE}`,
        advice: `Shorten ${HOSTILE}`,
        count: 300,
        template: uptown,
        texts: 300,
        parts: 600,
        chargeUSD: 4.8,
        segmentsPerText: 2,
        estimatedSegments: 2,
        encoding: 'UCS-2',
        monthlySavingUSD: 2.4,
      },
      {
        id: 'filtered-template',
        severity: 'error',
        message: `Filtered ${HOSTILE}`,
        advice: `Reword ${HOSTILE}`,
        count: 400,
        template: downtown,
        templateRate: rate(400, 60, 0.118, 0.189),
        baseline: rate(1000, 10, 0.005, 0.018),
        test: `one-sided Fisher exact test ${HOSTILE}`,
        pValue: 1e-12,
        problems: [{ ruleId: 'prefer-confirm-code', message: `Use [ConfirmCode] ${HOSTILE}` }],
      },
      {
        id: 'failing-phone-number',
        severity: 'warning',
        message: `A number failed ${BIDI}`,
        advice: 'Edit Patient Information',
        count: 3,
        clinicNum: 1,
        phone: '•••-•••-1234',
        patNum: `42${HOSTILE}`,
        failureTexts: [`Invalid destination ${HOSTILE}`, 'Unreachable'],
        lastFailed: '2026-11-20T09:30:00',
      },
      { id: 'pending-texts', severity: 'warning', message: `Pending ${HOSTILE}`, advice: 'eConnector', count: 25, clinicNum: 2, from: '2026-11-10T08:00:00', to: '2026-11-10T10:45:00' },
      {
        id: 'links-in-manual-texts',
        severity: 'warning',
        message: 'Links in manual texts fail more',
        advice: 'Use the automated features’ tags',
        count: 40,
        withLinks: rate(40, 10, 0.14, 0.4),
        withoutLinks: rate(200, 4, 0.008, 0.05),
        test: 'one-sided Fisher exact test',
        pValue: 0.003,
        domains: [{ domain: `bit.ly${HOSTILE}`, texts: 30 }],
      },
    ],
    templates: [
      {
        template: uptown,
        weeks: [
          { week: '2026-11-02', texts: 100, delivered: 99, failed: 1, pending: 0 },
          { week: '2026-11-09', texts: 200, delivered: 198, failed: 0, pending: 2 },
        ],
        failureReasons: [{ text: 'Carrier rejected', texts: 1 }],
      },
      {
        template: downtown,
        weeks: [
          { week: '2026-11-02', texts: 200, delivered: 170, failed: 30, pending: 0 },
          { week: `2026-11-09${HOSTILE}`, texts: 200, delivered: 170, failed: 30, pending: 0 },
        ],
        failureReasons: [
          { text: `Spam ${HOSTILE}`, texts: 50 },
          { text: '', texts: 10 },
        ],
      },
    ],
  };
}

/** The elements and attributes the renderer writes itself: anything else came from the data. */
const TAGS = new Set('html head meta title style body h1 h2 h3 h4 h5 p ul li b code q section article span table thead tbody tr th td details summary a svg g line rect text'.split(' '));
const ATTRIBUTES = new Set('lang charset http-equiv content name class id href scope role aria-label viewBox x y x1 x2 y1 y2 width height text-anchor nonce'.split(' '));

function tags(html: string): { name: string; attributes: string[] }[] {
  // The renderer quotes every attribute value with ", and a " in a value is &#34;.
  return [...html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*\/?>/g)].map((m) => ({ name: m[1], attributes: [...m[2].matchAll(/\s+([\w:-]+)(?:="[^"]*")?/g)].map((a) => a[1]) }));
}

describe('doctor page', () => {
  test('shows every hostile value as text: no markup, attribute or control character from the data', () => {
    const html = doctorPageHtml(hostileReport());
    for (const tag of tags(html)) {
      assert.ok(TAGS.has(tag.name), `<${tag.name}> is not the renderer's`);
      for (const a of tag.attributes) assert.ok(ATTRIBUTES.has(a), `attribute ${a} on <${tag.name}> is not the renderer's`);
    }
    assert.ok(!html.includes('<script'), 'no script element');
    assert.ok(!html.includes('<img'));
    assert.ok(!tags(html).some((t) => t.attributes.some((a) => /^on/i.test(a))), 'no event handler attribute');
    // Each hostile value is on the page, escaped.
    const escaped = '&#60;script&#62;alert(1)&#60;/script&#62;&#60;img src=x onerror=alert(2)&#62;&#34;&#39; onmouseover=&#34;alert(3)';
    for (const where of ['Downtown ', 'Filtered ', 'Reword ', 'Use [ConfirmCode] ', 'Invalid destination ', 'bit.ly', 'Spam ', 'manual ', 'PatNum <code>42']) {
      assert.ok(html.includes(`${where}${escaped}`), `${where}… is shown escaped`);
    }
    assert.ok(!/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202e]/.test(html), 'no control or bidirectional character reaches the page');
    assert.ok(html.includes('evil\ufffdeman\ufffd'));
  });

  test('loads nothing: no URL to fetch, a policy that allows no source', () => {
    const html = doctorPageHtml(hostileReport());
    assert.doesNotMatch(html, /\b(?:https?:|\/\/[a-z0-9])/i, 'no http(s) or protocol-relative URL');
    assert.doesNotMatch(html, /@import|url\(/i, 'no import or url() in the style');
    const loading = tags(html).flatMap((t) => t.attributes.filter((a) => /^(?:src|srcset|href|xlink:href|action|data|poster)$/.test(a)).map((a) => `${t.name} ${a}`));
    assert.deepEqual([...new Set(loading)], ['a href'], 'no attribute that loads: only links within the page');
    for (const m of html.matchAll(/href="([^"]*)"/g)) assert.match(m[1], /^#template-\d+$/, 'links only to the page itself');
    const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
    // The one style sheet by its hash: no 'unsafe-inline', no script source at all.
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    assert.equal(policy, `default-src &#39;none&#39;; style-src &#39;sha256-${createHash('sha256').update(style).digest('base64')}&#39;`);
  });

  test('a webview frame: its policy and the nonce on the one style sheet', () => {
    const html = doctorPageHtml(hostileReport(), { contentSecurityPolicy: "default-src 'none'; style-src 'nonce-abc+/='", nonce: 'abc+/=' });
    assert.match(html, /content="default-src &#39;none&#39;; style-src &#39;nonce-abc\+\/=&#39;"/);
    assert.equal((html.match(/<style nonce="abc\+\/=">/g) ?? []).length, 1);
    assert.equal((html.match(/<style/g) ?? []).length, 1);
    assert.doesNotMatch(html, /\sstyle=/, 'no style attribute: the policy would block it');
  });

  test('a chart of the weeks and one of the failure reasons per template, with a bar per week and series', () => {
    const report = hostileReport();
    const html = doctorPageHtml(report);
    const weekCharts = [...html.matchAll(/<svg class="chart weeks"[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    assert.equal(weekCharts.length, report.templates.length);
    for (const chart of weekCharts) {
      assert.equal((chart.match(/<rect class="bar delivered"/g) ?? []).length, 2);
      assert.equal((chart.match(/<rect class="bar failed"/g) ?? []).length, 2);
    }
    // Downtown's first week: 85% delivered, 15% failed, on a 140-unit plot from y=12.
    assert.match(
      weekCharts.join(''),
      /<g><title>Week of 2026-11-02: 200 texts, 85% delivered \(170\), 15% failed \(30\), 0 pending<\/title><rect class="bar delivered" [^>]*\/><rect class="bar failed" x="[\d.]+" y="131" width="[\d.]+" height="21"\/>/,
    );
    assert.equal((html.match(/<svg class="chart reasons"/g) ?? []).length, report.templates.length);
    assert.ok(html.includes('(no failure text)'));
  });

  test('the header has the window and the totals; clinics are grouped worst first, findings too', () => {
    const html = doctorPageHtml(hostileReport());
    assert.ok(html.includes('Texts sent 2026-11-01 00:00 to 2026-12-01 00:00 (30 days)'));
    assert.ok(html.includes('<b>1,400</b> texts'));
    assert.ok(html.includes('<b>5.7%</b> failed (80)'));
    assert.ok(html.includes('<b>$12.50</b> charged'), 'a float column’s sum, to a hundredth of a cent');
    const clinics = [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]);
    // Downtown has the error; Uptown two lesser findings (more texts than the office's one).
    assert.deepEqual(
      clinics.map((c) => c.slice(0, 15)),
      ['Clinic 1 Downto', 'Clinic 2 Uptown', 'Whole office'],
    );
    const downtown = html.slice(html.indexOf('<h2>Clinic 1'), html.indexOf('<h2>Clinic 2'));
    assert.ok(downtown.indexOf('filtered-template') < downtown.indexOf('failing-phone-number'), 'the error before the warning');
    const uptown = html.slice(html.indexOf('<h2>Clinic 2'), html.indexOf('<h2>Whole office'));
    assert.ok(uptown.indexOf('pending-texts') < uptown.indexOf('<code>cost</code>'), 'the warning before the info');
  });

  test('rates with their confidence intervals, the test, the template and its problems', () => {
    const html = doctorPageHtml(hostileReport());
    assert.ok(html.includes('15% of 400 texts failed (95% CI 12%–19%)'));
    assert.ok(html.includes('1.0% of 1,000 texts failed (95% CI 0.5%–1.8%)'));
    assert.ok(html.includes('one-sided Fisher exact test; here p = 0.0030'), 'the test, then its p-value');
    assert.ok(html.includes('; here p &#60; 0.0001'));
    assert.ok(html.includes('<code>prefer-confirm-code</code>'));
    assert.ok(html.includes('rule 101'));
    assert.match(html, /<a href="#template-1">chart<\/a>/, 'a filtered template links to its chart');
    assert.ok(html.includes('$2.40</td>') || html.includes('$2.40 a month'));
  });

  test('phone numbers as the report holds them, and the page says which', () => {
    const masked = doctorPageHtml(hostileReport());
    assert.ok(masked.includes('<code class="phone">•••-•••-1234</code>'));
    assert.ok(masked.includes('<th scope="row">Failed texts</th><td>3</td>'), 'what the count counts');
    assert.ok(masked.includes('masked to their last four digits'));
    const report = hostileReport();
    const phone = report.findings.find((f) => f.id === 'failing-phone-number');
    assert.ok(phone && phone.id === 'failing-phone-number');
    phone.phone = '+1 503 555 1234';
    const shown = doctorPageHtml(report);
    assert.ok(shown.includes('+1 503 555 1234'));
    assert.ok(shown.includes('shown in full'));
  });

  test('an empty window is a page that says so', () => {
    const html = doctorPageHtml({
      window: { from: '2026-11-01T00:00:00', to: '2026-12-01T00:00:00' },
      totals: { texts: 0, delivered: 0, failed: 0, pending: 0, chargeUSD: 0 },
      unmatched: [],
      findings: [],
      templates: [],
    });
    assert.ok(html.includes('No texts in the window.'));
    assert.ok(html.includes('<b>–</b> failed'));
  });
});
