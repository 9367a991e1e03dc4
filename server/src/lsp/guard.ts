// A handler that throws must not take the server down: log the error and answer the fallback
// (null for requests), so one bad document or message never costs the user every other check.
import type { RemoteConsole } from 'vscode-languageserver';

export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

export function guarded<A extends unknown[], R>(console: RemoteConsole, name: string, fallback: R, handler: (...args: A) => R | Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (error) {
      console.error(`odmsg: ${name} failed: ${describeError(error)}`);
      return fallback;
    }
  };
}
