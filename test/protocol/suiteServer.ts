// One language server for a describe() block: the scaffolding every protocol suite shared.
// The client connects in before() and is stopped in after(), together with the suite's
// temporary folder. node:test runs hooks in the order they are registered, so a suite's own
// before() registered after serverForSuite() runs with the client connected, and one
// registered before it runs before the server starts.
import { after, before } from 'node:test';
import { TempDir } from './fixtures';
import { TestClient, type StartOptions } from './lspClient';

export interface SuiteServerOptions extends StartOptions {
  /** Open the suite's temporary folder as the only workspace folder (named "temp"). */
  workspaceFolder?: boolean;
}

export class SuiteServer {
  /** Per-URI settings (by scope URI) the client answers workspace/configuration with, unless `settings` is given. */
  readonly settings = new Map<string, unknown>();
  /** Connected in before(): use it inside tests and hooks. */
  readonly client: TestClient;
  private tempDir?: TempDir;

  constructor({ workspaceFolder, ...start }: SuiteServerOptions) {
    this.client = new TestClient({
      settings: (scopeUri) => (scopeUri && this.settings.get(scopeUri)) ?? {},
      ...(workspaceFolder ? { workspaceFolders: [{ uri: this.temp.uri(), name: 'temp' }] } : {}),
      ...start,
    });
  }

  /** A temporary folder, made on first use and removed after the suite. */
  get temp(): TempDir {
    return (this.tempDir ??= new TempDir());
  }

  async dispose(): Promise<void> {
    await this.client.stop();
    this.tempDir?.dispose();
  }
}

/** A server for the enclosing describe(): connected before its tests, stopped after them. */
export function serverForSuite(options: SuiteServerOptions = {}): SuiteServer {
  const server = new SuiteServer(options);
  before(() => server.client.connect());
  after(() => server.dispose());
  return server;
}
