// Completion of tag names after `[` (closing the bracket when it is missing), and of the
// `kind:` and `channel:` values in front matter.
import {
  CompletionItemKind,
  MarkupKind,
  TextEdit,
  type CompletionItem,
  type CompletionParams,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ALL_TAG_SPELLINGS, KINDS, canonicalSpellings, tagAllowedInKind, tagByExactName } from './engine/catalog';
import { parseTemplate, type Template } from './engine/parse';
import { rangeOf } from './conversions';
import { describeTag, manualUrl } from './hover';

const NAME_CHAR = /[A-Za-z0-9_]/;
const FRONT_MATTER_VALUE = /^(kind|channel)[ \t]*:[ \t]*(\S*)$/;

export function provideCompletion(params: CompletionParams, documents: TextDocuments<TextDocument>): CompletionItem[] | null {
  const document = documents.get(params.textDocument.uri);
  if (!document) return null;
  const text = document.getText();
  const offset = document.offsetAt(params.position);
  const lineStart = document.offsetAt({ line: params.position.line, character: 0 });
  const before = text.slice(lineStart, offset);
  const template = parseTemplate(text);
  if (inFrontMatter(template, offset)) {
    const match = FRONT_MATTER_VALUE.exec(before);
    if (match) return frontMatterValues(document, match[1] as 'kind' | 'channel', offset - match[2].length, valueEnd(text, offset));
  }
  const open = /\[([A-Za-z0-9_]*)$/.exec(before);
  if (!open || !template.regions.some((r) => r.start <= offset && offset <= r.end)) return null;
  const start = offset - open[1].length;
  let end = offset;
  while (end < text.length && NAME_CHAR.test(text[end])) end++;
  if (text[end] === ']') end++;
  return tagItems(document, template, start, end);
}

/** Inside the front matter block, or after an opening `---` that is not closed yet. */
function inFrontMatter(template: Template, offset: number): boolean {
  const fm = template.frontMatter;
  if (!fm || offset < fm.contentStart) return false;
  return fm.span.end === fm.span.start || offset < fm.closingStart;
}

function valueEnd(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && !/\s/.test(text[end])) end++;
  return end;
}

function tagItems(document: TextDocument, template: Template, start: number, end: number): CompletionItem[] {
  const range = rangeOf(document, start, end);
  const items: CompletionItem[] = [];
  for (const spelling of ALL_TAG_SPELLINGS) {
    const tag = tagByExactName(spelling);
    if (!tag) continue;
    const fits =
      (!template.kind || tagAllowedInKind(tag, template.kind)) &&
      canonicalSpellings(tag, template.kind).includes(spelling) &&
      tag.channels.includes(template.channel);
    items.push({
      label: spelling,
      labelDetails: spelling === tag.name ? undefined : { description: `spelling for ${kindsSpelled(tag.spellings, spelling)}` },
      kind: CompletionItemKind.Variable,
      detail: tag.description,
      documentation: { kind: MarkupKind.Markdown, value: describeTag(tag, spelling, template) },
      filterText: spelling,
      // Tags this template's kind and channel fill come first.
      sortText: `${fits ? 0 : 1}${spelling.toLowerCase()}`,
      textEdit: TextEdit.replace(range, `${spelling}]`),
    });
  }
  return items;
}

function kindsSpelled(spellings: Readonly<Record<string, string>>, spelling: string): string {
  return Object.entries(spellings)
    .filter(([, s]) => s === spelling)
    .map(([kind]) => KINDS.get(kind)?.odName ?? kind)
    .join(', ');
}

function frontMatterValues(document: TextDocument, key: 'kind' | 'channel', start: number, end: number): CompletionItem[] {
  const range = rangeOf(document, start, end);
  if (key === 'channel') {
    return [
      { label: 'sms', kind: CompletionItemKind.EnumMember, detail: 'A text message', textEdit: TextEdit.replace(range, 'sms') },
      { label: 'email', kind: CompletionItemKind.EnumMember, detail: 'An email', textEdit: TextEdit.replace(range, 'email') },
    ];
  }
  return [...KINDS.values()].map((kind) => {
    const channels = [kind.sms && 'text', kind.email && 'email'].filter(Boolean).join(' and ');
    return {
      label: kind.id,
      kind: CompletionItemKind.EnumMember,
      detail: kind.odName,
      documentation: { kind: MarkupKind.Markdown, value: `**${kind.odName}**, sent by ${channels}.\n\n[Open Dental manual: ${kind.manual}](${manualUrl(kind.manual)})` },
      textEdit: TextEdit.replace(range, kind.id),
    };
  });
}
