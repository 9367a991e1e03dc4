// What `npm test` sums up (scripts/test-all.ts): the counts each tier prints at its end, read
// from its output, and the closing line. A node:test tier ends with `# tests N`, `# pass N`,
// `# fail N`, `# cancelled N`, `# skipped N`, `# todo N` (TAP, the reporter when stdout is
// not a terminal; the spec reporter writes them as `ℹ tests N`); an end-to-end run ends with
// the runner's own line on stdout, "40 passed, 0 failed[, 2 pending]" (test/e2e/runCodeServer.ts
// finish), and not with mocha's summary, which reaches it through the workbench's log.
import { formatCount, plural } from '../server/src/engine/numbers';

export interface TierCounts {
  tests: number;
  failed: number;
  skipped: number;
}

export interface StepResult {
  /** The npm script ("test:engine", "lint"). */
  script: string;
  /** The script's exit code (null when a signal ended it). */
  code: number | null;
  /** Undefined for a step that runs no tests (build, typecheck, lint, format:check). */
  counts?: TierCounts;
  /** Why a step that exited 0 still failed (a tier that reported no tests). */
  problem?: string;
}

export function stepFailed(step: StepResult): boolean {
  return step.code !== 0 || step.problem !== undefined;
}

const NODE_TEST_LINE = /^(?:# |ℹ )(tests|pass|fail|cancelled|skipped|todo) (\d+)$/;
const E2E_RESULT = /^(\d+) passed, (\d+) failed(?:, (\d+) pending)?$/;

/** Reads a tier's output line by line, summing every run it reports (test:e2e has two). */
export class CountReader {
  private tests = 0;
  private failed = 0;
  private skipped = 0;
  private seen = false;
  private pending = '';

  /** Feeds output as it arrives, in chunks that may end mid-line. */
  push(chunk: string): void {
    const lines = (this.pending + chunk).split(/\r?\n/);
    this.pending = lines.pop() ?? '';
    for (const line of lines) this.line(line);
  }

  /** The counts read, or undefined when the output had none. */
  finish(): TierCounts | undefined {
    if (this.pending) this.line(this.pending);
    this.pending = '';
    return this.seen ? { tests: this.tests, failed: this.failed, skipped: this.skipped } : undefined;
  }

  private line(raw: string): void {
    const line = raw.trimEnd();
    const nodeTest = NODE_TEST_LINE.exec(line);
    if (nodeTest) {
      this.seen = true;
      const n = Number(nodeTest[2]);
      if (nodeTest[1] === 'tests') this.tests += n;
      else if (nodeTest[1] === 'fail' || nodeTest[1] === 'cancelled') this.failed += n;
      else if (nodeTest[1] === 'skipped' || nodeTest[1] === 'todo') this.skipped += n;
      return;
    }
    const e2e = E2E_RESULT.exec(line);
    if (!e2e) return;
    this.seen = true;
    const [passed, failed, pending] = [e2e[1], e2e[2], e2e[3] ?? '0'].map(Number);
    this.tests += passed + failed + pending;
    this.failed += failed;
    this.skipped += pending;
  }
}

/**
 * "npm test: 3,612 tests in 8 tiers, 0 failed, 0 skipped (build, typecheck, lint, format:check
 * passed)", or, when a step failed, the same so far and which step failed.
 */
export function summaryLine(steps: readonly StepResult[], planned: number): string {
  const tiers = steps.filter((s) => s.counts);
  const sum = (key: keyof TierCounts) => tiers.reduce((n, s) => n + s.counts![key], 0);
  const checks = steps.filter((s) => !s.counts && !stepFailed(s)).map((s) => s.script);
  const failedStep = steps.find(stepFailed);
  const counts = `${plural(sum('tests'), 'test')} in ${plural(tiers.length, 'tier')}, ${formatCount(sum('failed'))} failed, ${formatCount(sum('skipped'))} skipped`;
  const passed = checks.length > 0 ? ` (${checks.join(', ')} passed)` : '';
  if (!failedStep) return `npm test: ${counts}${passed}`;
  const left = planned - steps.length;
  const why = failedStep.problem ?? (failedStep.code === null ? 'was stopped by a signal' : `failed (exit code ${failedStep.code})`);
  return `npm test: FAILED: ${failedStep.script} ${why}; ${counts}${passed}${left > 0 ? `; ${plural(left, 'step')} not run` : ''}`;
}
