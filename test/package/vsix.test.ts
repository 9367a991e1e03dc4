// `npm run package` builds a .vsix that holds exactly what VS Code needs (the three bundles, the
// grammar, the language configuration, the config schema, the docs the diagnostics link to,
// the Marketplace README with its icon and screenshots, LICENSE, package.json) and stays small.
// The .vsix is a zip; yauzl lists it.
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
/**
 * The icon and the readme with its screenshots inlined (images/, made by `npm run screenshots`),
 * counted apart from the budgets above, which stay the code's: ~255 KB now, PNGs that zip
 * cannot shrink.
 */
const MAX_PICTURES_BYTES = 512 * 1024;
/**
 * The Extensions view cuts a longer display name: at its default width it showed
 * "odmsg – Open Dental templ…" of 29 characters (VS Code 1.100, npm run screenshots' window).
 */
const MAX_DISPLAY_NAME_LENGTH = 25;
const SCREENSHOTS = ['problems', 'quick-fix', 'preview', 'status-bar'];
const isPicture = (name: string) => name === 'extension/images/icon.png' || name === 'extension/readme.md';

interface ZipEntry {
  name: string;
  size: number;
  compressedSize: number;
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
        compressedSize: entry.compressedSize,
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

/** A PNG's width and height, from its IHDR chunk (right after the 8-byte signature). */
function pngSize(png: Buffer): { width: number; height: number } {
  assert.ok(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'not a PNG');
  assert.equal(png.subarray(12, 16).toString('latin1'), 'IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
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

  test('contains exactly the bundles, grammar, language configuration, schema, docs, README, images, LICENSE and package.json', () => {
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
      'extension/images/icon.png',
    ].sort();
    assert.deepEqual(entries.map((e) => e.name).sort(), expected);
  });

  test('has the docs page of every rule, where diagnostics link to it', () => {
    for (const id of RULE_IDS) entry(`extension/docs/rules/${id}.md`);
  });

  test('stays small', () => {
    const pictureBytes = entries.filter((e) => isPicture(e.name)).reduce((sum, e) => sum + e.compressedSize, 0);
    const size = fs.statSync(vsix).size - pictureBytes;
    assert.ok(size < MAX_VSIX_BYTES, `the .vsix is ${size} bytes without the icon and readme, over ${MAX_VSIX_BYTES}`);
    const unpacked = entries.filter((e) => !isPicture(e.name)).reduce((sum, e) => sum + e.size, 0);
    assert.ok(unpacked < MAX_UNPACKED_BYTES, `the .vsix unpacks to ${unpacked} bytes without the icon and readme, over ${MAX_UNPACKED_BYTES}`);
    assert.ok(pictureBytes < MAX_PICTURES_BYTES, `the icon and the readme with its screenshots take ${pictureBytes} bytes, over ${MAX_PICTURES_BYTES}`);
  });

  test("its readme is the Marketplace README with the screenshots inlined, not the developers' README", async () => {
    const readme = (await entry('extension/readme.md').read()).toString('utf8');
    const source = fs.readFileSync(path.join(ROOT, 'README.marketplace.md'), 'utf8');
    // The Extensions view's readme allows images from https: and data: only, and opens only web
    // links: a relative image is a broken one there, and a relative link does nothing.
    const targets = (text: string) => [...text.matchAll(/(!?)\[[^\]]*\]\(([^)\s]+)[^)]*\)/g)].map(([, bang, target]) => ({ image: bang === '!', target }));
    const shown = targets(source).filter((t) => t.image);
    assert.deepEqual(
      shown.map((t) => t.target),
      SCREENSHOTS.map((name) => `images/${name}.png`),
      'README.marketplace.md shows one screenshot per feature',
    );
    const packaged = targets(readme);
    assert.ok(packaged.length > 0, 'no links found: has the link syntax changed?');
    for (const { image, target } of packaged) {
      if (!image) assert.match(target, /^https:\/\//, `${target}: a relative link does nothing in the Extensions view`);
    }
    const inlined = packaged.filter((t) => t.image);
    assert.equal(inlined.length, shown.length);
    inlined.forEach(({ target }, i) => {
      const prefix = 'data:image/png;base64,';
      assert.ok(target.startsWith(prefix), `${shown[i].target} is not inlined: ${target.slice(0, 40)}`);
      assert.ok(Buffer.from(target.slice(prefix.length), 'base64').equals(fs.readFileSync(path.join(ROOT, shown[i].target))), `${shown[i].target} inlined is not the file`);
    });
    // Apart from the images, it is the Marketplace README as written.
    assert.equal(readme.replace(/\(data:image\/png;base64,[^)]*\)/g, '(…)'), source.replace(/\(images\/[a-z0-9-]+\.png\)/g, '(…)'));
    assert.ok(!readme.includes('## Development'), "the developers' README was packaged");
  });

  test('has an icon of at least 128 px and a display name the Extensions view shows whole', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.equal(manifest.icon, 'images/icon.png');
    const { width, height } = pngSize(await entry(`extension/${manifest.icon}`).read());
    assert.ok(width >= 128 && width === height, `the icon is ${width}x${height}: it must be square and at least 128 px`);
    assert.ok(manifest.displayName.length <= MAX_DISPLAY_NAME_LENGTH, `"${manifest.displayName}" is ${manifest.displayName.length} characters, over ${MAX_DISPLAY_NAME_LENGTH}`);
    const vsixManifest = (await entry('extension.vsixmanifest').read()).toString('utf8');
    assert.ok(vsixManifest.includes(`<DisplayName>${manifest.displayName}</DisplayName>`), 'the display name is not in extension.vsixmanifest');
    assert.match(vsixManifest, /<Icon>extension\/images\/icon\.png<\/Icon>/);
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
      manifest.icon,
      ...c.languages.flatMap((l: { configuration?: string }) => (l.configuration ? [l.configuration] : [])),
      ...c.grammars.map((g: { path: string }) => g.path),
      ...c.jsonValidation.map((j: { url: string }) => j.url),
    ];
    for (const ref of referenced) entry(`extension/${path.posix.normalize(ref)}`);
  });
});
