// Code actions. Quick fixes come from the diagnostics the client sends back (their `data`
// holds the fix, so nothing is cached here) and only for the document's current version;
// fix-all comes from the engine; "Set kind" from the engine's kind inference. Every text
// edit is bound to the document version. Every diagnostic also gets "Turn off <rule>" for the
// file (front matter) and for the folder (.odmsgrc.json), and "Show documentation for <rule>".
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { tagByName } from '../engine/catalog';
import { frontMatterAction, inferKind, type FrontMatterAction } from '../engine/frontMatterActions';
import { applyFixes, fixAllEdits, fixesOf } from '../engine/fix';
import { disableRuleFix } from '../engine/frontMatterEdits';
import { own } from '../engine/ownKeys';
import { ruleById } from '../engine/registry';
import type { Fix } from '../engine/types';
import { SHOW_RULE_DOCS_COMMAND } from '../protocol/commands';
import { FIX_ALL_KIND } from './capabilities';
import { allowDomainAction, turnOffRuleAction } from './configActions';
import type { ConfigFiles } from './configFiles';
import { diagnosticDataOf, isFix, problemActionsOf, ruleDocsUri, versionedEdit, type DiagnosticData } from './conversions';
import type { DocumentConfig, DiagnosticsScheduler } from './diagnosticsScheduler';
import type { WorkspaceFolders } from './workspaceFolders';

export interface CodeActionContext {
  documents: TextDocuments<TextDocument>;
  scheduler: DiagnosticsScheduler;
  configFiles: ConfigFiles;
  folders: WorkspaceFolders;
  canCreateFiles: boolean;
  /** The client has the command that shows a rule's page (SHOW_RULE_DOCS_COMMAND). */
  showRuleDocs: boolean;
}

