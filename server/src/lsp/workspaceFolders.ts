// The client's workspace folders, kept current through didChangeWorkspaceFolders: a new
// `.odmsgrc.json` goes to the root of the folder holding the template.
import type { WorkspaceFolder, WorkspaceFoldersChangeEvent } from 'vscode-languageserver';
import { filePathOf, isInside } from './uris';

export class WorkspaceFolders {
  private readonly paths = new Map<string, string>();

  set(folders: readonly WorkspaceFolder[] | null | undefined): void {
    this.paths.clear();
    for (const folder of folders ?? []) this.add(folder.uri);
  }

  change(event: WorkspaceFoldersChangeEvent): void {
    for (const folder of event.removed) this.paths.delete(folder.uri);
    for (const folder of event.added) this.add(folder.uri);
  }

  /** The folders' file system paths (folders that are not `file:` URIs are left out). */
  all(): string[] {
    return [...this.paths.values()];
  }

  /** The innermost workspace folder holding `filePath`. */
  containing(filePath: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.paths.values()) {
      if (isInside(folder, filePath) && (!best || folder.length > best.length)) best = folder;
    }
    return best;
  }

  private add(uri: string): void {
    const folderPath = filePathOf(uri);
    if (folderPath) this.paths.set(uri, folderPath);
  }
}
