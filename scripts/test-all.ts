// `npm test`: runs the npm scripts named on the command line one after the other (build,
// checks, then every test tier), passing their output through as it comes, and closes with one
// line summing every tier ("npm test: 3,612 tests in 8 tiers, 0 failed, 0 skipped"). Like the
// `&&` chain it replaces, it stops at the first step that fails and exits non-zero; a test
// tier (a `test:*` script) that reports no tests fails too, so a tier that silently ran
// nothing is never counted as passed.
import { spawn } from 'node:child_process';
import { CountReader, stepFailed, summaryLine, type StepResult } from './testSummary';

function runScript(script: string): Promise<StepResult> {
  // Through the npm that runs `npm test` (npm_execpath), else the one on PATH.
  const npmCli = process.env.npm_execpath;
  const [command, args] = npmCli && /\.[cm]?js$/.test(npmCli) ? [process.execPath, [npmCli, 'run', script]] : ['npm', ['run', script]];
  const reader = new CountReader();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['inherit', 'pipe', 'inherit'], shell: process.platform === 'win32' && command === 'npm' });
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      process.stdout.write(chunk);
      reader.push(chunk);
    });
    child.on('error', (error) => {
      process.stderr.write(`npm test: cannot run "npm run ${script}": ${error.message}\n`);
      resolve({ script, code: 1 });
    });
    child.on('close', (code) => {
      const counts = reader.finish();
      const tier = script.startsWith('test:');
      resolve({ script, code, counts, problem: tier && code === 0 && (!counts || counts.tests === 0) ? 'reported no tests' : undefined });
    });
  });
}

async function main(scripts: readonly string[]): Promise<number> {
  if (scripts.length === 0) {
    process.stderr.write('npm test: name the npm scripts to run (package.json "test").\n');
    return 2;
  }
  const steps: StepResult[] = [];
  for (const script of scripts) {
    const step = await runScript(script);
    steps.push(step);
    if (stepFailed(step)) break;
  }
  process.stdout.write(`\n${summaryLine(steps, scripts.length)}\n`);
  return steps.some(stepFailed) ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
