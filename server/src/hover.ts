// Hover on a replacement tag: what Open Dental puts there, an example, which message kinds
// fill it and the manual page; for a tag Open Dental does not know, that it is sent as typed.
import { MarkupKind, type Hover, type HoverParams, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { KINDS, tagAllowedInKind, tagByName, type TagInfo } from './engine/catalog';
import { parseTemplate, type Template } from './engine/parse';
import { rangeOf } from './conversions';

export function manualUrl(page: string): string {
  return `https://www.opendental.com/manual/${page}.html`;
}

export function provideHover(params: HoverParams, documents: TextDocuments<TextDocument>): Hover | null {
  const document = documents.get(params.textDocument.uri);
  if (!document) return null;
  const offset = document.offsetAt(params.position);
  const template = parseTemplate(document.getText());
  const tag = template.tags.find((t) => t.start <= offset && offset < t.end);
  if (!tag) return null;
  const info = tagByName(tag.name);
  const value = info ? describeTag(info, tag.name, template) : describeUnknownTag(tag.name);
  return { contents: { kind: MarkupKind.Markdown, value }, range: rangeOf(document, tag.start, tag.end) };
}

export function describeTag(tag: TagInfo, typed: string | undefined, template?: Template): string {
  const parts = [`**[${tag.name}]**`, tag.description];
  if (typed !== undefined && typed !== tag.name && !Object.values(tag.spellings).includes(typed)) {
    parts.push(`Typed as \`[${typed}]\`: Open Dental documents the spelling \`[${tag.name}]\`.`);
  }
  if (tag.example) parts.push(`Example: \`${tag.example}\``);
  parts.push(`Filled in by: ${kindNames(tag)}`);
  if (template?.kind && !tagAllowedInKind(tag, template.kind)) {
    parts.push(`Not filled in ${KINDS.get(template.kind)?.odName ?? template.kind} messages: there it would reach the patient as typed.`);
  }
  if (tag.channels.length === 1) parts.push(`Only in ${tag.channels[0] === 'sms' ? 'texts' : 'emails'}.`);
  if (tag.phi) parts.push('Open Dental does not put this into a text message.');
  if (tag.aggregateOnly) parts.push('Only in aggregate templates.');
  if (tag.manual) parts.push(`[Open Dental manual: ${tag.manual}](${manualUrl(tag.manual)})`);
  return parts.join('\n\n');
}

function describeUnknownTag(name: string): string {
  return [`**[${name}]**`, 'Not an Open Dental replacement tag: Open Dental sends it to the patient as typed, brackets and all.'].join('\n\n');
}

function kindNames(tag: TagInfo): string {
  if (tag.kinds === 'all') return 'every message kind';
  return tag.kinds.map((k) => KINDS.get(k)?.odName ?? k).join(', ');
}
