// Pull (`odmsg pull`, VS Code's "Pull templates from Open Dental…"): every stored template
// into a folder, one .odmsg file per non-empty slot, with a manifest. A file edited since
// the last pull is never overwritten without saying so (`force` does); files whose template
// left the database are removed unless edited. `kept` lists the database changes held back
// by a local edit (the CLI exits 1).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomic } from '../atomicWrite';
import { makeDirectory } from '../makeDirectory';
import { MANIFEST_FORMAT, readManifest, writeManifest, type Manifest, type ManifestEntry } from './manifest';
import { lineEndings, readBack, renderTemplate, sha256, subjectLine } from './render';
import { isThreeByteUtf8, loadTemplates, sourceNotes } from './source';
import type { StoredTemplate } from './templates';
import { DbError, type DbTarget } from './url';

export interface PullOptions {
  /** The folder, relative to the cwd given to runPull (or absolute). */
  out: string;
  clinics?: string[];
  force: boolean;
}

export interface PullReport {
  written: string[];
  unchanged: number;
  kept: string[];
  /** Files edited here whose template is unchanged in the database: left as they are. */
  edited: number;
  removed: string[];
  notes: string[];
}

export function entryFor(t: StoredTemplate, fileText: string): ManifestEntry {
  return {
    id: t.id,
    locator: t.locator,
    table: t.table,
    key: t.key,
    column: t.column,
    ...(t.subjectColumn ? { subjectColumn: t.subjectColumn } : {}),
    clinic: t.clinic,
    ...(t.clinicName ? { clinicName: t.clinicName } : {}),
    language: t.language,
    enabled: t.enabled,
    kind: t.slot.kind,
    channel: t.slot.channel,
    ...(t.slot.aggregate ? { aggregate: t.slot.aggregate } : {}),
    ...(t.charset ? { charset: t.charset } : {}),
    bodySha256: sha256(t.body),
    ...(t.subject !== undefined ? { subjectSha256: sha256(t.subject) } : {}),
    lineEndings: lineEndings(t.body),
    fileSha256: sha256(fileText),
    pasteAt: t.pasteAt,
    ...(t.json ? { json: t.json } : {}),
  };
}

/** A failed write stops the pull with one line (the files written so far are whole: atomic). */
function writeOut(file: string, text: string): void {
  try {
    makeDirectory(path.dirname(file));
    writeFileAtomic(file, text);
  } catch (error) {
    throw new DbError(`Cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
  }
}

function readIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new DbError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
  }
}

export async function runPull(target: DbTarget, options: PullOptions, cwd: string): Promise<PullReport> {
  const set = await loadTemplates(target, { clinics: options.clinics });
  const out = path.resolve(cwd, options.out);
  let previous: Manifest | undefined;
  try {
    previous = readManifest(out);
  } catch (error) {
    throw new DbError(`Cannot use ${path.join(options.out, 'odmsg-manifest.json')}: ${error instanceof Error ? error.message : String(error)}.`);
  }
  const report: PullReport = { written: [], unchanged: 0, kept: [], edited: 0, removed: [], notes: sourceNotes(set) };
  const files: Record<string, ManifestEntry> = {};
  for (const t of set.templates) {
    if (t.subject !== undefined && subjectLine(t.subject) !== t.subject) report.notes.push(`${t.locator}: the subject's line breaks became spaces (a subject is one line).`);
    if (isThreeByteUtf8(t.charset) && /[\ud800-\udfff]/.test(t.body)) report.notes.push(`${t.locator}: holds a character the column cannot store.`);
    const text = renderTemplate(t);
    const full = path.join(out, ...t.file.split('/'));
    const onDisk = readIfExists(full);
    const before = previous && Object.hasOwn(previous.files, t.file) ? previous.files[t.file] : undefined;
    if (onDisk === text) {
      files[t.file] = entryFor(t, text);
      report.unchanged++;
      continue;
    }
    const editedLocally = onDisk !== undefined && (before === undefined || sha256(onDisk) !== before.fileSha256);
    if (editedLocally && before && !options.force && sha256(t.body) === before.bodySha256 && (t.subject === undefined ? undefined : sha256(t.subject)) === before.subjectSha256) {
      // Edited here, unchanged there: nothing new to bring; the edit waits for push.
      files[t.file] = before;
      report.edited++;
      continue;
    }
    if (editedLocally && !options.force) {
      // Keep the edit and the manifest entry it was made from, so push still sees it as a change.
      if (before) files[t.file] = before;
      report.kept.push(t.file);
      continue;
    }
    writeOut(full, text);
    files[t.file] = entryFor(t, text);
    report.written.push(t.file);
  }
  // Templates no longer in the database (or outside --clinic): remove their unedited files.
  if (previous) {
    const current = new Set(set.templates.map((t) => t.file));
    for (const [file, entry] of Object.entries(previous.files)) {
      if (Object.hasOwn(files, file) || current.has(file)) continue;
      const full = path.join(out, ...file.split('/'));
      const onDisk = readIfExists(full);
      if (onDisk === undefined) continue;
      if (options.clinics && entry.clinic !== '0' && !options.clinics.includes(entry.clinic)) {
        files[file] = entry; // another clinic's file, not pulled this time: left as it is
        continue;
      }
      if (sha256(onDisk) !== entry.fileSha256 && !options.force) {
        files[file] = entry;
        report.kept.push(file);
        continue;
      }
      try {
        fs.unlinkSync(full);
      } catch (error) {
        throw new DbError(`Cannot remove ${full}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
      }
      report.removed.push(file);
    }
  }
  try {
    writeManifest(out, {
      format: MANIFEST_FORMAT,
      database: { host: set.target.socket ? 'localhost' : set.target.host, name: set.target.database },
      ...(set.version ? { openDentalVersion: set.version } : {}),
      files,
      unmapped: set.unmapped,
      missingColumns: set.missingColumns,
    });
  } catch (error) {
    throw new DbError(`Cannot write ${path.join(out, 'odmsg-manifest.json')}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
  }
  return report;
}

/** The body and subject of a pulled file as it is now (undefined when it is gone). */
export function localText(out: string, file: string): { body: string; subject?: string } | undefined {
  const text = readIfExists(path.join(out, ...file.split('/')));
  return text === undefined ? undefined : readBack(text);
}
