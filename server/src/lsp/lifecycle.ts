// After `shutdown` the protocol allows the client nothing but `exit`: every request gets an
// InvalidRequest error (not a null answer that looks like "nothing here"), notifications are
// dropped, and the server sends nothing more (no diagnostics from checks still in flight).
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';

export class Lifecycle {
  private down = false;

  get isShutDown(): boolean {
    return this.down;
  }

  /** Marks the server shut down; a second `shutdown` is itself a request after shutdown. */
  shutDown(): void {
    this.rejectIfDown();
    this.down = true;
  }

  /** A request handler that answers InvalidRequest once the server is shut down. */
  request<A extends unknown[], R>(handler: (...args: A) => R): (...args: A) => R {
    return (...args: A) => {
      this.rejectIfDown();
      return handler(...args);
    };
  }

  /** A notification handler that does nothing once the server is shut down. */
  notification<A extends unknown[]>(handler: (...args: A) => unknown): (...args: A) => void {
    return (...args: A) => {
      if (!this.down) void handler(...args);
    };
  }

  /**
   * Makes the connection's diagnostics and notifications go nowhere after shutdown. Checks
   * started before it finish on their own time; one place here, not a test at every sender.
   */
  silenceAfterShutdown(connection: Connection): void {
    const sendDiagnostics = connection.sendDiagnostics.bind(connection);
    const sendNotification = connection.sendNotification.bind(connection) as (...args: unknown[]) => Promise<void>;
    connection.sendDiagnostics = (params) => (this.down ? Promise.resolve() : sendDiagnostics(params));
    (connection as { sendNotification: (...args: unknown[]) => Promise<void> }).sendNotification = (...args: unknown[]) => (this.down ? Promise.resolve() : sendNotification(...args));
  }

  private rejectIfDown(): void {
    if (this.down) throw new ResponseError(ErrorCodes.InvalidRequest, 'The odmsg server is shut down: only "exit" is accepted now.');
  }
}
