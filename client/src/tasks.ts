// "odmsg: check" as a VS Code task (Terminal → Run Task): runs the project's own command line,
// `npx --no odmsg check --format compact`, and reads its output with the `$odmsg` problem
// matcher (package.json), so the results land in the Problems panel. `--no` stops npx from
// downloading something when odmsg is not installed in the project. tasks.json can also
// declare `{"type": "odmsg", "paths": [...], "args": [...]}`; resolveTask fills those in.
import { ShellExecution, Task, TaskScope, tasks, workspace, type Disposable, type TaskDefinition, type TaskProvider, type WorkspaceFolder } from 'vscode';

export const TASK_TYPE = 'odmsg';
export const PROBLEM_MATCHER = '$odmsg';

interface OdmsgTaskDefinition extends TaskDefinition {
  /** Files, folders or globs to check (default: the folder the task runs in). */
  paths?: string[];
  /** More options for `odmsg check`. */
  args?: string[];
}

export function registerTaskProvider(): Disposable {
  const provider: TaskProvider = {
    provideTasks: () => (workspace.workspaceFolders ?? []).map((folder) => checkTask({ type: TASK_TYPE }, folder)),
    resolveTask: (task) => {
      const definition = task.definition as OdmsgTaskDefinition;
      if (definition.type !== TASK_TYPE) return undefined;
      const folder = typeof task.scope === 'object' ? task.scope : workspace.workspaceFolders?.[0];
      return checkTask(definition, folder, task.name);
    },
  };
  return tasks.registerTaskProvider(TASK_TYPE, provider);
}

function checkTask(definition: OdmsgTaskDefinition, folder: WorkspaceFolder | undefined, name = 'check'): Task {
  const args = ['--no', 'odmsg', 'check', ...(definition.paths ?? []), '--format', 'compact', ...(definition.args ?? [])];
  const execution = new ShellExecution('npx', args, folder ? { cwd: folder.uri.fsPath } : {});
  return new Task(definition, folder ?? TaskScope.Workspace, name, 'odmsg', execution, PROBLEM_MATCHER);
}
