// Problems in a `.odmsgrc.json` itself, shown on that file: syntax errors (the file is then
// ignored and templates are checked with the defaults), and rule settings the engine would
// silently skip (an unknown rule id, a severity that is not one).
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { readConfigText, type OdmsgConfig } from './engine/config';
import { RULE_IDS, ruleById } from './engine/registry';
import { LineIndex } from './engine/text';
import { SEVERITY_SETTINGS, type SeveritySetting } from './engine/types';
import { SOURCE } from './conversions';

export const CONFIG_CODE = 'config';

export interface ConfigFileCheck {
  /** Undefined when the file does not parse: checking goes on with the defaults. */
  config?: OdmsgConfig;
  diagnostics: Diagnostic[];
}

export function checkConfigText(text: string): ConfigFileCheck {
  const lines = new LineIndex(text);
  const diagnostic = (offset: number, length: number, message: string, severity: DiagnosticSeverity): Diagnostic => ({
    range: { start: lines.positionAt(offset), end: lines.positionAt(offset + length) },
    severity,
    source: SOURCE,
    code: CONFIG_CODE,
    message,
  });

  const { config, errors } = readConfigText(text);
  if (!config) {
    return {
      diagnostics: errors.map((e) =>
        diagnostic(e.offset, e.length, `${e.message} This file is ignored until it is fixed; templates are checked with the defaults.`, DiagnosticSeverity.Error),
      ),
    };
  }
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  const rules = root && findNodeAtLocation(root, ['rules']);
  const diagnostics: Diagnostic[] = [];
  if (rules && rules.type !== 'object') {
    diagnostics.push(diagnostic(rules.offset, rules.length, '"rules" must be an object of rule ids and severities.', DiagnosticSeverity.Warning));
  }
  for (const property of rules?.type === 'object' ? (rules.children ?? []) : []) {
    const [key, value] = property.children ?? [];
    if (!key || typeof key.value !== 'string') continue;
    if (!ruleById(key.value)) {
      diagnostics.push(diagnostic(key.offset, key.length, `Unknown rule "${key.value}". Known rules: ${RULE_IDS.join(', ')}.`, DiagnosticSeverity.Warning));
    }
    if (value && !isSeverity(value)) {
      diagnostics.push(
        diagnostic(value.offset, value.length, `${JSON.stringify(value.value)} is not a severity: use ${SEVERITY_SETTINGS.map((s) => `"${s}"`).join(', ')}.`, DiagnosticSeverity.Warning),
      );
    }
  }
  return { config, diagnostics };
}

function isSeverity(node: Node): boolean {
  return node.type === 'string' && SEVERITY_SETTINGS.includes(node.value as SeveritySetting);
}
