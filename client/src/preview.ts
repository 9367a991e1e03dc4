// "odmsg: Preview message": a read-only side document (scheme odmsg-preview) with the template
// rendered by the server (`odmsg/preview`: sample values, segment markers, the analysis on top).
// It follows edits: a change to the source, or a re-check after a settings or config change,
// makes VS Code ask for the content again.
import * as path from 'node:path';
import { EventEmitter, Uri, ViewColumn, window, workspace, type Disposable, type Event, type TextDocument, type TextDocumentContentProvider } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PreviewRequest, type AnalysisChangedParams, type AnalysisParams } from '../../server/src/protocol/analysis';

export const PREVIEW_SCHEME = 'odmsg-preview';

export class PreviewProvider implements TextDocumentContentProvider, Disposable {
  private readonly changed = new EventEmitter<Uri>();
  private readonly subscriptions: Disposable[] = [];
  readonly onDidChange: Event<Uri> = this.changed.event;

  constructor(
    private readonly client: LanguageClient,
    analysisChanged: Event<AnalysisChangedParams>,
  ) {
    this.subscriptions.push(
      this.changed,
      workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, this),
      workspace.onDidChangeTextDocument((event) => this.sourceChanged(this.client.code2ProtocolConverter.asUri(event.document.uri))),
      analysisChanged((params) => this.sourceChanged(params.uri)),
    );
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
  }

  /** The preview of a template: its protocol URI travels in the query. */
  uriFor(source: TextDocument): Uri {
    const name = path.posix.basename(source.uri.path) || 'message';
    return Uri.from({ scheme: PREVIEW_SCHEME, path: `/${name} (preview)`, query: this.client.code2ProtocolConverter.asUri(source.uri) });
  }

  async provideTextDocumentContent(uri: Uri): Promise<string> {
    const params: AnalysisParams = { uri: uri.query };
    const result = await this.client.sendRequest(PreviewRequest, params).catch(() => null);
    return result?.text ?? `odmsg preview: ${uri.query} is not open in an editor, or the odmsg server is not running.\n`;
  }

  /** Opens (or reveals) the preview of the active template, or of `resource`, beside it. */
  async open(resource?: Uri): Promise<void> {
    const active = window.activeTextEditor?.document;
    if (!resource && active?.uri.scheme === PREVIEW_SCHEME) return;
    const source = resource ? await workspace.openTextDocument(resource) : active;
    if (!source || source.languageId !== 'odmsg') {
      void window.showInformationMessage('odmsg: open an .odmsg template to preview it.');
      return;
    }
    const preview = await workspace.openTextDocument(this.uriFor(source));
    await window.showTextDocument(preview, { viewColumn: ViewColumn.Beside, preserveFocus: true, preview: true });
  }

  private sourceChanged(sourceUri: string): void {
    for (const document of workspace.textDocuments) {
      if (document.uri.scheme === PREVIEW_SCHEME && document.uri.query === sourceUri) this.changed.fire(document.uri);
    }
  }
}
