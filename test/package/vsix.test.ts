// `npm run package` builds a .vsix that holds exactly what VS Code needs (the three bundles, the
// grammar, the language configuration, the config schema, the docs the diagnostics link to,
// README, LICENSE, package.json) and stays small. The .vsix is a zip; yauzl lists it.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import * as yauzl from 'yauzl';
import { RULE_IDS } from '../../server/src/engine/registry';
import { packageVsix } from './vsix';

const ROOT = path.resolve(__dirname, '..', '..');
/**
 * The packaged file must stay under this. It is ~570 KB: ~290 KB without the database bundle
 * (server/out/database.js: the pull and paste sheet commands and the mysql2 driver, ~700 KB,
 * ~290 KB compressed), which the extension loads only when one of those commands runs. The
 * budget leaves room for the bundles to grow by a third, not for a second driver.
 */
const MAX_VSIX_BYTES = 768 * 1024;
/** And its contents unpacked (~1.7 MB: ~1.05 MB before the database bundle). */
const MAX_UNPACKED_BYTES = 2.5 * 1024 * 1024;

interface ZipEntry {
  name: string;
  size: number;
  read(): Promise<Buffer>;
}

async function readZip(file: string): Promise<ZipEntry[]> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  const entries: ZipEntry[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push({
        name: entry.fileName,
        size: entry.uncompressedSize,
        read: async () => {
          const stream = await zip.openReadStreamPromise(entry);
          const chunks: Buffer[] = [];
          for await (const chunk of stream) chunks.push(chunk as Buffer);
          return Buffer.concat(chunks);
        },
      });
      zip.readEntry();
    });
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  return entries;
}

/** Every file under `dir`, as posix paths relative to the repository root. */
function filesUnder(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const relative = `${dir}/${e.name}`;
    return e.isDirectory() ? filesUnder(relative) : [relative];
  });
}

describe('npm run package', () => {
  let vsix: string;
  let entries: ZipEntry[];
  const entry = (name: string) => {
    const found = entries.find((e) => e.name === name);
    assert.ok(found, `${name} is not in the .vsix`);
    return found;
  };

  before(async () => {
    vsix = packageVsix(ROOT);
    entries = await readZip(vsix);
  });

  test('contains exactly the bundles, grammar, language configuration, schema, docs, README, LICENSE and package.json', () => {
    const docs = filesUnder('docs').filter((f) => f.endsWith('.md'));
    const expected = [
      '[Content_Types].xml',
      'extension.vsixmanifest',
      'extension/package.json',
      'extension/readme.md',
      'extension/LICENSE.txt',
      'extension/language-configuration.json',
      'extension/client/out/extension.js',
      'extension/server/out/server.js',
      'extension/server/out/database.js',
      'extension/syntaxes/odmsg.tmLanguage.json',
      'extension/schemas/odmsgrc.schema.json',
      ...docs.map((f) => `extension/${f}`),
    ].sort();
    assert.deepEqual(entries.map((e) => e.name).sort(), expected);
  });

  test('has the docs page of every rule, where diagnostics link to it', () => {
    for (const id of RULE_IDS) entry(`extension/docs/rules/${id}.md`);
  });

  test('stays small', () => {
    const size = fs.statSync(vsix).size;
    assert.ok(size < MAX_VSIX_BYTES, `the .vsix is ${size} bytes, over ${MAX_VSIX_BYTES}`);
    const unpacked = entries.reduce((sum, e) => sum + e.size, 0);
    assert.ok(unpacked < MAX_UNPACKED_BYTES, `the .vsix unpacks to ${unpacked} bytes, over ${MAX_UNPACKED_BYTES}`);
  });

  test('ships the freshly built bundles and the manifest as in the repository', async () => {
    for (const bundle of ['client/out/extension.js', 'server/out/server.js', 'server/out/database.js']) {
      assert.ok((await entry(`extension/${bundle}`).read()).equals(fs.readFileSync(path.join(ROOT, bundle))), `${bundle} in the .vsix differs from the build`);
    }
    const packaged = JSON.parse((await entry('extension/package.json').read()).toString('utf8'));
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(packaged.contributes, manifest.contributes);
    assert.equal(packaged.main, manifest.main);
    const vsixManifest = (await entry('extension.vsixmanifest').read()).toString('utf8');
    assert.match(vsixManifest, new RegExp(`<Identity [^>]*Id="${manifest.name}"[^>]*Version="${manifest.version.replace(/\./g, '\\.')}"[^>]*Publisher="${manifest.publisher}"`));
  });

  test('every file the manifest points to is in it', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const c = manifest.contributes;
    const referenced: string[] = [
      manifest.main,
      ...c.languages.flatMap((l: { configuration?: string }) => (l.configuration ? [l.configuration] : [])),
      ...c.grammars.map((g: { path: string }) => g.path),
      ...c.jsonValidation.map((j: { url: string }) => j.url),
    ];
    for (const ref of referenced) entry(`extension/${path.posix.normalize(ref)}`);
  });
});