export async function provideCodeActions(params: CodeActionParams, context: CodeActionContext): Promise<CodeAction[] | null> {
  const document = context.documents.get(params.textDocument.uri);
  if (!document) return null;
  const config = await context.scheduler.configFor(document.uri);
  // The settings request may have let the document move on; answer for what is there now.
  const current = context.documents.get(document.uri);
  if (!current || !config.settings.enable) return [];
  const only = params.context.only;
  const actions: CodeAction[] = [];
  if (requested(only, CodeActionKind.QuickFix)) {
    actions.push(...quickFixes(current, config, params.context.diagnostics, context));
    const setKind = setKindAction(current, config, params, context.scheduler);
    if (setKind) actions.push(setKind);
  }
  if (only && requested(only, FIX_ALL_KIND)) {
    const fixAll = fixAllAction(current, config);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

/** Whether `kind` is asked for: no filter asks for everything but source actions. */
function requested(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

/** Every safe fix in the document as one action; none when nothing is fixable. */
export function fixAllAction(document: TextDocument, config: DocumentConfig): CodeAction | undefined {
  const edits = fixAllEdits(document.getText(), config.layers);
  if (edits.length === 0) return undefined;
  return { title: 'Fix all auto-fixable odmsg problems', kind: FIX_ALL_KIND, edit: versionedEdit(document, edits) };
}

/**
 * "Set kind: eConfirmation" for a template without a kind whose tags imply one; offered on the
 * front matter (or the first line), on a tag that only some kinds fill, or with our diagnostics.
 */
function setKindAction(document: TextDocument, config: DocumentConfig, params: CodeActionParams, scheduler: DiagnosticsScheduler): CodeAction | undefined {
  const { template } = scheduler.lint(document, config);
  const inference = inferKind(template);
  if (!inference) return undefined;
  const from = document.offsetAt(params.range.start);
  const to = document.offsetAt(params.range.end);
  const touches = (start: number, end: number) => start <= to && from <= end;
  const text = document.getText();
  const header = template.frontMatter?.span ?? { start: 0, end: text.search(/\r|\n|$/) };
  const relevant =
    touches(header.start, header.end) ||
    template.tags.some((t) => touches(t.start, t.end) && (tagByName(t.name)?.kinds ?? 'all') !== 'all') ||
    params.context.diagnostics.some((d) => diagnosticDataOf(d) !== undefined);
  if (!relevant) return undefined;
  return { title: inference.title, kind: CodeActionKind.QuickFix, edit: versionedEdit(document, [inference.fix]) };
}

function quickFixes(document: TextDocument, config: DocumentConfig, diagnostics: readonly Diagnostic[], context: CodeActionContext): CodeAction[] {
  const ours: { diagnostic: Diagnostic; data: DiagnosticData }[] = [];
  for (const diagnostic of diagnostics) {
    const data = diagnosticDataOf(diagnostic);
    if (data && data.version === document.version) ours.push({ diagnostic, data });
  }
  if (ours.length === 0) return [];

  const length = document.getText().length;
  const inside = (fix: Fix) => isFix(fix) && fix.range[0] >= 0 && fix.range[0] <= fix.range[1] && fix.range[1] <= length;
  const actions: CodeAction[] = [];
  for (const { diagnostic, data } of ours) {
    if (data.fix && inside(data.fix)) {
      actions.push({ title: data.fix.desc, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: versionedEdit(document, [data.fix]) });
    }
    for (const suggestion of data.suggestions ?? []) {
      if (!suggestion || typeof suggestion.desc !== 'string' || !inside(suggestion.fix)) continue;
      actions.push({ title: suggestion.desc, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: versionedEdit(document, [suggestion.fix]) });
    }
  }

  const { template, problems } = context.scheduler.lint(document, config);
  // Ids from the client's data: only the registry's rules get actions named after them.
  const ruleIds = [...new Set(ours.map((o) => o.data.ruleId))].filter((id) => ruleById(id) !== undefined);
  for (const ruleId of ruleIds) {
    const fixable = problems.filter((p) => p.ruleId === ruleId && p.fix);
    if (fixable.length < 2) continue;
    const { applied } = applyFixes(document.getText(), fixesOf(fixable));
    actions.push({ title: `Fix all ${ruleId} problems in this file`, kind: CodeActionKind.QuickFix, edit: versionedEdit(document, applied) });
  }
  // The actions the problems declare, by kind: front matter changes that make a problem go
  // away ("Set aggregate: true", once each) and domains to allow (one action per domain).
  const frontMatter = new Map<string, { action: FrontMatterAction; diagnostic: Diagnostic }>();
  const domains = new Map<string, Diagnostic[]>();
  for (const { diagnostic, data } of ours) {
    for (const action of problemActionsOf(data)) {
      switch (action.kind) {
        case 'setFrontMatter': {
          const edit = frontMatterAction(template, action);
          if (edit && !frontMatter.has(edit.title)) frontMatter.set(edit.title, { action: edit, diagnostic });
          break;
        }
        case 'allowDomain':
          domains.set(action.domain, [...(domains.get(action.domain) ?? []), diagnostic]);
          break;
      }
    }
  }
  for (const { action, diagnostic } of frontMatter.values()) {
    actions.push({ title: action.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: versionedEdit(document, [action.fix]) });
  }
  for (const [domain, forDomain] of domains) {
    const action = allowDomainAction(document, domain.toLowerCase(), forDomain, context);
    if (action) actions.push(action);
  }
  const setInFile = template.frontMatterEntry('rules')?.children ?? [];
  for (const ruleId of ruleIds) {
    const forRule = ours.filter((o) => o.data.ruleId === ruleId).map((o) => o.diagnostic);
    // None where the front matter is broken (the edit could move its lines into the message).
    const disable = disableRuleFix(template, ruleId);
    if (disable) actions.push({ title: `Turn off ${ruleId} in this file`, kind: CodeActionKind.QuickFix, diagnostics: forRule, edit: versionedEdit(document, [disable]) });
    // The settings and the front matter override .odmsgrc.json: turning the rule off there would change nothing.
    if (own(config.settings.rules, ruleId) === undefined && !setInFile.some((c) => c.key === ruleId)) {
      const turnOff = turnOffRuleAction(document, ruleId, forRule, context);
      if (turnOff) actions.push(turnOff);
    }
    if (context.showRuleDocs) {
      const title = `Show documentation for ${ruleId}`;
      actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: forRule, command: { title, command: SHOW_RULE_DOCS_COMMAND, arguments: [ruleDocsUri(ruleId)] } });
    }
  }
  return actions;
}
