// The "odmsg" output channel: the extension's start-up lines (its version, the server started)
// and what the language server logs there through window/logMessage (each .odmsgrc.json as it
// reads it, "Using <path>" with what is wrong with it, and failures). The same
// channel goes to the LanguageClient, so both sides write one log. Every line is also kept in
// memory for the extension's exports: a test cannot read an output channel's content.
import { EventEmitter, window, type Event, type LogOutputChannel } from 'vscode';

const LEVELS = new Set(['trace', 'debug', 'info', 'warn', 'error']);
/** Enough for start-up and a session's config changes; older lines stay in the channel only. */
const KEPT_LINES = 500;

export class OutputLog {
  private readonly kept: string[] = [];
  private readonly logged = new EventEmitter<string>();
  private readonly real: LogOutputChannel;
  /** The channel to write to and to give the LanguageClient; it records what it is given. */
  readonly channel: LogOutputChannel;
  /** Fires with each line written at a log level (trace to error). */
  readonly onDidLog: Event<string> = this.logged.event;

  constructor(name: string) {
    this.real = window.createOutputChannel(name, { log: true });
    // A proxy rather than a class restating LogOutputChannel's fifteen members: only the
    // level methods are watched, the rest is the channel itself.
    this.channel = new Proxy(this.real, {
      get: (target, property) => {
        const value: unknown = Reflect.get(target, property, target);
        if (typeof value !== 'function') return value;
        if (typeof property === 'string' && LEVELS.has(property)) {
          return (message: unknown, ...args: unknown[]) => {
            this.record(String(message));
            return (value as (...a: unknown[]) => unknown).call(target, message, ...args);
          };
        }
        return (value as (...a: unknown[]) => unknown).bind(target);
      },
    });
  }

  /** The lines logged so far (the newest KEPT_LINES), oldest first. */
  get lines(): readonly string[] {
    return this.kept;
  }

  info(message: string): void {
    this.channel.info(message);
  }

  dispose(): void {
    this.logged.dispose();
    this.real.dispose();
  }

  private record(line: string): void {
    this.kept.push(line);
    if (this.kept.length > KEPT_LINES) this.kept.shift();
    this.logged.fire(line);
  }
}
