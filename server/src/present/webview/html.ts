// The page around every odmsg webview (the preview, the paste sheet) and the standalone paste
// sheet: a strict Content-Security-Policy, a nonce on the page's own style and script, and
// colours from VS Code's theme variables (light, dark and high contrast), with fallbacks for a
// page opened in a browser. Pure: the client bundles this folder, so it imports nothing at run
// time but engine/numbers.ts (the layer check holds it to that).

/** What differs between pages: the policy, the nonce it allows, and the page's one script. */
export interface PageFrame {
  contentSecurityPolicy: string;
  /** Put on the page's style and script elements, for a policy that allows only that nonce. */
  nonce?: string;
  /** The page's script; none for a page without scripts. */
  script?: string;
}

/**
 * A webview's policy: nothing from the network or any file, styles and (with `scripts`) the
 * script only with the nonce, images only inline (data:).
 */
export function webviewPolicy(nonce: string, scripts: boolean): string {
  return `default-src 'none'; img-src data:; style-src 'nonce-${nonce}'; script-src ${scripts ? `'nonce-${nonce}'` : "'none'"}`;
}

/** Text as HTML text or attribute value; control characters (never displayed) as U+FFFD. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd');
}

/** The shared look: the theme's colours and font, and the message bubble. */
export const THEME_STYLE = `
body{font-family:var(--vscode-font-family,system-ui,sans-serif);font-size:var(--vscode-font-size,14px);line-height:1.45;color:var(--vscode-foreground,#1f1f1f);background:var(--vscode-editor-background,#fff);max-width:46rem;margin:1rem auto;padding:0 1rem}
h1{font-size:1.3em;margin:.4em 0 .1em}
code,pre{font-family:var(--vscode-editor-font-family,ui-monospace,monospace)}
details{margin:1rem 0}summary{cursor:pointer;color:var(--vscode-textLink-foreground,#0066bf)}
table{border-collapse:collapse}td,th{padding:.15em .8em .15em 0;text-align:left;vertical-align:top}td.n{text-align:right}
.muted{color:var(--vscode-descriptionForeground,#616161)}
.bubble{line-height:1.7;white-space:pre-wrap;overflow-wrap:anywhere;max-width:24rem;margin:.8rem 0;padding:.55rem .8rem;border-radius:1.1rem 1.1rem 1.1rem .3rem;background:var(--vscode-editorWidget-background,#e9e9eb);color:var(--vscode-editorWidget-foreground,var(--vscode-foreground,#1f1f1f));border:1px solid var(--vscode-editorWidget-border,transparent)}
.bubble .value{text-decoration:underline dotted;text-underline-offset:.2em}
mark{color:inherit;background:var(--vscode-inputValidation-warningBackground,#fff3c4);outline:1px solid var(--vscode-inputValidation-warningBorder,#b89500);border-radius:2px}
.bubble .cut{position:relative}
.bubble .cut::before{content:'';position:absolute;top:-.1em;bottom:-.1em;left:-1px;border-left:2px solid var(--vscode-editorWarning-foreground,#bf8803)}
.bubble .cut::after{content:attr(data-segment);position:absolute;left:2px;top:-.9em;font-size:.7em;line-height:1;color:var(--vscode-editorWarning-foreground,#bf8803)}
body.vscode-high-contrast .bubble,body.vscode-high-contrast-light .bubble{border-color:var(--vscode-contrastBorder,currentColor)}
body.vscode-high-contrast mark,body.vscode-high-contrast-light mark{outline:2px solid var(--vscode-contrastActiveBorder,currentColor)}
`;

export interface Page {
  title: string;
  frame: PageFrame;
  /** Page styles after the shared ones. */
  style?: string;
  /** The body's HTML, already escaped where it holds text. */
  body: string;
}

export function pageHtml(page: Page): string {
  const nonce = page.frame.nonce ? ` nonce="${escapeHtml(page.frame.nonce)}"` : '';
  const script = page.frame.script ? `\n<script${nonce}>\n${page.frame.script}\n</script>` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(page.frame.contentSecurityPolicy)}">
<title>${escapeHtml(page.title)}</title>
<style${nonce}>${THEME_STYLE}${page.style ?? ''}</style></head><body>
${page.body}${script}
</body></html>
`;
}
