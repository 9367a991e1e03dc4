// The custom messages behind the status bar and the preview, shared by server and client.
// Typed message objects (as vscode-eslint's customMessages.ts): each side's sendRequest,
// onRequest and onNotification check the params and result against them. The engine is
// imported for its types only, so the client bundles nothing of it.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { SmsAnalysis } from '../engine/sms/analyze';
import type { MessagePreview } from '../engine/sms/preview';

export interface AnalysisParams {
  uri: string;
}

/** The status bar's text and its markdown tooltip, written by the server (present/statusBarText.ts). */
export interface StatusBarText {
  text: string;
  tooltip: string;
  /** Shown on the warning background: the text is UCS-2, or bills more than `maxSegments` segments. */
  warning: boolean;
}

/** The engine's analysis, stamped with the document version it describes, and the status bar's text for it. */
export type AnalysisResult = (SmsAnalysis & { version: number; statusBar: StatusBarText }) | null;

/** What the preview webview draws (present/webview/previewHtml.ts): the file's name and the engine's preview. */
export interface PreviewResult {
  version: number;
  /** The file name, for the page's title. */
  name: string;
  preview: MessagePreview;
}

export interface AnalysisChangedParams {
  uri: string;
  version: number;
}

/** `{uri}` → the engine's SMS analysis of the document's current text; null for an email template. */
export const AnalysisRequest = new RequestType<AnalysisParams, AnalysisResult, void>('odmsg/analysis');
/** `{uri}` → the template as the preview shows it; null when the document is not open. */
export const PreviewRequest = new RequestType<AnalysisParams, PreviewResult | null, void>('odmsg/preview');
/** `{uri, version}` after a check of that version was published: re-request now. */
export const AnalysisChangedNotification = new NotificationType<AnalysisChangedParams>('odmsg/analysisChanged');
