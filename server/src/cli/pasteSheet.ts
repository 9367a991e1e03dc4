// The paste sheet as one self-contained HTML page: per template, where to paste it, the new
// text with a copy button, and a line diff against what was pulled (or, for a conflict,
// against the database's value now). No network: inline style and script, no links out.
import { diffLines } from 'diff';
import type { PushResult } from './push';

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd');
}

function diffHtml(before: string, after: string): string {
  return diffLines(before.replace(/\r\n/g, '\n'), after.replace(/\r\n/g, '\n'))
    .map((part) => `<span class="${part.added ? 'add' : part.removed ? 'del' : 'same'}">${escape(part.value)}</span>`)
    .join('');
}

export function pasteSheetHtml(result: PushResult): string {
  const sections = result.items.map((item, i) => {
    const base = item.status === 'conflict' ? item.databaseBody : item.pulledBody;
    const subject = item.subject !== undefined ? `<p>Subject: <code id="s${i}">${escape(item.subject)}</code> <button data-copy="s${i}">Copy subject</button></p>` : '';
    return `<section class="${item.status}">
<h2>${item.status === 'conflict' ? 'Conflict: ' : ''}${escape(item.entry.locator)}</h2>
<p class="where">Paste in Open Dental: <b>${escape(item.entry.pasteAt)}</b></p>
${item.why ? `<p class="why">${escape(item.why)}</p>` : ''}${subject}
<pre id="t${i}">${escape(item.body)}</pre><button data-copy="t${i}">Copy text</button>
${base !== undefined ? `<details open><summary>${item.status === 'conflict' ? 'Database now → your text' : 'Pulled → your text'}</summary><pre class="diff">${diffHtml(base, item.body)}</pre></details>` : '<p>The template is no longer in the database.</p>'}
</section>`;
  });
  const notes = result.notes.map((n) => `<li>${escape(n)}</li>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>odmsg paste sheet</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
section{border:1px solid #ccc;border-radius:6px;padding:0 1rem 1rem;margin:1rem 0}
section.conflict{border-color:#c00}
pre{white-space:pre-wrap;background:#f6f6f6;padding:.5rem;border-radius:4px}
.add{background:#dfd}.del{background:#fdd;text-decoration:line-through}
</style></head><body>
<h1>odmsg paste sheet</h1>
<p>odmsg never writes to Open Dental's database. Paste each text in the box named, save, then run <code>odmsg pull</code>: it shows no change left.</p>
${sections.join('\n') || '<p>Nothing to paste.</p>'}
${notes ? `<h2>Notes</h2><ul>${notes}</ul>` : ''}
<script>
document.addEventListener('click', function (e) {
  var id = e.target && e.target.getAttribute && e.target.getAttribute('data-copy');
  if (!id) return;
  var text = document.getElementById(id).textContent;
  navigator.clipboard.writeText(text).then(function () { e.target.textContent = 'Copied'; });
});
</script>
</body></html>
`;
}
