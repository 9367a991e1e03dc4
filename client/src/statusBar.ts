// The status bar item for the active .odmsg text: "≈ 187 chars · 2 segments · GSM-7", with the
// breakdown in its tooltip ("≈ 85 chars per appointment · GSM-7" for a per-appointment line,
// which is no text of its own, so has no segments or price). Every number comes from the server's `odmsg/analysis`; this file
// only lays them out. It asks again when the active editor changes and when the server says a
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
    const text = a.perAppointment ? `≈ ${a.odChars} chars per appointment · ${a.encoding}` : `≈ ${a.odChars} chars · ${plural(a.billedSegments, 'segment')} · ${a.encoding}`;
    const tooltip = breakdown(a);
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

/** The tooltip: where the characters come from, the encoding, both segment counts, the price. */
function breakdown(a: Analysis): string {
  const rows = [`| Literal text | ${a.literalChars} |`];
  for (const t of a.tags) {
    const source = t.source === 'config' ? ' (config)' : '';
    rows.push(`| \\[${t.tag}\\]${t.count > 1 ? ` ×${t.count}` : ''}${source} | ${t.count > 1 ? `${t.count} × ${t.length}` : t.length} |`);
  }
  rows.push(`| **After the tags are filled in** | **${a.expandedChars}** |`);
  if (a.lineBreaks > 0) rows.push(`| Line breaks count two for Open Dental | ${a.odChars} |`);

  const capacity = a.encoding === 'GSM-7' ? '160 characters a segment, 153 once split' : '70 characters a segment, 67 once split';
  const table = ['| | characters |', '|:--|--:|', ...rows];
  if (a.perAppointment) {
    return [
      `**odmsg: per-appointment line estimate** (${a.lengthMode} tag lengths)`,
      '',
      ...table,
      '',
      `Encoding: **${a.encoding}**${nonGsmNote(a)}${a.encoding === 'UCS-2' ? ': the aggregate text that repeats this line is UCS-2 too' : ''}`,
      '',
      "Not a text of its own: Open Dental repeats this line once per appointment inside the aggregate text's \\[Appts\\], so segments and cost are the aggregate template's.",
      `The aggregate template's estimate assumes \\[Appts\\] lines of \`tagLengths.Appts\` characters; to use this line's, set \`"tagLengths": { "Appts": ${a.expandedChars} }\` in .odmsgrc.json.`,
      '',
      'Click for the preview with sample values.',
    ].join('\n');
  }
  const lines = [
    `**odmsg: text message estimate** (${a.lengthMode} tag lengths)`,
    '',
    ...table,
    '',
    `Encoding: **${a.encoding}** (${capacity})${nonGsmNote(a)}`,
    '',
    `Segments: **${a.carrierSegments}** by carrier arithmetic · **${a.odSegments}** by Open Dental billing (160 characters, a line break counts two) · **${a.billedSegments}** billed`,
    '',
    `Cost: **${dollars(a.costPerMessage)}** a message · **${dollars(a.costPer1000)}** per 1,000 messages (${dollars(a.pricing.perMessage)} + ${dollars(a.pricing.perExtraSegment)} per extra segment)`,
  ];
  if (a.ifGsm7) lines.push('', `In plain GSM-7 characters: ${plural(a.ifGsm7.billedSegments, 'segment')}, ${dollars(a.ifGsm7.costPerMessage)} a message`);
  lines.push('', 'Click for the preview with sample values.');
  return lines.join('\n');
}

function nonGsmNote(a: Analysis): string {
  if (a.nonGsmChars.length === 0) return '';
  const chars = [...new Set(a.nonGsmChars.map((c) => c.char))];
  const shown = chars.slice(0, 5).map((c) => (c.includes('`') ? `\`\` ${c} \`\`` : `\`${c}\``)).join(' ');
  return `: forced by ${shown}${chars.length > 5 ? ' …' : ''}`;
}

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 4 });

function dollars(amount: number): string {
  return money.format(amount);
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
