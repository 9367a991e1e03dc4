// Problems in a `.odmsgrc.json` itself, shown on that file. The check is the engine's, the
// same one the CLI runs (workspace/configLoader.ts), so the editor flags exactly what CI rejects:
// a syntax error (the file is then ignored and templates are checked with the defaults), and
// values the schema does not allow (unknown options or rules, bad severities, wrong types),
// shown as warnings while the rest of the file still applies.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { ConfigProblem } from '../workspace/configLoader';
import { SOURCE } from './conversions';

export const CONFIG_CODE = 'config';

export function configDiagnostics(problems: readonly ConfigProblem[]): Diagnostic[] {
  return problems.map(({ message, start, end, syntax }): Diagnostic => ({
    range: { start, end },
    severity: syntax ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: SOURCE,
    code: CONFIG_CODE,
    message: syntax ? `${message} This file is ignored until it is fixed; templates are checked with the defaults.` : `${message} The command line rejects this file (exit 2).`,
  }));
}
