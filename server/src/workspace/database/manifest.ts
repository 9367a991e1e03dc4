// The pull manifest (odmsg-manifest.json in the pulled folder): for each file, where it came
// from and the text as pulled (hashes, line endings, column charset), so a later pull knows
// which files were edited since, push knows what changed on either side, and a check of the
// pulled files knows each one's column charset. Git-friendly: sorted, no timestamps.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomic } from '../atomicWrite';
import type { LineEndings } from './render';
import type { StoredTemplate } from './templates';

export const MANIFEST_NAME = 'odmsg-manifest.json';
export const MANIFEST_FORMAT = 'odmsg-pull/1';

/** Where a file came from, as `StoredTemplate` says (written by `entryFor` in pull.ts). */
type Provenance = Pick<StoredTemplate, 'id' | 'locator' | 'key' | 'column' | 'subjectColumn' | 'clinic' | 'clinicName' | 'language' | 'enabled' | 'charset' | 'pasteAt' | 'json'>;

export interface ManifestEntry extends Provenance {
  /** A manifest read back from disk may name any table: not narrowed to the ones pull writes. */
  table: string;
  kind: string;
  channel: string;
  aggregate?: string;
  bodySha256: string;
  subjectSha256?: string;
  lineEndings: LineEndings;
  /** Hash of the whole file as written: a different file on disk was edited since. */
  fileSha256: string;
}

export interface Manifest {
  format: string;
  database: { host: string; name: string };
  openDentalVersion?: string;
  /** By file path relative to the manifest's folder, "/" separators, sorted. */
  files: Record<string, ManifestEntry>;
  unmapped: string[];
  missingColumns: string[];
}

export function readManifest(folder: string): Manifest | undefined {
  let raw: string;
  try {
    raw = fs.readFileSync(path.join(folder, MANIFEST_NAME), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const parsed = JSON.parse(raw) as Manifest;
  if (parsed?.format !== MANIFEST_FORMAT || typeof parsed.files !== 'object' || parsed.files === null) throw new Error(`${MANIFEST_NAME} is not an odmsg pull manifest`);
  // Rebuilt without prototypes: file paths are user-chosen keys.
  const files: Record<string, ManifestEntry> = Object.create(null);
  for (const [file, entry] of Object.entries(parsed.files)) files[file] = entry;
  return { ...parsed, files };
}

export function writeManifest(folder: string, manifest: Manifest): void {
  const files: Record<string, ManifestEntry> = {};
  for (const file of Object.keys(manifest.files).sort()) files[file] = manifest.files[file];
  writeFileAtomic(path.join(folder, MANIFEST_NAME), `${JSON.stringify({ ...manifest, files }, null, 2)}\n`);
}

/**
 * The column charset of a pulled file, from the nearest manifest above it: what the
 * database-charset rule reads (as the config option `databaseCharset`). Cached per folder.
 */
export class ManifestCharsets {
  private readonly byFolder = new Map<string, { root: string; manifest: Manifest } | null>();

  charsetOf(file: string): string | undefined {
    const found = this.find(path.dirname(file));
    if (!found) return undefined;
    const relative = path.relative(found.root, file).split(path.sep).join('/');
    return Object.hasOwn(found.manifest.files, relative) ? found.manifest.files[relative].charset : undefined;
  }

  private find(folder: string): { root: string; manifest: Manifest } | null {
    const cached = this.byFolder.get(folder);
    if (cached !== undefined) return cached;
    let found: { root: string; manifest: Manifest } | null = null;
    try {
      const manifest = readManifest(folder);
      if (manifest) found = { root: folder, manifest };
    } catch {
      found = null; // an unreadable manifest gives no charset; pull and push report it
    }
    if (!found) {
      const parent = path.dirname(folder);
      found = parent === folder ? null : this.find(parent);
    }
    this.byFolder.set(folder, found);
    return found;
  }
}
