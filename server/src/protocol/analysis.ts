// The custom messages behind the status bar and the preview, shared by server and client.
// Plain names and JSON shapes only, so the client bundles nothing of the engine.
import type { SmsAnalysis } from '../engine/sms/analyze';

/** Request `{uri}` → the engine's SMS analysis of the document's current text; null for an email template. */
export const ANALYSIS_REQUEST = 'odmsg/analysis';
/** Request `{uri}` → the preview document's text; null when the document is not open. */
export const PREVIEW_REQUEST = 'odmsg/preview';
/** Notification `{uri, version}` after a check of that version was published: re-request now. */
export const ANALYSIS_CHANGED_NOTIFICATION = 'odmsg/analysisChanged';

export interface AnalysisParams {
  uri: string;
}

/** The engine's analysis, stamped with the document version it describes. */
export type AnalysisResult = (SmsAnalysis & { version: number }) | null;

export interface PreviewResult {
  version: number;
  text: string;
}

export interface AnalysisChangedParams {
  uri: string;
  version: number;
}
