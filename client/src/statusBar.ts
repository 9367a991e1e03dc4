// The status bar item for the active .odmsg text: "$(comment) 2 segments · GSM-7", on the warning
// background when the server says so (UCS-2, or more than `maxSegments`), with the breakdown in
// its tooltip; a click opens the preview. The server's `odmsg/analysis` sends both already written
// (server/src/present/statusBarText.ts, with the money and counts formatted as on every other
// surface); this file only shows them. It asks again when the active editor changes and when the server says a
// check of the active document was published; hidden for emails and other editors.
import { EventEmitter, MarkdownString, StatusBarAlignment, ThemeColor, window, type Command, type Disposable, type Event, type TextDocument } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AnalysisRequest, type AnalysisChangedParams, type AnalysisParams, type AnalysisResult } from '../../server/src/protocol/analysis';

type Analysis = NonNullable<AnalysisResult>;

/** One of the two backgrounds VS Code allows a status bar item besides none. */
const WARNING_BACKGROUND = 'statusBarItem.warningBackground';

export class AnalysisStatusBar implements Disposable {
  private readonly item = window.createStatusBarItem('odmsg.analysis', StatusBarAlignment.Right, 100);
  private readonly rendered = new EventEmitter<void>();
  private readonly subscriptions: Disposable[] = [];
  /** Bumped per refresh, so an older answer arriving late never overwrites a newer one. */
  private generation = 0;
  private shown: { text: string; tooltip: string; background: string | undefined } | undefined;

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

  /** What a click runs, undefined while hidden. */
  get command(): Command | undefined {
    return this.shown ? (this.item.command as Command) : undefined;
  }

  /** The theme colour id of its background ('statusBarItem.warningBackground'), undefined for none. */
  get background(): string | undefined {
    return this.shown?.background;
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
    const { text, tooltip, warning } = a.statusBar;
    const background = warning ? WARNING_BACKGROUND : undefined;
    this.item.text = text;
    this.item.tooltip = new MarkdownString(tooltip);
    this.item.backgroundColor = background ? new ThemeColor(background) : undefined;
    this.item.show();
    this.shown = { text, tooltip, background };
    this.rendered.fire();
  }

  private hide(): void {
    this.item.hide();
    const was = this.shown;
    this.shown = undefined;
    if (was) this.rendered.fire();
  }
}
