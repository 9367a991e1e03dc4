// The status bar item for the active .odmsg text: "≈ 187 chars · 2 segments · GSM-7", with the
// breakdown in its tooltip. The server's `odmsg/analysis` sends both already written
// (server/src/present/statusBarText.ts, with the money and counts formatted as on every other
// surface); this file only shows them. It asks again when the active editor changes and when the server says a
// check of the active document was published; hidden for emails and other editors.
import { EventEmitter, MarkdownString, StatusBarAlignment, window, type Disposable, type Event, type TextDocument } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AnalysisRequest, type AnalysisChangedParams, type AnalysisParams, type AnalysisResult } from '../../server/src/protocol/analysis';

type Analysis = NonNullable<AnalysisResult>;

export class AnalysisStatusBar implements Disposable {
  private readonly item = window.createStatusBarItem('odmsg.analysis', StatusBarAlignment.Right, 100);
  private readonly rendered = new EventEmitter<void>();
  private readonly subscriptions: Disposable[] = [];
  /** Bumped per refresh, so an older answer arriving late never overwrites a newer one. */
  private generation = 0;
  private shown: { text: string; tooltip: string } | undefined;

  /** Fires after the item was shown, updated or hidden. */
  readonly onDidRender: Event<void> = this.rendered.event;

  constructor(
    private readonly client: LanguageClient,
    analysisChanged: Event<AnalysisChangedParams>,
  ) {
    this.item.name = 'odmsg: text message length';
    this.item.command = { command: 'odmsg.preview', title: 'odmsg: Preview message' };
    this.subscriptions.push(
      this.item,
      this.rendered,
      window.onDidChangeActiveTextEditor(() => void this.refresh()),
      analysisChanged((params) => {
        const document = this.activeTemplate();
        if (document && this.protocolUri(document) === params.uri) void this.refresh();
      }),
    );
    void this.refresh();
  }

  /** What the item shows, undefined while hidden. */
  get text(): string | undefined {
    return this.shown?.text;
  }

  get tooltip(): string | undefined {
    return this.shown?.tooltip;
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
  }

  private activeTemplate(): TextDocument | undefined {
    const document = window.activeTextEditor?.document;
    const synced = document?.uri.scheme === 'file' || document?.uri.scheme === 'untitled';
    return document && synced && document.languageId === 'odmsg' ? document : undefined;
  }

  private protocolUri(document: TextDocument): string {
    return this.client.code2ProtocolConverter.asUri(document.uri);
  }

  private async refresh(): Promise<void> {
    const generation = ++this.generation;
    const document = this.activeTemplate();
    let analysis: AnalysisResult = null;
    if (document) {
      const params: AnalysisParams = { uri: this.protocolUri(document) };
      // A server that is starting, stopping or failing shows nothing rather than an error.
      analysis = await this.client.sendRequest(AnalysisRequest, params).catch(() => null);
    }
    if (generation !== this.generation) return;
    if (analysis) this.show(analysis);
    else this.hide();
  }

  private show(a: Analysis): void {
    const { text, tooltip } = a.statusBar;
    this.item.text = text;
    this.item.tooltip = new MarkdownString(tooltip);
    this.item.show();
    this.shown = { text, tooltip };
    this.rendered.fire();
  }

  private hide(): void {
    this.item.hide();
    const was = this.shown;
    this.shown = undefined;
    if (was) this.rendered.fire();
  }
}
