// How the screenshot scenes (in VS Code's extension host) ask the runner (runCodeServer.ts
// --screenshots, which holds the browser) for a picture, and hear back. A request is one console
// line, which reaches the runner like mocha's output; the answer is a JSON file the runner writes
// into a folder the scenes watch (ODMSG_SHOTS_ACK_DIR, inherited from the VS Code server).
// Node built-ins only: it is bundled into both sides.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Prefix of a request line; the JSON of a ShotRequest follows. */
export const SHOT_MARKER = '[odmsg-shot] ';
export const ACK_DIR_VARIABLE = 'ODMSG_SHOTS_ACK_DIR';

export interface ShotRequest {
  /** The picture's file name without `.png` (images/<name>.png); also names the answer. */
  name: string;
  /** CSS selectors in the workbench that must all be visible before the capture. */
  waitFor: string[];
  /** Also wait until a webview in the workbench has drawn its content. */
  webview?: boolean;
  /** A selector to click first (an element the API cannot open, such as a list entry). */
  click?: string;
  /** A selector the mouse moves over first (for a tooltip); `waitFor` is waited on after it. */
  hover?: string;
  /** Capture the box around these elements (plus `margin` pixels) rather than the whole window. */
  clip?: string[];
  margin?: number;
}

export type ShotAnswer = { ok: true; file: string; width: number; height: number; bytes: number } | { ok: false; error: string };

export function answerFile(ackDir: string, name: string): string {
  return path.join(ackDir, `${name}.json`);
}

/** Written whole (a temporary file renamed), so a watcher never reads half an answer. */
export function writeAnswer(ackDir: string, name: string, answer: ShotAnswer): void {
  const file = answerFile(ackDir, name);
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(answer));
  fs.renameSync(`${file}.tmp`, file);
}
