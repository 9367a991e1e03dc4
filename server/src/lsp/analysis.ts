// The SMS analysis in the editor: answers `odmsg/analysis` (the status bar) and `odmsg/preview`
// (the preview webview), tells the client to ask again after each published check, and
// explains a character outside GSM-7 on hover. The numbers all come from the engine.
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintResult } from '../engine/lint';
import { formatMoney, plural } from '../engine/numbers';
import { analyzeSms } from '../engine/sms/analyze';
import { describeChar } from '../engine/sms/characters';
import { KINDS } from '../engine/catalog';
import type { ResolvedConfig } from '../engine/config';
import { messageLength } from '../engine/rules/message-length';
import { previewMessage } from '../engine/sms/preview';
import { AnalysisChangedNotification, AnalysisRequest, PreviewRequest, type AnalysisChangedParams, type AnalysisParams, type AnalysisResult, type PreviewResult } from '../protocol/analysis';
import { guarded } from './guard';
import type { Lifecycle } from './lifecycle';
import { statusBarText } from '../present/statusBarText';
import type { DiagnosticsScheduler } from './diagnosticsScheduler';

export function registerAnalysis(connection: Connection, documents: TextDocuments<TextDocument>, scheduler: DiagnosticsScheduler, lifecycle: Lifecycle): void {
  const log = connection.console;
  connection.onRequest(AnalysisRequest, lifecycle.request(guarded(log, 'analysis', null, (params: AnalysisParams) => analysisFor(params, documents, scheduler))));
  connection.onRequest(PreviewRequest, lifecycle.request(guarded(log, 'preview', null, (params: AnalysisParams) => previewFor(params, documents, scheduler))));
  scheduler.onDidPublish((uri, version) => {
    const params: AnalysisChangedParams = { uri, version };
    void connection.sendNotification(AnalysisChangedNotification, params);
  });
}

/** The lint result for the document's current text, or undefined when it is not open. */
async function currentLint(params: AnalysisParams, documents: TextDocuments<TextDocument>, scheduler: DiagnosticsScheduler) {
  const uri = typeof params?.uri === 'string' ? params.uri : undefined;
  if (!uri || !documents.get(uri)) return undefined;
  const config = await scheduler.configFor(uri);
  // The settings request may have let the document move on; answer for what is there now.
  const document = documents.get(uri);
  if (!document) return undefined;
  return { document, config, result: scheduler.lint(document, config) };
}

export async function analysisFor(params: AnalysisParams, documents: TextDocuments<TextDocument>, scheduler: DiagnosticsScheduler): Promise<AnalysisResult> {
  const current = await currentLint(params, documents, scheduler);
  if (!current || !current.config.settings.enable) return null;
  const { template, config } = current.result;
  if (template.channel !== 'sms') return null;
  const analysis = analyzeSms(template, config);
  return { ...analysis, version: current.document.version, statusBar: statusBarText(analysis, maxSegments(config)) };
}

export async function previewFor(params: AnalysisParams, documents: TextDocuments<TextDocument>, scheduler: DiagnosticsScheduler): Promise<PreviewResult | null> {
  const current = await currentLint(params, documents, scheduler);
  if (!current) return null;
  const { template, config } = current.result;
  const kindName = template.kind ? (KINDS.get(template.kind)?.odName ?? template.kind) : undefined;
  return { version: current.document.version, name: fileName(current.document.uri), preview: previewMessage(template, config, maxSegments(config), kindName) };
}

/** message-length's limit, as the rule reads it. */
function maxSegments(config: ResolvedConfig): number {
  return messageLength.meta.options!.maxSegments.read(config);
}

function fileName(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Hover markdown for the non-GSM character at `offset` of a text, with its file range. */
export function nonGsmHover(result: LintResult, offset: number): { markdown: string; start: number; end: number } | undefined {
  const analysis = analyzeSms(result.template, result.config);
  const found = analysis.nonGsmChars.find((c) => c.offset <= offset && offset < c.offset + c.char.length);
  if (!found) return undefined;
  const what = describeChar(found.char);
  const lines = [
    `**${what[0].toUpperCase()}${what.slice(1)} is not in GSM-7**`,
    'One character outside the GSM-7 alphabet makes carriers send the whole text in UCS-2, where a segment holds 70 characters instead of 160 (67 instead of 153 once the text is split).',
  ];
  const now = `${plural(analysis.billedSegments, 'segment')}, ${formatMoney(analysis.costPerMessage)} a text (${formatMoney(analysis.costPer1000)} per 1,000)`;
  const gsm = analysis.ifGsm7;
  if (analysis.perAppointment) {
    // A line has no segments or price of its own; the aggregate text it is repeated in has.
    lines.push('This per-appointment line makes the aggregate text that repeats it UCS-2.');
  } else if (gsm && gsm.billedSegments < analysis.billedSegments) {
    lines.push(
      `This text: UCS-2, ${now}.  \nIn plain characters: GSM-7, ${plural(gsm.billedSegments, 'segment')}, ${formatMoney(gsm.costPerMessage)} a text (${formatMoney(gsm.costPerMessage * 1000)} per 1,000).`,
    );
  } else {
    lines.push(`This text: UCS-2, ${now}: short enough that it costs no extra segment yet.`);
  }
  if (found.replacement !== undefined) {
    const replacement = found.replacement === '' ? 'nothing (remove it)' : found.replacement === '\n' ? 'a line break' : found.replacement === ' ' ? 'a plain space' : `\`${found.replacement}\``;
    lines.push(`Fix: replace it with ${replacement}, as carriers' smart encoding would (the quick fix, and fix on save with \`source.fixAll.odmsg\`).`);
  } else if (found.emoji) {
    lines.push('An emoji has no GSM-7 form: remove it to keep the text in GSM-7.');
  } else {
    lines.push('It has no GSM-7 stand-in that means the same: rephrase without it to keep the text in GSM-7.');
  }
  const others = analysis.nonGsmChars.length - 1;
  if (others > 0) lines.push(`${plural(others, 'other character')} in this text ${others === 1 ? 'does' : 'do'} the same.`);
  return { markdown: lines.join('\n\n'), start: found.offset, end: found.offset + found.char.length };
}
