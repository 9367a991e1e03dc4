// The doctor page's style sheet, after the shared one of every odmsg page (present/webview/
// html.ts THEME_STYLE: the theme's font, colours and tables). In a VS Code webview the
// --vscode-* variables follow the theme (light, dark, high contrast); the standalone page falls
// back to its own colours, with a dark set for prefers-color-scheme and system colours under
// forced colours (Windows' high contrast). No style attribute anywhere: a webview's policy
// allows only the nonce'd sheet.
export const DOCTOR_STYLE = `
:root{--fg:#1f2328;--bg:#fff;--muted:#59636e;--line:#d1d9e0;--code:#f6f8fa;--ok:#1a7f37;--bad:#cf222e;--warn:#9a6700;--info:#0969da}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--bg:#0d1117;--muted:#9198a1;--line:#3d444d;--code:#151b23;--ok:#3fb950;--bad:#f85149;--warn:#d29922;--info:#4493f8}}
body{max-width:64rem;color:var(--vscode-foreground,var(--fg));background:var(--vscode-editor-background,var(--bg))}
h1{font-size:1.5rem;margin-bottom:.25rem}h2{border-bottom:1px solid var(--vscode-panel-border,var(--line));padding-bottom:.25rem;margin-top:2rem}
code,q{font-family:var(--vscode-editor-font-family,ui-monospace,monospace);background:var(--vscode-textCodeBlock-background,var(--code));padding:0 .2em;border-radius:3px}
.muted,.legend,.window{color:var(--vscode-descriptionForeground,var(--muted))}
.totals{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;padding:0;list-style:none}.totals b{font-size:1.2rem}
.finding,.template{border:1px solid var(--vscode-panel-border,var(--line));border-left-width:4px;border-radius:4px;padding:.25rem .75rem;margin:.75rem 0}
.finding.error{border-left-color:var(--vscode-errorForeground,var(--bad))}.finding.warning{border-left-color:var(--vscode-editorWarning-foreground,var(--warn))}.finding.info{border-left-color:var(--vscode-editorInfo-foreground,var(--info))}
.badge{text-transform:uppercase;font-size:.75rem;letter-spacing:.04em}
table{margin:.25rem 0}
.facts th{font-weight:600;white-space:nowrap}.facts ul{margin:0;padding-left:1.1rem}
.advice{margin:.5rem 0}a{color:var(--vscode-textLink-foreground,var(--info))}
svg.chart{width:100%;max-width:40rem;height:auto;display:block}
svg text{font-size:11px;fill:var(--vscode-charts-foreground,var(--vscode-foreground,var(--fg)))}
svg .grid{stroke:var(--vscode-charts-lines,var(--line));stroke-width:1}
.bar.delivered,.key.delivered{fill:var(--vscode-charts-green,var(--ok));background:var(--vscode-charts-green,var(--ok))}
.bar.failed,.key.failed{fill:var(--vscode-charts-red,var(--bad));background:var(--vscode-charts-red,var(--bad))}
.key{display:inline-block;width:.8em;height:.8em;margin:0 .3em 0 .6em;vertical-align:-.05em}
body.vscode-high-contrast .bar,body.vscode-high-contrast-light .bar{stroke:var(--vscode-contrastBorder,currentColor);stroke-width:1}
@media (forced-colors:active){.bar.delivered,.key.delivered{fill:Highlight;background:Highlight}.bar.failed,.key.failed{fill:CanvasText;background:CanvasText}svg text{fill:CanvasText}svg .grid{stroke:GrayText}.key{forced-color-adjust:none}}
`;
