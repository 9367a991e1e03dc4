// Problems in a `.odmsgrc.json` itself, shown on that file. The check is the engine's, the
// same one the CLI runs (`validateConfigText`), so the editor flags exactly what CI rejects:
// a syntax error (the file is then ignored and templates are checked with the defaults), and
// values the schema does not allow (unknown options or rules, bad severities, wrong types),
// shown as warnings while the rest of the file still applies.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { OdmsgConfig } from '../engine/config';
import { validateConfigText } from '../engine/configValidation';
import { LineIndex } from '../engine/text';
import { SOURCE } from './conversions';

export const CONFIG_CODE = 'config';

export interface ConfigFileCheck {
  /** Undefined when the file does not parse: checking goes on with the defaults. */
  config?: OdmsgConfig;
  diagnostics: Diagnostic[];
}

export function checkConfigText(text: string): ConfigFileCheck {
  const lines = new LineIndex(text);
  const { config, problems } = validateConfigText(text);
  const diagnostics = problems.map(({ message, offset, length, syntax }): Diagnostic => ({
    range: { start: lines.positionAt(offset), end: lines.positionAt(offset + length) },
    severity: syntax ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: SOURCE,
    code: CONFIG_CODE,
    message: syntax ? `${message} This file is ignored until it is fixed; templates are checked with the defaults.` : `${message} The command line rejects this file (exit 2).`,
  }));
  return { config, diagnostics };
}
