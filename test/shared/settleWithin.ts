// A promise raced against a timer, so a test fails with a message instead of hanging. Shared by
// the protocol tests (plain node) and the end-to-end suite (inside VS Code's extension host), so
// it imports nothing.

/** Settles as `promise` does, or rejects with `timeoutError()` (built then) after `ms` milliseconds. */
export function settleWithin<T>(promise: PromiseLike<T>, ms: number, timeoutError: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(timeoutError()), ms);
    Promise.resolve(promise).then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
