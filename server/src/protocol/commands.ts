// The server's commands the client runs (workspace/executeCommand), and what they return.
/** Named apart from the client's `odmsg.fixAll` so the two never register the same command. */
export const FIX_ALL_COMMAND = 'odmsg.server.fixAll';
/** Checks every `.odmsg` file in the workspace folders (client command `odmsg.checkWorkspace`). */
export const CHECK_WORKSPACE_COMMAND = 'odmsg.server.checkWorkspace';

/**
 * The client's command that opens a rule's page rendered (VS Code: the Markdown preview of the
 * packaged page); its one argument is the page's `file:` URI, as in Diagnostic.codeDescription.
 * The server offers "Show documentation for <rule>" only to a client whose initializationOptions
 * say it has the command (`{ "showRuleDocs": true }`).
 */
export const SHOW_RULE_DOCS_COMMAND = 'odmsg.showRuleDocs';

/** What the client tells the server in initialize's `initializationOptions`. */
export interface InitializationOptions {
  /** The client runs SHOW_RULE_DOCS_COMMAND. */
  showRuleDocs?: boolean;
}

/** What CHECK_WORKSPACE_COMMAND counts. */
export interface CheckWorkspaceCounts {
  /** Workspace folders searched (`file:` folders only). */
  folders: number;
  /** Templates checked (files with `odmsg.enable: false` are not counted). */
  files: number;
  /** Templates with at least one problem, unreadable ones included. */
  filesWithProblems: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Files that could not be read or are not UTF-8 text; each shows one error without a rule. */
  unreadable: number;
}

/** What CHECK_WORKSPACE_COMMAND returns: the counts, and the sentence the client shows for them. */
export interface CheckWorkspaceResult extends CheckWorkspaceCounts {
  summary: string;
}
