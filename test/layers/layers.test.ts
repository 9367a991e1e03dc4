// The layer check (.dependency-cruiser.cjs): the real tree passes, and each kind of violation
// in a small tree laid out like server/src and client/src is reported under its rule.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const ROOT = path.resolve(__dirname, '..', '..');
const CONFIG = path.join(ROOT, '.dependency-cruiser.cjs');
const CRUISE = path.join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

function cruise(cwd: string, outputType = 'json'): { code: number | null; violations: Violation[]; stderr: string } {
  const run = spawnSync(process.execPath, [CRUISE, 'server/src', 'client/src', '--config', CONFIG, '--output-type', outputType], { cwd, encoding: 'utf8' });
  assert.equal(run.error, undefined);
  const violations = outputType === 'json' ? (JSON.parse(run.stdout) as { summary: { violations: Violation[] } }).summary.violations : [];
  return { code: run.status, violations, stderr: run.stderr + (outputType === 'json' ? '' : run.stdout) };
}

/** One clean file per layer, using what each may use. */
const CLEAN: Record<string, string> = {
  'server/src/engine/text.ts': 'export const SPACE = " ";\n',
  'server/src/present/plural.ts': 'import { SPACE } from "../engine/text";\nexport const plural = (n: number) => `${n}${SPACE}`;\n',
  'server/src/protocol/analysis.ts': 'import type { SPACE } from "../engine/text";\nexport const ANALYSIS_REQUEST = "odmsg/analysis";\nexport type Space = typeof SPACE;\n',
  'server/src/workspace/read.ts': 'import * as fs from "node:fs";\nimport { plural } from "../present/plural";\nexport const read = (p: string) => fs.readFileSync(p, "utf8") + plural(1);\n',
  'server/src/lsp/server.ts': 'import { read } from "../workspace/read";\nimport { ANALYSIS_REQUEST } from "../protocol/analysis";\nexport const x = [read, ANALYSIS_REQUEST];\n',
  'server/src/cli/main.ts': 'import { read } from "../workspace/read";\nimport { plural } from "../present/plural";\nexport const y = [read, plural];\n',
  'server/src/protocol/database.ts': 'export interface Commands { pull(): string }\n',
  'server/src/databaseBundle/main.ts': 'import type { Commands } from "../protocol/database";\nimport { read } from "../workspace/read";\nexport const editor: Commands = { pull: () => read("x") };\n',
  'server/src/workspace/report.ts': 'import type { Commands } from "../protocol/database";\nexport type Report = Commands;\n',
  'server/src/cli/database.ts': 'export type Bundle = typeof import("../databaseBundle/main");\nexport const load = (): Bundle => require("../databaseBundle/main") as Bundle;\n',
  'client/src/extension.ts':
    'import * as path from "node:path";\nimport { ANALYSIS_REQUEST } from "../../server/src/protocol/analysis";\nimport { page } from "../../server/src/present/webview/page";\nexport const z = [path, ANALYSIS_REQUEST, page];\n',
  // The webview pages: themselves, engine types, and at run time engine/numbers.ts only.
  'server/src/engine/numbers.ts': 'export const formatCount = (n: number) => String(n);\n',
  'server/src/present/webview/page.ts':
    'import type { SPACE } from "../../engine/text";\nimport { formatCount } from "../../engine/numbers";\nexport const page = (s: typeof SPACE) => `<p>${formatCount(1)}${s}</p>`;\n',
  // A cycle closed by a type-only import is erased at run time: allowed.
  'server/src/engine/typeA.ts': 'import type { B } from "./typeB";\nexport interface A { b?: B }\nexport const a = 1;\n',
  'server/src/engine/typeB.ts': 'import { a } from "./typeA";\nexport interface B { a: number }\nexport const b = a;\n',
};

