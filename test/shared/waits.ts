// Waits with a timeout, so a test fails with a message instead of hanging, and never sleeps.
// Shared by the protocol tests (plain node) and the end-to-end suite (inside VS Code's extension
// host), so this file imports nothing: each side brings its own events.

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

/** Calls `wake` whenever something may have changed; returns what stops that. */
export type Subscribe = (wake: () => void) => () => void;

/**
 * Resolves with `check()`'s first value other than undefined. `check` runs now and again on each
 * wake-up from `subscribe`; what it throws rejects the wait. After `ms` milliseconds the wait
 * rejects with `timeoutError()`, built then so it can describe the state at that moment.
 */
export function waitUntil<T>(subscribe: Subscribe, check: () => T | undefined, ms: number, timeoutError: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let unsubscribe = () => {};
    const finish = () => {
      clearTimeout(timer);
      unsubscribe();
    };
    const attempt = () => {
      let value: T | undefined;
      try {
        value = check();
      } catch (error) {
        finish();
        reject(error);
        return;
      }
      if (value === undefined) return;
      finish();
      resolve(value);
    };
    const timer = setTimeout(() => {
      finish();
      reject(timeoutError());
    }, ms);
    unsubscribe = subscribe(attempt);
    attempt();
  });
}
