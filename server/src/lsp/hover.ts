// Hover on a replacement tag (the catalog's description, example and kinds, and whether this
// file's kind fills it), on a tag Open Dental does not know (sent as typed), and on a character
// outside GSM-7 in a text (what the switch to UCS-2 costs).
import { MarkupKind, type Hover, type HoverParams, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { canonicalSpellings, tagByName } from '../engine/catalog';
import { describeTag } from '../engine/domain';
import type { Template } from '../engine/parse';
import { nonGsmHover } from './analysis';
import { rangeOf } from './conversions';
import type { DiagnosticsScheduler } from './diagnosticsScheduler';

export async function provideHover(params: HoverParams, documents: TextDocuments<TextDocument>, scheduler: DiagnosticsScheduler): Promise<Hover | null> {
  if (!documents.get(params.textDocument.uri)) return null;
  const config = await scheduler.configFor(params.textDocument.uri);
  // The settings request may have let the document move on; answer for what is there now.
  const document = documents.get(params.textDocument.uri);
  if (!document) return null;
  const offset = document.offsetAt(params.position);
  const result = scheduler.lint(document, config);
  const { template } = result;
  const tag = template.tags.find((t) => t.start <= offset && offset < t.end);
  if (tag) {
    return { contents: { kind: MarkupKind.Markdown, value: describeTagAt(tag.name, template) }, range: rangeOf(document, tag.start, tag.end) };
  }
  if (!config.settings.enable || template.channel !== 'sms') return null;
  const char = nonGsmHover(result, offset);
  return char ? { contents: { kind: MarkupKind.Markdown, value: char.markdown }, range: rangeOf(document, char.start, char.end) } : null;
}

function describeTagAt(name: string, template: Template): string {
  const info = tagByName(name);
  const described = info ? describeTag(name, template) : undefined;
  if (!info || described === undefined) {
    return [`**[${name}]**`, 'Not an Open Dental replacement tag: Open Dental sends it to the patient as typed, brackets and all.'].join('\n\n');
  }
  const spellings = canonicalSpellings(info, template.kind);
  if (spellings.includes(name)) return described;
  return `${described}\n\nTyped as \`[${name}]\`: Open Dental documents the spelling \`[${spellings[0]}]\`.`;
}
