// The webview pages (present/webview): the preview and the paste sheet share one page frame and
// one message bubble. Template text is always escaped, marks sit between characters without
// adding any, an email's HTML is drawn in a sandbox, and the headline is the engine's estimate.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { resolveConfig, type OdmsgConfig } from '../../server/src/engine/config';
import { parseTemplate } from '../../server/src/engine/parse';
import { formatMoney, plural } from '../../server/src/engine/numbers';
import { previewMessage, type SmsMessagePreview } from '../../server/src/engine/sms/preview';
import { bubbleHtml, textBubbleHtml } from '../../server/src/present/webview/bubble';
import { escapeHtml, THEME_STYLE, webviewPolicy } from '../../server/src/present/webview/html';
import { previewHtml, smsHeadline } from '../../server/src/present/webview/previewHtml';
import { pasteSheetHtml } from '../../server/src/workspace/database/pasteSheet';
import type { PushResult } from '../../server/src/workspace/database/push';

const FRAME = { contentSecurityPolicy: webviewPolicy('N0nce', false), nonce: 'N0nce' };

function page(text: string, config: OdmsgConfig[] = [], name = 'reminder.odmsg'): { html: string; preview: ReturnType<typeof previewMessage> } {
  const preview = previewMessage(parseTemplate(text), resolveConfig(config), 2, 'eReminder');
  return { html: previewHtml(preview, name, FRAME), preview };
}

/** The HTML between <body> and </body>. */
function body(html: string): string {
  return html.slice(html.indexOf('<body>'), html.indexOf('</body>'));
}

describe('the message bubble', () => {
  test('a segment mark is an empty element between two letters: the word is whole and the text unchanged', () => {
    const html = bubbleHtml([
      { kind: 'text', text: 'at Bri' },
      { kind: 'cut', segment: 2 },
      { kind: 'text', text: 'ght Smiles' },
    ]);
    assert.equal(html, '<div class="bubble">at Bri<span class="cut" data-segment="2" title="Carrier segment 2 starts here"></span>ght Smiles</div>');
    // Nothing the browser could wrap at: no space, zero-width space or soft hyphen beside the mark.
    assert.doesNotMatch(html, /[\s\u200b\u00ad]<span class="cut"|<\/span>[\s\u200b\u00ad]g/);
  });

  test('template text, tag values and notes are escaped', () => {
    const html = bubbleHtml(
      [
        { kind: 'text', text: '<script>alert("x")</script> & \'q\'' },
        { kind: 'value', tag: 'A"B', text: '<b>' },
        { kind: 'char', text: '<', name: '"<" <b>', replacement: '&' },
      ],
      { id: 't"0', charNote: () => '"><img src=x>' },
    );
    assert.doesNotMatch(html, /<script|<b>|<img|"><|id="t"0"/);
    assert.ok(html.includes('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;q&#39;'), html);
    assert.ok(html.includes('id="t&#34;0"'));
    assert.equal(escapeHtml('a\u0000b\u001bc\nd'), 'a\ufffdb\ufffdc\nd', 'control characters are not drawn; line breaks stay');
  });

  test('a plain text bubble (the paste sheet) holds exactly the text', () => {
    assert.equal(textBubbleHtml('Hi [NameF],\r\nsee you', 't1'), '<div class="bubble" id="t1">Hi [NameF],\nsee you</div>');
  });
});

