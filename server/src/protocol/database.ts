// The database bundle (server/out/database.js) as the VS Code client uses it. The client
// never imports the bundle: it `require`s the file by path when a database command runs, so
// the mysql2 driver (~1 MB) is not loaded at activation and not part of the language server.
// These types are the contract; server/src/databaseBundle/main.ts implements them.
import type { DoctorReport } from './doctor';

/** The bundle's path inside the extension (context.asAbsolutePath). */
export const DATABASE_BUNDLE_PATH = 'server/out/database.js';

/** Where an Open Dental database is: host and port, or a local socket instead. */
export interface DatabaseConnection {
  host: string;
  port: number;
  socket?: string;
  database: string;
  user: string;
  password?: string;
}

export interface PullRequest {
  connection: DatabaseConnection;
  /** Absolute folder to pull into (created when missing). */
  folder: string;
  /** Overwrite files edited since the last pull. */
  force?: boolean;
}

export interface PullSummary {
  /** Every file of the pull, relative to the folder, "/" separators, sorted. */
  files: string[];
  written: number;
  unchanged: number;
  /** Edited here, unchanged in the database: left for the paste sheet. */
  edited: number;
  /** Edited here and changed in the database: not overwritten. */
  kept: string[];
  removed: string[];
  notes: string[];
}

/** The page around the paste sheet: a webview's policy, nonce and script (present/webview/html.ts's PageFrame). */
export interface SheetFrame {
  contentSecurityPolicy: string;
  nonce?: string;
  script?: string;
}

export interface PasteSheetRequest {
  connection: DatabaseConnection;
  /** Absolute folder made by a pull (it holds odmsg-manifest.json). */
  folder: string;
  frame: SheetFrame;
}

export interface PasteSheet {
  html: string;
  /** What each copy button copies: [data-copy id, text]. */
  copyTexts: [string, string][];
  changes: number;
  conflicts: number;
  notes: string[];
}

export interface DoctorRequest {
  connection: DatabaseConnection;
  /** The window: the texts sent in the last `days` days. */
  days: number;
  /** Only these clinics' texts; all when absent. */
  clinics?: number[];
  /** The report page's policy and its style sheet's nonce (the page has no script). */
  frame: Omit<SheetFrame, 'script'>;
}

/** `odmsg doctor`'s report and the page that shows it ("odmsg: Texting health…"). */
export interface DoctorPage {
  html: string;
  report: DoctorReport;
}

/** A failure is one line for the user; 'login' when the database refused the user or password. */
export type DatabaseOutcome<T> = { ok: true; value: T } | { ok: false; failure: 'login' | 'other'; message: string };

export interface DatabaseCommands {
  pull(request: PullRequest): Promise<DatabaseOutcome<PullSummary>>;
  pasteSheet(request: PasteSheetRequest): Promise<DatabaseOutcome<PasteSheet>>;
  /** What the sent-text history says (read-only), as a report and its HTML page. */
  doctor(request: DoctorRequest): Promise<DatabaseOutcome<DoctorPage>>;
  /** The database a pulled folder came from (its manifest), to offer as the connection. */
  pulledFrom(folder: string): { host: string; database: string } | undefined;
}

/** What `require(DATABASE_BUNDLE_PATH)` returns, as far as the client is concerned. */
export interface DatabaseBundleExports {
  editor: DatabaseCommands;
}
