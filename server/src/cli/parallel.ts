// `odmsg check` on many files: worker threads check chunks of the file list alongside the
// main thread. Each thread claims the next chunk from a counter in shared memory, so a slow
// chunk or a late-starting worker never leaves a core idle; the main thread puts the results
// back in file order, so the output is exactly that of checking one file after another.
//
// A worker is not free: it loads the bundle (about 60 ms), warms up its own JIT (about 0.4 s
// of CPU over the first few thousand templates), and its results are copied to the main
// thread. On the 2-vCPU benchmark machine, where V8's own background threads already keep
// the second core half busy, that costs more than it saves below about 20,000 files:
// 10,000 files took 1.88 s on one thread and 2.02 s with a worker, 50,000 files 6.4 s and 5.4 s.
import * as os from 'node:os';
import type * as WorkerThreads from 'node:worker_threads';
import type { CheckOptions } from './args';
import { emptyChecked, mergeChecked, TemplateChecker, type Checked } from './templateChecker';

/**
 * Loaded only when threads are used: loading the module costs about 10 ms, on every start of
 * the CLI otherwise (`odmsg --version` included).
 */
function threads(): typeof WorkerThreads {
  return require('node:worker_threads') as typeof WorkerThreads;
}

/** On the command line of a check worker (the CLI bundle started as one). */
export const WORKER_FLAG = '--odmsg-check-worker';

/** Below this many files a worker costs more than it saves (measured; see above). */
export const PARALLEL_MIN_FILES = 20_000;
/** Files per chunk: small enough to share the work evenly, big enough that claiming is free. */
const CHUNK_FILES = 50;
const MAX_WORKERS = 7;

interface WorkerInput {
  odmsgCheckWorker: true;
  files: readonly string[];
  options: CheckOptions;
  cwd: string;
  /** Int32Array over it: [0] is the next chunk to claim. */
  counter: SharedArrayBuffer;
  /** Where the worker posts each chunk's results. */
  port: WorkerThreads.MessagePort;
}

interface ChunkDone {
  chunk: number;
  checked: Checked;
}

function workerCount(files: number): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(0, Math.min(cores - 1, MAX_WORKERS, Math.ceil(files / CHUNK_FILES) - 1));
}

export function useWorkers(files: number): boolean {
  return files >= PARALLEL_MIN_FILES && workerCount(files) > 0;
}

function chunkOf(files: readonly string[], chunk: number): readonly string[] {
  return files.slice(chunk * CHUNK_FILES, (chunk + 1) * CHUNK_FILES);
}

/** Checks `files` with worker threads running `workerScript` and this thread together. */
export async function checkInParallel(files: readonly string[], options: CheckOptions, cwd: string, workerScript: string, checker: TemplateChecker): Promise<Checked> {
  const chunks = Math.ceil(files.length / CHUNK_FILES);
  const counter = new SharedArrayBuffer(4);
  const next = new Int32Array(counter);
  const results: (Checked | undefined)[] = new Array(chunks);
  let pending = chunks;
  let running = 0;
  let settle: () => void = () => {};
  const settled = new Promise<void>((resolve) => (settle = resolve));
  const store = (chunk: number, checked: Checked) => {
    if (results[chunk] !== undefined) return;
    results[chunk] = checked;
    if (--pending === 0) settle();
  };

  const { MessageChannel, receiveMessageOnPort, Worker } = threads();
  const workers: WorkerThreads.Worker[] = [];
  const ports: WorkerThreads.MessagePort[] = [];
  for (let i = workerCount(files.length); i > 0; i--) {
    // Results come on a port of our own, so that those still queued when the worker exits
    // can be taken in at once (receiveMessageOnPort), never lost to the order of events.
    const { port1, port2 } = new MessageChannel();
    const input: WorkerInput = { odmsgCheckWorker: true, files, options, cwd, counter, port: port2 };
    let worker: WorkerThreads.Worker;
    try {
      worker = new Worker(workerScript, { workerData: input, transferList: [port2], argv: [WORKER_FLAG] });
    } catch {
      port1.close();
      break; // no threads here: the main thread does it all
    }
    running++;
    port1.on('message', (done: ChunkDone) => store(done.chunk, done.checked));
    // A worker that fails (it should not) leaves its chunk unfinished: the main thread redoes it below.
    worker.on('error', () => {});
    worker.on('exit', () => {
      for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) store(m.message.chunk, m.message.checked);
      if (--running === 0) settle();
    });
    workers.push(worker);
    ports.push(port1);
  }

  try {
    for (let chunk = Atomics.add(next, 0, 1); chunk < chunks; chunk = Atomics.add(next, 0, 1)) {
      store(chunk, checker.checkFiles(chunkOf(files, chunk)));
      // Let the workers' results in between chunks, so taking them in overlaps with their work.
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (pending > 0 && running > 0) await settled;
  } finally {
    // Done, or failed: either way no worker has anything left to do.
    for (const worker of workers) {
      worker.unref();
      void worker.terminate();
    }
    for (const port of ports) port.close();
  }

  const all = emptyChecked();
  for (let chunk = 0; chunk < chunks; chunk++) mergeChecked(all, results[chunk] ?? checker.checkFiles(chunkOf(files, chunk)));
  return all;
}

/** The worker's side, when the CLI bundle runs as a check worker; false when it is not one. */
export function runCheckWorker(): boolean {
  if (!process.argv.includes(WORKER_FLAG)) return false;
  const { workerData } = threads();
  const input = workerData as WorkerInput | undefined;
  if (input?.odmsgCheckWorker !== true) return false;
  const checker = new TemplateChecker(input.options, input.cwd);
  const next = new Int32Array(input.counter);
  const chunks = Math.ceil(input.files.length / CHUNK_FILES);
  for (let chunk = Atomics.add(next, 0, 1); chunk < chunks; chunk = Atomics.add(next, 0, 1)) {
    const done: ChunkDone = { chunk, checked: checker.checkFiles(chunkOf(input.files, chunk)) };
    input.port.postMessage(done);
  }
  return true;
}
