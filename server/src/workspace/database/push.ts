// Push (`odmsg push`, VS Code's "Show paste sheet"): the way back without writing to the
// database. Each pulled file is compared with the manifest (edited here?) and with the
// database's value now (changed there since the pull?): an edit here is a paste to make,
// listed with where to paste it; an edit on both sides is a conflict, with both versions.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MANIFEST_NAME, readManifest, type Manifest, type ManifestEntry } from './manifest';
import { localText } from './pull';
import { sha256 } from './render';
import { loadTemplates } from './source';
import type { StoredTemplate } from './templates';
import { DbError, type DbTarget } from './url';

export interface PasteItem {
  file: string;
  entry: ManifestEntry;
  status: 'change' | 'conflict';
  /** The text to paste (the local file's body) and subject. */
  body: string;
  subject?: string;
  /** What the database held at the pull. */
  pulledBody?: string;
  /** What the database holds now (a conflict), undefined when the template is gone. */
  databaseBody?: string;
  databaseSubject?: string;
  why?: string;
}

export interface PushResult {
  items: PasteItem[];
  /** Files unchanged here but changed in Open Dental since the pull, and the like. */
  notes: string[];
}

/** Whether a subject (empty or missing alike) is the one hashed at the pull. */
function same(text: string | undefined, hash: string | undefined): boolean {
  return (text ? sha256(text) : undefined) === hash;
}

/** `dir` (relative to `cwd`, or absolute) is a folder made by pull. */
export async function comparePush(target: DbTarget, options: { dir: string }, cwd: string): Promise<PushResult> {
  const dir = path.resolve(cwd, options.dir);
  let manifest: Manifest | undefined;
  try {
    manifest = readManifest(dir);
  } catch (error) {
    throw new DbError(`Cannot use ${path.join(options.dir, MANIFEST_NAME)}: ${error instanceof Error ? error.message : String(error)}.`);
  }
  if (!manifest) throw new DbError(`${options.dir} has no ${MANIFEST_NAME}: push compares a folder made by odmsg pull.`);
  const set = await loadTemplates(target);
  const byId = new Map<string, StoredTemplate>(set.templates.map((t) => [t.id, t]));
  const result: PushResult = { items: [], notes: [] };
  for (const [file, entry] of Object.entries(manifest.files)) {
    const local = localText(dir, file);
    const now = byId.get(entry.id);
    if (!local) {
      result.notes.push(`${file}: deleted here; nothing to paste (the template stays in Open Dental).`);
      continue;
    }
    const editedHere = sha256(local.body) !== entry.bodySha256 || !same(local.subject, entry.subjectSha256);
    const changedThere = !now || sha256(now.body) !== entry.bodySha256 || !same(now.subject, entry.subjectSha256);
    if (!editedHere) {
      if (changedThere) result.notes.push(`${file}: changed in Open Dental since the pull; odmsg pull updates it.`);
      continue;
    }
    if (now && now.body === local.body && (now.subject ?? '') === (local.subject ?? '')) continue; // already pasted
    const item: PasteItem = { file, entry, status: changedThere ? 'conflict' : 'change', body: local.body, subject: entry.subjectColumn ? local.subject : undefined };
    if (changedThere) {
      item.databaseBody = now?.body;
      item.databaseSubject = now?.subject;
      item.why = now ? 'changed in Open Dental since the pull, and edited here' : 'no longer in the database';
    } else item.pulledBody = now?.body;
    result.items.push(item);
  }
  const known = new Set(Object.keys(manifest.files));
  for (const file of listOdmsg(dir)) if (!known.has(file)) result.notes.push(`${file}: not from the database (not in ${MANIFEST_NAME}); odmsg cannot tell where it goes.`);
  return result;
}

function listOdmsg(dir: string, prefix = ''): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory() && !entry.name.startsWith('.')) found.push(...listOdmsg(dir, rel));
    else if (entry.isFile() && entry.name.endsWith('.odmsg')) found.push(rel);
  }
  return found.sort();
}
