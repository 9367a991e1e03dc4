#!/usr/bin/env node
// Starts the bundled CLI (server/out/cli.js). A pre-commit hook runs odmsg on one file, so
// start-up is most of its time; compiling the 200 KB bundle is a fifth of that. V8's code
// cache skips the compile: the first run stores the compiled code in the user's cache folder
// (~/.cache/odmsg, or $XDG_CACHE_HOME/odmsg), later runs load it. V8 checks the cache against
// the source and its own version and rejects a stale or damaged one, which is then rewritten.
// The cache is only ever an optimisation: any failure falls back to a plain require.
// ODMSG_NO_CODE_CACHE=1 turns it off.
'use strict';
const path = require('node:path');

const bundle = path.join(__dirname, '..', 'server', 'out', 'cli.js');
/** How many bundles' caches are kept (each about 1 MB). */
const KEPT_CACHES = 4;
/** Set once the bundle's own code runs: an error after that is the CLI's, not the loader's. */
let started = false;

function runWithCodeCache() {
  const fs = require('node:fs');
  const os = require('node:os');
  const vm = require('node:vm');
  const Module = require('node:module');
  const crypto = require('node:crypto');
  const source = fs.readFileSync(bundle, 'utf8');
  const key = crypto.createHash('sha256').update(process.version).update('\0').update(source).digest('hex').slice(0, 32);
  const dir = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'odmsg');
  const cacheFile = path.join(dir, `cli-${key}.v8`);
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
  const wrapper = script.runInThisContext();
  const mod = new Module(bundle, module);
  mod.filename = bundle;
  mod.paths = Module._nodeModulePaths(path.dirname(bundle));
  if (cachedData === undefined || script.cachedDataRejected) {
    // After the run, so the cache also holds the functions the run compiled lazily.
    process.once('exit', () => {
      try {
        // Two plain mkdirs, not { recursive: true }: Node's recursive mkdir never returns
        // under some paths (seen with XDG_CACHE_HOME inside /proc), and a cache is not worth a hang.
        for (const folder of [path.dirname(dir), dir]) {
          try {
            fs.mkdirSync(folder, { mode: 0o700 });
          } catch (error) {
            if (error.code !== 'EEXIST') throw error;
          }
        }
        const temp = `${cacheFile}.${process.pid}.tmp`;
        fs.writeFileSync(temp, script.createCachedData(), { mode: 0o600 });
        fs.renameSync(temp, cacheFile);
        // The newest few bundles' caches, not one: two checkouts (a project's odmsg beside a
        // global one, CI jobs of two branches) used in turn would otherwise evict each other's
        // cache on every run. Older versions' caches are dropped.
        const caches = fs
          .readdirSync(dir)
          .filter((name) => /^cli-[0-9a-f]{32}\.v8$/.test(name))
          .map((name) => ({ name, mtime: name === path.basename(cacheFile) ? Infinity : fs.statSync(path.join(dir, name)).mtimeMs }))
          .sort((a, b) => b.mtime - a.mtime);
        for (const { name } of caches.slice(KEPT_CACHES)) fs.rmSync(path.join(dir, name), { force: true });
      } catch {
        // a read-only home or a full disk: run without the cache next time too
      }
    });
  }
  const require_ = (id) => mod.require(id);
  require_.resolve = (request, options) => Module._resolveFilename(request, mod, false, options);
  require_.main = mod;
  require_.cache = Module._cache;
  process.mainModule = mod;
  started = true;
  wrapper.call(mod.exports, mod.exports, require_, mod, bundle, path.dirname(bundle));
}

if (process.env.ODMSG_NO_CODE_CACHE === '1') {
  require(bundle);
} else {
  try {
    runWithCodeCache();
  } catch (error) {
    if (started) throw error;
    require(bundle);
  }
}
