// The custom messages behind the status bar and the preview, shared by server and client.
// Typed message objects (as vscode-eslint's customMessages.ts): each side's sendRequest,
// onRequest and onNotification check the params and result against them. The engine is
// imported for its types only, so the client bundles nothing of it.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { SmsAnalysis } from '../engine/sms/analyze';

export interface AnalysisParams {
  uri: string;
}

/** The status bar's text and its markdown tooltip, written by the server (present/statusBarText.ts). */
export interface StatusBarText {
  text: string;
  tooltip: string;
}

/** The engine's analysis, stamped with the document version it describes, and the status bar's text for it. */
export type AnalysisResult = (SmsAnalysis & { version: number; statusBar: StatusBarText }) | null;

export interface PreviewResult {
  version: number;
  text: string;
}

export interface AnalysisChangedParams {
  uri: string;
  version: number;
}

/** `{uri}` → the engine's SMS analysis of the document's current text; null for an email template. */
export const AnalysisRequest = new RequestType<AnalysisParams, AnalysisResult, void>('odmsg/analysis');
/** `{uri}` → the preview document's text; null when the document is not open. */
export const PreviewRequest = new RequestType<AnalysisParams, PreviewResult | null, void>('odmsg/preview');
/** `{uri, version}` after a check of that version was published: re-request now. */
export const AnalysisChangedNotification = new NotificationType<AnalysisChangedParams>('odmsg/analysisChanged');
