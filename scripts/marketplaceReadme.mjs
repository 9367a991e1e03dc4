// The readme.md that `npm run package` puts in the .vsix: README.marketplace.md with each
// screenshot (`![…](images/x.png)`) inlined as a data: URI, written to out/README.md for
// `vsce package --readme-path`. VS Code's Extensions view draws a readme in a webview whose
// Content-Security-Policy allows images from https: and data: only, and resolves relative paths
// against its own files, not the extension's: a relative image shows as a broken one there, and
// the project has no public https host for them. README.marketplace.md itself keeps the relative
// paths, so it reads right in the repository.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'README.marketplace.md');
const target = path.join(root, 'out', 'README.md');

const text = fs.readFileSync(source, 'utf8');
const missing = [];
const inlined = text.replace(/(!\[[^\]]*\]\()(images\/[a-z0-9-]+\.png)\)/g, (_, start, image) => {
  const file = path.join(root, image);
  if (!fs.existsSync(file)) {
    missing.push(image);
    return `${start}${image})`;
  }
  return `${start}data:image/png;base64,${fs.readFileSync(file).toString('base64')})`;
});
if (missing.length > 0) {
  console.error(`README.marketplace.md shows ${missing.join(', ')}, which do not exist: run \`npm run screenshots\``);
  process.exit(1);
}
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, inlined);
