// The VS Code side of odmsg: starts the language server and forwards one command to it.
// Every check, fix and hover lives in the server; nothing here knows about rules.
import * as path from 'node:path';
import { commands, window, workspace, type ExtensionContext } from 'vscode';
import { ExecuteCommandRequest, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const configWatcher = workspace.createFileSystemWatcher('**/.odmsgrc.json');
  context.subscriptions.push(configWatcher);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'odmsg' },
      { scheme: 'untitled', language: 'odmsg' },
    ],
    synchronize: {
      fileEvents: configWatcher,
      configurationSection: 'odmsg',
    },
    outputChannelName: 'odmsg',
  };
  // The id 'odmsg' makes the client read the `odmsg.trace.server` setting.
  client = new LanguageClient('odmsg', 'odmsg', serverOptions, clientOptions);
  context.subscriptions.push(commands.registerCommand('odmsg.fixAll', fixAllInActiveEditor));
  await client.start();
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}

async function fixAllInActiveEditor(): Promise<void> {
  const document = window.activeTextEditor?.document;
  if (!client || !document || document.languageId !== 'odmsg') return;
  await client.sendRequest(ExecuteCommandRequest.type, {
    command: 'odmsg.server.fixAll',
    arguments: [{ uri: client.code2ProtocolConverter.asUri(document.uri), version: document.version }],
  });
}
