// The paste sheet as one self-contained HTML page: per template, where to paste it, the new
// text with a copy button, and a line diff against what was pulled (or, for a conflict,
// against the database's value now). No network: inline style and script, no links out.
// The same page is VS Code's paste sheet webview, in a frame of its own (a nonce instead of
// 'unsafe-inline', and copy buttons that ask the extension, which owns the clipboard there).
// The page shell, the theme colours and the message bubble a text is shown in are the
// preview's (present/webview), with the standalone page's colours as fallbacks.
import { diffLines } from 'diff';
import { textBubbleHtml } from '../../present/webview/bubble';
import { escapeHtml as escape, pageHtml, type PageFrame } from '../../present/webview/html';
import type { PushResult } from './push';

/** What differs between the standalone page and a webview: its policy and its one script. */
export type SheetFrame = PageFrame;

const STANDALONE: SheetFrame = {
  contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'",
  script: `document.addEventListener('click', function (e) {
  var id = e.target && e.target.getAttribute && e.target.getAttribute('data-copy');
  if (!id) return;
  var text = document.getElementById(id).textContent;
  navigator.clipboard.writeText(text).then(function () { e.target.textContent = 'Copied'; });
});`,
};

/** The text each copy button copies, by the id its data-copy names (t0, s0, t1, …). */
export function pasteSheetTexts(result: PushResult): Map<string, string> {
  const texts = new Map<string, string>();
  result.items.forEach((item, i) => {
    texts.set(`t${i}`, item.body);
    if (item.subject !== undefined) texts.set(`s${i}`, item.subject);
  });
  return texts;
}

function diffHtml(before: string, after: string): string {
  return diffLines(before.replace(/\r\n/g, '\n'), after.replace(/\r\n/g, '\n'))
    .map((part) => `<span class="${part.added ? 'add' : part.removed ? 'del' : 'same'}">${escape(part.value)}</span>`)
    .join('');
}

export function pasteSheetHtml(result: PushResult, frame: SheetFrame = STANDALONE): string {
  const sections = result.items.map((item, i) => {
    const base = item.status === 'conflict' ? item.databaseBody : item.pulledBody;
    const subject = item.subject !== undefined ? `<p>Subject: <code id="s${i}">${escape(item.subject)}</code> <button data-copy="s${i}">Copy subject</button></p>` : '';
    return `<section class="${item.status}">
<h2>${item.status === 'conflict' ? 'Conflict: ' : ''}${escape(item.entry.locator)}</h2>
<p class="where">Paste in Open Dental: <b>${escape(item.entry.pasteAt)}</b></p>
${item.why ? `<p class="why">${escape(item.why)}</p>` : ''}${subject}
${item.entry.channel === 'sms' ? textBubbleHtml(item.body, `t${i}`) : `<pre id="t${i}">${escape(item.body)}</pre>`}<button data-copy="t${i}">Copy text</button>
${base !== undefined ? `<details open><summary>${item.status === 'conflict' ? 'Database now → your text' : 'Pulled → your text'}</summary><pre class="diff">${diffHtml(base, item.body)}</pre></details>` : '<p>The template is no longer in the database.</p>'}
</section>`;
  });
  const notes = result.notes.map((n) => `<li>${escape(n)}</li>`).join('');
  return pageHtml({
    title: 'odmsg paste sheet',
    frame,
    style: SHEET_STYLE,
    body: `<h1>odmsg paste sheet</h1>
<p>odmsg never writes to Open Dental's database. Paste each text in the box named, save, then run <code>odmsg pull</code>: it shows no change left.</p>
${sections.join('\n') || '<p>Nothing to paste.</p>'}
${notes ? `<h2>Notes</h2><ul>${notes}</ul>` : ''}`,
  });
}

/** The sheet's own styles, after the shared theme (present/webview/html.ts). */
const SHEET_STYLE = `
body{max-width:60rem}
section{border:1px solid var(--vscode-panel-border,#ccc);border-radius:6px;padding:0 1rem 1rem;margin:1rem 0}
section.conflict{border-color:var(--vscode-errorForeground,#c00)}
pre{white-space:pre-wrap;background:var(--vscode-textCodeBlock-background,#f6f6f6);padding:.5rem;border-radius:4px}
.add{background:var(--vscode-diffEditor-insertedTextBackground,#dfd)}.del{background:var(--vscode-diffEditor-removedTextBackground,#fdd);text-decoration:line-through}
`;
