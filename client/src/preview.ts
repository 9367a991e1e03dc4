// "odmsg: Preview message": a webview beside the editor that shows what the patient gets (the
// page is present/webview/previewHtml.ts, from the server's `odmsg/preview`). It follows the
// template: each edit, and each re-check after a settings or config change, draws it again.
// One panel, showing the template it was last opened for; it runs no script.
import { EventEmitter, ViewColumn, window, workspace, type Disposable, type Event, type TextDocument, type Uri, type WebviewPanel } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PreviewRequest, type AnalysisChangedParams, type AnalysisParams, type PreviewResult } from '../../server/src/protocol/analysis';
import { previewHtml } from '../../server/src/present/webview/previewHtml';
import { webviewFrame } from './webview';

/** The webview's view type (stable: the screenshots and tests look for it). */
export const PREVIEW_VIEW = 'odmsg.preview';

/** What the preview shows, for tests and scripts: the page and the server's data behind it. */
export interface PreviewState {
  /** The template's URI as the server knows it. */
  uri: string;
  version: number;
  html: string;
  result: PreviewResult;
}

export class PreviewPanel implements Disposable {
  private panel: WebviewPanel | undefined;
  private source: string | undefined;
  private shown: PreviewState | undefined;
  /** Bumped per refresh, so an older answer arriving late never overwrites a newer one. */
  private generation = 0;
  private readonly rendered = new EventEmitter<PreviewState>();
  private readonly subscriptions: Disposable[] = [];
  /** Fires after the preview was drawn. */
  readonly onDidRender: Event<PreviewState> = this.rendered.event;

  constructor(
    private readonly client: LanguageClient,
    analysisChanged: Event<AnalysisChangedParams>,
  ) {
    this.subscriptions.push(
      this.rendered,
      workspace.onDidChangeTextDocument((event) => this.sourceChanged(this.client.code2ProtocolConverter.asUri(event.document.uri))),
      // Like the Markdown preview: an open preview shows the template being edited.
      window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && editor && isTemplate(editor.document)) void this.show(editor.document, false);
      }),
      analysisChanged((params) => this.sourceChanged(params.uri)),
    );
  }

  get state(): PreviewState | undefined {
    return this.panel ? this.shown : undefined;
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.panel?.dispose();
  }

  /** Opens (or reveals) the preview of the active template, or of `resource`, beside it; resolves once drawn. */
  async open(resource?: Uri): Promise<PreviewState | undefined> {
    const source = resource ? await workspace.openTextDocument(resource) : window.activeTextEditor?.document;
    if (!source || !isTemplate(source)) {
      if (this.panel && !resource) {
        this.panel.reveal(undefined, true);
        return this.shown;
      }
      void window.showInformationMessage('odmsg: open an .odmsg template to preview it.');
      return undefined;
    }
    return this.show(source, true);
  }

  /** Shows `source` in the preview, opening the panel beside it when closed (and with `reveal`, bringing it forward). */
  private async show(source: TextDocument, reveal: boolean): Promise<PreviewState | undefined> {
    const uri = this.client.code2ProtocolConverter.asUri(source.uri);
    if (!this.panel) {
      // No script, no local files: the page is static HTML, drawn again on each change.
      this.panel = window.createWebviewPanel(PREVIEW_VIEW, title(source), { viewColumn: ViewColumn.Beside, preserveFocus: true }, { enableScripts: false, enableFindWidget: true, localResourceRoots: [] });
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.source = undefined;
        this.shown = undefined;
      });
    } else {
      if (reveal) this.panel.reveal(undefined, true);
      if (uri === this.source && this.shown) return this.shown;
      this.panel.title = title(source);
    }
    this.source = uri;
    return this.refresh();
  }

  private sourceChanged(uri: string): void {
    if (this.panel && uri === this.source) void this.refresh();
  }

  private async refresh(): Promise<PreviewState | undefined> {
    const generation = ++this.generation;
    const uri = this.source;
    if (!uri) return undefined;
    const params: AnalysisParams = { uri };
    const result = await this.client.sendRequest(PreviewRequest, params).catch(() => null);
    if (generation !== this.generation || !this.panel) return this.shown;
    if (!result) return this.shown;
    const html = previewHtml(result.preview, result.name, webviewFrame());
    this.panel.webview.html = html;
    this.shown = { uri, version: result.version, html, result };
    this.rendered.fire(this.shown);
    return this.shown;
  }
}

/** A template the server checks (a file or an unsaved one, not a diff or git view of it). */
function isTemplate(document: TextDocument): boolean {
  return document.languageId === 'odmsg' && (document.uri.scheme === 'file' || document.uri.scheme === 'untitled');
}

function title(source: TextDocument): string {
  const name = source.uri.path.slice(source.uri.path.lastIndexOf('/') + 1) || 'message';
  return `Preview ${name}`;
}