describe('the preview page', () => {
  const CURLY = `---\nkind: eReminder\n---\n[NameF], we\u2019ll see you [ApptDate] at [ApptTime] at [OfficeName]. Call [OfficePhone] with questions. ${'a'.repeat(40)}\n`;

  test('one headline: billed segments and the price a message and per 1,000, from the estimate', () => {
    const { html, preview } = page(CURLY);
    const a = (preview as SmsMessagePreview).analysis;
    const headline = `${plural(a.billedSegments, 'segment')} billed · ${formatMoney(a.costPerMessage)} a message · ${formatMoney(a.costPer1000)} per 1,000`;
    assert.equal(smsHeadline(preview as SmsMessagePreview).text, headline);
    assert.ok(html.includes(`<strong>${escapeHtml(headline)}</strong>`), html);
    assert.equal((html.match(/class="headline/g) ?? []).length, 1, 'one headline');
    assert.match(html, /class="headline warning"/, 'UCS-2 is a warning');
    // The arithmetic and the assumed lengths are one click away.
    assert.match(html, /<details><summary>How this is counted<\/summary>[\s\S]*\[OfficeName\] assumed[\s\S]*Carriers send \d+ segments[\s\S]*<\/details>/);
  });

  test('the character outside GSM-7 is highlighted with what it costs', () => {
    const { html, preview } = page(CURLY);
    const a = (preview as SmsMessagePreview).analysis;
    assert.ok(a.ifGsm7);
    const cost = `${plural(a.billedSegments, 'segment')} (${formatMoney(a.costPerMessage)}) instead of ${a.ifGsm7.billedSegments} (${formatMoney(a.ifGsm7.costPerMessage)})`;
    assert.ok(html.includes(`<mark title="&#34;\u2019&#34; (curly apostrophe) is not in GSM-7: the whole text goes as UCS-2, ${cost}. Replace it with &#34;&#39;&#34;.">\u2019</mark>`), html);
  });

  test('a clean short text: no warning, no marks', () => {
    const { html } = page('---\nkind: eReminder\n---\nHi [NameF], see you soon.\n');
    assert.match(html, /<strong>1 segment billed · \$0\.04 a message · \$40\.00 per 1,000<\/strong>/);
    assert.doesNotMatch(html, /class="headline warning"|class="cut"/);
  });

  test('over maxSegments: a warning, the marks drawn', () => {
    const { html } = page(`---\nkind: eReminder\n---\n${'a'.repeat(400)}\n`);
    assert.match(html, /class="headline warning"><strong>3 segments billed/);
    assert.match(html, /More than 2 segments \(maxSegments\)/);
    assert.equal((html.match(/class="cut"/g) ?? []).length, 2);
  });

  test('the strict frame: a policy that loads nothing and runs no script, the nonce on the style only', () => {
    const { html } = page('Hi <script>alert(1)</script>', [], '<img src=x>.odmsg');
    assert.ok(html.includes(`content="default-src &#39;none&#39;; img-src data:; style-src &#39;nonce-N0nce&#39;; script-src &#39;none&#39;"`), html.slice(0, 300));
    assert.ok(html.includes('<style nonce="N0nce">'));
    assert.doesNotMatch(html, /<script|<img/);
    assert.ok(html.includes(THEME_STYLE), 'the shared theme styles');
  });

  test('an email: its subject and body; HTML only inside a sandbox without scripts', () => {
    const plain = page('---\nkind: eReminder\nchannel: email\nsubject: Your <visit>\n---\nDear [NameF], 1 < 2.\n').html;
    assert.ok(body(plain).includes('<div class="subject">Your &#60;visit&#62;</div><div class="text">Dear Maria, 1 &#60; 2.</div>'), plain);
    assert.doesNotMatch(body(plain), /<iframe|class="cut"|billed/);

    const html = page('---\nkind: eReminder\nchannel: email\n---\n<p onclick="x()">Dear [NameF]</p><script>alert(1)</script><img src="https://tracker.example/x.png">\n').html;
    const frames = body(html).match(/<iframe[^>]*>/g) ?? [];
    assert.equal(frames.length, 1);
    assert.match(frames[0], /^<iframe sandbox="" title="Email body" srcdoc="[^"<>]*">$/, 'sandbox with no allow-scripts; the HTML only as an escaped attribute');
    assert.ok(frames[0].includes('&#60;p onclick=&#34;x()&#34;&#62;Dear Maria&#60;/p&#62;&#60;script&#62;'));
    assert.doesNotMatch(body(html).replace(/srcdoc="[^"]*"/, ''), /<script|<img|<p onclick/);
    assert.match(html, /default-src &#39;none&#39;/, 'the policy (inherited by the srcdoc frame) loads nothing from the network');
  });
});

describe('the paste sheet uses the same frame and bubble', () => {
  test('a text in a message bubble with its copy id; an email body as it was; the shared theme', () => {
    const entry = (channel: string) => ({ locator: 'Reminder', pasteAt: 'eReminder text', channel }) as unknown as PushResult['items'][number]['entry'];
    const result = {
      items: [
        { file: 'a.odmsg', entry: entry('sms'), status: 'change', body: 'Hi <b>[NameF]</b>', pulledBody: 'Hi' },
        { file: 'b.odmsg', entry: entry('email'), status: 'change', body: 'Dear [NameF]', pulledBody: 'Dear', subject: 'S' },
      ],
      notes: [],
    } as unknown as PushResult;
    const html = pasteSheetHtml(result, { contentSecurityPolicy: webviewPolicy('N', true), nonce: 'N', script: 'void 0;' });
    assert.ok(html.includes('<div class="bubble" id="t0">Hi &#60;b&#62;[NameF]&#60;/b&#62;</div><button data-copy="t0">'), html);
    assert.ok(html.includes('<pre id="t1">Dear [NameF]</pre>'));
    assert.ok(html.includes(THEME_STYLE));
    assert.ok(html.includes('<script nonce="N">\nvoid 0;\n</script>'));
    assert.ok(html.includes('script-src &#39;nonce-N&#39;'));
  });
});
