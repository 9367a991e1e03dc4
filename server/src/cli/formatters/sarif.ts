// SARIF 2.1.0 (the format GitHub code scanning and other CI dashboards import): one run,
// every rule with its docs link, one result per problem. Info-level hints become `note`
// results and appear only with --info. Files that could not be checked are reported as
// tool execution notifications, and the invocation is then marked unsuccessful.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../../engine/registry';
import type { Severity } from '../../engine/types';
import { escapeJsonForTerminal } from '../escape';
import { packageVersion, ruleDocsUri, TOOL_NAME } from '../packageInfo';
import type { FileResult, Message } from '../results';
import type { Formatter } from './types';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const SRCROOT = '%SRCROOT%';

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

/**
 * A lone surrogate (a Windows file name may hold one) has no UTF-8 form, so no URI:
 * encodeURIComponent throws on it. It is written as U+FFFD, as Node prints it anyway.
 */
function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function artifactLocation(result: FileResult, cwd: string): ArtifactLocation {
  const filePath = wellFormed(result.filePath);
  if (!path.isAbsolute(filePath)) return { uri: encodeURIComponent(filePath) };
  const relative = path.relative(wellFormed(cwd), filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(filePath).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function region(m: Message) {
  return { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn };
}

export const sarif: Formatter = (results, { cwd }) => {
  const ruleIndex = new Map(RULES.map((r, i) => [r.meta.id, i]));
  const sarifResults: unknown[] = [];
  const notifications: unknown[] = [];
  for (const result of results) {
    const location = artifactLocation(result, cwd);
    for (const m of result.messages) {
      const physicalLocation = { artifactLocation: location, region: region(m) };
      if (m.fatal || m.ruleId === null) {
        notifications.push({ level: 'error', message: { text: m.message }, locations: [{ physicalLocation }] });
        continue;
      }
      sarifResults.push({
        ruleId: m.ruleId,
        ...(ruleIndex.has(m.ruleId) ? { ruleIndex: ruleIndex.get(m.ruleId) } : {}),
        level: LEVEL[m.severity],
        message: { text: m.message },
        locations: [{ physicalLocation }],
        ...(m.fix
          ? {
              fixes: [
                {
                  description: { text: m.fix.desc },
                  artifactChanges: [
                    { artifactLocation: location, replacements: [{ deletedRegion: { charOffset: m.fix.range[0], charLength: m.fix.range[1] - m.fix.range[0] }, insertedContent: { text: m.fix.text } }] },
                  ],
                },
              ],
            }
          : {}),
      });
    }
  }
  const version = packageVersion();
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version,
            semanticVersion: version,
            rules: RULES.map(({ meta }) => ({
              id: meta.id,
              shortDescription: { text: meta.description },
              fullDescription: { text: meta.rationale },
              helpUri: ruleDocsUri(meta.id),
              help: { text: `${meta.description}\n\n${meta.rationale}` },
              defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
              properties: { fixable: meta.fixable, channels: [...meta.channels], wholeMessage: meta.wholeMessage ?? false },
            })),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href } },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  // The same JSON value, with no control character raw (escape.ts).
  return `${escapeJsonForTerminal(JSON.stringify(log, null, 2))}\n`;
};
