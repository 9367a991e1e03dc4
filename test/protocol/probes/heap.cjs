// Loaded with `node --expose-gc --require` into the language server under test, never
// shipped: on SIGUSR2 it collects garbage (twice, so objects freed by finalizers go too)
// and writes the heap in use to stderr, where the test client reads it. The server's
// own code has no test hook for this.
process.on('SIGUSR2', () => {
  global.gc();
  global.gc();
  process.stderr.write(`odmsg-heap-probe ${process.memoryUsage().heapUsed}\n`);
});
