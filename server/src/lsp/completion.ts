// Completion of tag names after `[` (closing the bracket when it is missing): the tags this
// file's kind fills; and of the `kind:`, `channel:` and `aggregate:` values in front matter.
import { CompletionItemKind, MarkupKind, TextEdit, type CompletionItem, type CompletionParams, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { KINDS, canonicalSpellings } from '../engine/catalog';
import { tagsForKind } from '../engine/tagAvailability';
import { manualLink, tagFacts } from '../present/catalogText';
import { aggregateCompletions, kindCompletions } from '../present/frontMatterCompletions';
import { parseTemplate, type Template } from '../engine/parse';
import { rangeOf } from './conversions';

const NAME_CHAR = /[A-Za-z0-9_]/;
const FRONT_MATTER_VALUE = /^(kind|channel|aggregate)[ \t]*:[ \t]*(\S*)$/;

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
    if (match) return frontMatterValues(document, template, match[1] as 'kind' | 'channel' | 'aggregate', offset - match[2].length, valueEnd(text, offset));
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

/**
 * The tags this file's kind, channel and aggregate setting fill, spelled for the kind; with
 * no known kind, every tag in every spelling Open Dental documents.
 */
function tagItems(document: TextDocument, template: Template, start: number, end: number): CompletionItem[] {
  const range = rangeOf(document, start, end);
  const offered = template.kind ? tagsForKind(template.kind, template) : tagsForKind(undefined);
  const items: CompletionItem[] = [];
  for (const { spelling: preferred, tag } of offered) {
    const spellings = template.kind ? [preferred] : canonicalSpellings(tag, undefined);
    for (const spelling of spellings) {
      items.push({
        label: spelling,
        labelDetails: spelling === tag.name ? undefined : { description: `spelling for ${kindsSpelled(tag.spellings, spelling)}` },
        kind: CompletionItemKind.Variable,
        // The description once, as the detail; the documentation below it gives the other facts.
        detail: tag.description,
        documentation: { kind: MarkupKind.Markdown, value: tagFacts(tag, template) },
        filterText: spelling,
        textEdit: TextEdit.replace(range, `${spelling}]`),
      });
    }
  }
  return items;
}

function kindsSpelled(spellings: Readonly<Record<string, string>>, spelling: string): string {
  return Object.entries(spellings)
    .filter(([, s]) => s === spelling)
    .map(([kind]) => KINDS.get(kind)?.odName ?? kind)
    .join(', ');
}

function frontMatterValues(document: TextDocument, template: Template, key: 'kind' | 'channel' | 'aggregate', start: number, end: number): CompletionItem[] {
  const range = rangeOf(document, start, end);
  if (key === 'aggregate') {
    // Which of the rule's templates this is: single, aggregate or the per-appointment line.
    return aggregateCompletions(template.kind).map(({ value, description }) => ({
      label: value,
      kind: CompletionItemKind.EnumMember,
      detail: description,
      textEdit: TextEdit.replace(range, value),
    }));
  }
  const kinds = kindCompletions();
  if (key === 'channel') {
    // A known kind offers only the channels Open Dental sends it by.
    const channels = kinds.find((k) => k.id === template.kind)?.channels ?? ['sms', 'email'];
    return channels.map((channel) => ({
      label: channel,
      kind: CompletionItemKind.EnumMember,
      detail: channel === 'sms' ? 'A text message' : 'An email',
      textEdit: TextEdit.replace(range, channel),
    }));
  }
  return kinds.map((kind) => ({
    label: kind.id,
    kind: CompletionItemKind.EnumMember,
    detail: kind.detail,
    // The detail names the kind and its channels ("Web Sched ASAP (texts and emails)"): the documentation adds the manual page.
    documentation: { kind: MarkupKind.Markdown, value: manualLink(kind.manual) },
    textEdit: TextEdit.replace(range, kind.id),
  }));
}
