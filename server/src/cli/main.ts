// Entry point of the bundled CLI (server/out/cli.js, loaded by bin/odmsg.js): runs at once.
// The same file is what `odmsg check`'s worker threads run (parallel.ts): there it checks
// the chunks of files it is handed instead.
import { runCheckWorker } from './parallel';
import { main } from './run';

/**
 * A reader that stops early (`odmsg check --format sarif | head`) closes the pipe: writes then
 * fail with EPIPE, which Node raises as an uncaught error with its stack. Stop quietly instead,
 * with the run's exit code, as other command-line tools do.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 2);
  });
}

if (!runCheckWorker()) {
  quietOnClosedPipe(process.stdout);
  quietOnClosedPipe(process.stderr);
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
