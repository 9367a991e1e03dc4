// Entry point of the bundled CLI (server/out/cli.js, loaded by bin/odmsg.js): runs at once.
// The same file is what `odmsg check`'s worker threads run (parallel.ts): there it checks
// the chunks of files it is handed instead.
import { runCheckWorker } from './parallel';
import { main } from './run';

if (!runCheckWorker()) {
  void main(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
    workerScript: __filename,
  }).then((code) => {
    process.exitCode = code;
  });
}