/** Each file breaks one rule (file → the rule that must report it). */
const VIOLATIONS: Record<string, [string, string]> = {
  'server/src/engine/importsServer.ts': ['import { x } from "../lsp/server";\nexport const b = x;\n', 'engine-imports-only-itself'],
  'server/src/engine/importsNode.ts': ['import * as fs from "node:fs";\nexport const b = fs;\n', 'engine-imports-only-itself'],
  'server/src/present/importsWorkspace.ts': ['import { read } from "../workspace/read";\nexport const b = read;\n', 'present-imports-only-engine'],
  'server/src/protocol/importsEngine.ts': ['import { SPACE } from "../engine/text";\nexport const b = SPACE;\n', 'protocol-imports-engine-types-only'],
  'server/src/protocol/importsWorkspace.ts': ['import type { read } from "../workspace/read";\nexport type B = typeof read;\n', 'protocol-imports-only-lsp-protocol-and-engine-types'],
  'server/src/workspace/importsServer.ts': ['import { x } from "../lsp/server";\nexport const b = x;\n', 'workspace-imports-only-engine-present-protocol'],
  'server/src/workspace/runsProtocol.ts': ['import { ANALYSIS_REQUEST } from "../protocol/analysis";\nexport const b = ANALYSIS_REQUEST;\n', 'workspace-and-cli-import-protocol-types-only'],
  'server/src/cli/runsProtocol.ts': ['import { ANALYSIS_REQUEST } from "../protocol/analysis";\nexport const b = ANALYSIS_REQUEST;\n', 'workspace-and-cli-import-protocol-types-only'],
  'server/src/lsp/importsCli.ts': ['import { y } from "../cli/main";\nexport const b = y;\n', 'lsp-imports-only-engine-present-protocol-workspace'],
  'server/src/cli/importsServer.ts': ['import { x } from "../lsp/server";\nexport const b = x;\n', 'cli-imports-only-engine-present-protocol-workspace-databaseBundle'],
  'client/src/importsEngine.ts': ['import { SPACE } from "../../server/src/engine/text";\nexport const b = SPACE;\n', 'client-imports-only-protocol-and-webview'],
  'server/src/cli/importsDatabaseBundle.ts': ['import { editor } from "../databaseBundle/main";\nexport const b = editor;\n', 'cli-requires-database-bundle-in-one-place'],
  'server/src/databaseBundle/importsLsp.ts': ['import { x } from "../lsp/server";\nexport const b = x;\n', 'databaseBundle-imports-only-engine-present-protocol-workspace'],
  'server/src/databaseBundle/runsProtocol.ts': ['import { ANALYSIS_REQUEST } from "../protocol/analysis";\nexport const b = ANALYSIS_REQUEST;\n', 'database-bundle-imports-protocol-types-only'],
  'server/src/lsp/importsDatabaseBundle.ts': ['import { editor } from "../databaseBundle/main";\nexport const b = editor;\n', 'lsp-imports-only-engine-present-protocol-workspace'],
  'client/src/importsDatabaseBundle.ts': ['import { editor } from "../../server/src/databaseBundle/main";\nexport const b = editor;\n', 'client-imports-only-protocol-and-webview'],
  'server/src/present/webview/runsEngine.ts': ['import { SPACE } from "../../engine/text";\nexport const b = SPACE;\n', 'webview-imports-only-itself-and-numbers'],
  'server/src/present/webview/importsPresent.ts': ['import { plural } from "../plural";\nexport const b = plural;\n', 'webview-imports-only-itself-and-numbers'],
  'client/src/importsPresent.ts': ['import { plural } from "../../server/src/present/plural";\nexport const b = plural;\n', 'client-imports-only-protocol-and-webview'],
  'server/src/cli/cycleA.ts': ['import { b } from "./cycleB";\nexport const a = () => b;\n', 'no-runtime-cycle'],
};

function writeTree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'odmsg-layers-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('layer check', () => {
  it('passes on the project itself', () => {
    const result = cruise(ROOT, 'err');
    assert.equal(result.code, 0, result.stderr);
  });

  it('passes on a clean tree, and reports each violation under its rule with a failing exit code', (t) => {
    const clean = writeTree(CLEAN);
    const bad = writeTree({
      ...CLEAN,
      ...Object.fromEntries(Object.entries(VIOLATIONS).map(([file, [text]]) => [file, text])),
      // The other half of the runtime cycle (cycleA's entry names the rule).
      'server/src/cli/cycleB.ts': 'import { a } from "./cycleA";\nexport const b = () => a;\n',
    });
    t.after(() => {
      fs.rmSync(clean, { recursive: true, force: true });
      fs.rmSync(bad, { recursive: true, force: true });
    });
    assert.deepEqual(cruise(clean).violations, []);
    const reported = cruise(bad).violations.map((v) => `${v.from} ${v.rule.name}`);
    const expected = Object.entries(VIOLATIONS).map(([file, [, rule]]) => `${file} ${rule}`);
    assert.deepEqual([...reported].sort(), expected.sort());
    const failing = cruise(bad, 'err');
    assert.equal(failing.code, expected.length, failing.stderr);
  });
});
