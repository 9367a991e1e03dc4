// The "odmsg: check" task: the installed extension's task provider offers it for the workspace
// folder, running the project's odmsg with compact output read by the `$odmsg` problem matcher.
// Here because VS Code lists tasks only in a trusted workspace, and this pass runs trusted (the
// main pass runs in Restricted Mode). The task is not run: the fixture workspace has no odmsg
// installed; test/cli/problemMatcher.test.ts checks the matcher against real output.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ensureServerReady } from '../suite/helpers';

describe('odmsg task', () => {
  it('offers "odmsg: check" with the $odmsg problem matcher', async () => {
    await ensureServerReady();
    const tasks = await vscode.tasks.fetchTasks({ type: 'odmsg' });
    const check = tasks.find((t) => t.name === 'check' && t.source === 'odmsg');
    assert.ok(check, `no odmsg check task among: ${tasks.map((t) => `${t.source}: ${t.name}`).join(', ') || '(none)'}`);
    assert.deepEqual(check.problemMatchers, ['$odmsg']);
    assert.equal(check.scope, vscode.workspace.workspaceFolders?.[0]);
    const execution = check.execution;
    assert.ok(execution instanceof vscode.ShellExecution, 'a shell task');
    assert.equal(execution.command, 'npx');
    assert.deepEqual(execution.args, ['--no', 'odmsg', 'check', '--format', 'compact']);
  });
});
