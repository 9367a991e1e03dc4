// Template texts and temporary folders shared by the protocol tests.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULE_IDS } from '../../server/src/engine/registry';

export const HEADER = '---\nkind: eConfirmation\nchannel: sms\n---\n';
/** Clean for every rule (the e2e suite's clean fixture). */
export const CLEAN = `${HEADER}[NameF] is scheduled for [ApptTime] on [ApptDate] at [OfficeName]. Reply [ConfirmCode] to confirm or call [OfficePhone].\n`;
/** Two excessive-punctuation problems ("!!" and "??"), nothing else. */
export const PUNCTUATION = `${HEADER}[NameF], see you [ApptDate] at [ApptTime]!! Reply [ConfirmCode] to confirm or call [OfficeName]??\n`;
export const PUNCTUATION_FIXED = `${HEADER}[NameF], see you [ApptDate] at [ApptTime]! Reply [ConfirmCode] to confirm or call [OfficeName]?\n`;
/** One excessive-punctuation problem. */
export const ONE_PUNCTUATION = `${HEADER}[NameF], see you [ApptDate] at [ApptTime]!! Reply [ConfirmCode] to confirm or call [OfficeName].\n`;

/** Fails the test (never skips it) when a rule it relies on is not in the registry. */
export function requireRules(...ids: string[]): void {
  const missing = ids.filter((id) => !RULE_IDS.includes(id));
  if (missing.length > 0) throw new Error(`this test needs rule${missing.length === 1 ? '' : 's'} ${missing.join(', ')}, not in the registry`);
}

let counter = 0;
/** A unique untitled: URI (no folder on disk, so checked with the defaults). */
export function untitledUri(): string {
  return `untitled:Untitled-${process.pid}-${++counter}`;
}

export class TempDir {
  readonly root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'odmsg-protocol-')));

  path(...parts: string[]): string {
    return path.join(this.root, ...parts);
  }

  uri(...parts: string[]): string {
    return pathToFileURL(this.path(...parts)).href;
  }

  write(relative: string, text: string): string {
    const file = this.path(relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return pathToFileURL(file).href;
  }

  remove(relative: string): string {
    fs.rmSync(this.path(relative), { force: true });
    return this.uri(relative);
  }

  dispose(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}
