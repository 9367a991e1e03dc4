#!/usr/bin/env node
// The bundled language server; pass --stdio (other editors) or --node-ipc.
if (!process.argv.slice(2).some((a) => a.startsWith('--stdio') || a.startsWith('--node-ipc') || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.argv.push('--stdio');
}
require('../server/out/server.js');
