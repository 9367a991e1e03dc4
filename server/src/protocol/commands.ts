// The server's commands the client runs (workspace/executeCommand), and what they return.
/** Named apart from the client's `odmsg.fixAll` so the two never register the same command. */
export const FIX_ALL_COMMAND = 'odmsg.server.fixAll';
/** Checks every `.odmsg` file in the workspace folders (client command `odmsg.checkWorkspace`). */
export const CHECK_WORKSPACE_COMMAND = 'odmsg.server.checkWorkspace';

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
