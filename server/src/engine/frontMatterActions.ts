// Front matter edits offered for a template beside the rules' own fixes: the kind its tags
// imply ("Set kind: eConfirmation"), and the front matter change that makes an unavailable tag
// available ("Set aggregate: true"). Pure: each is a title and a fix of offset edits.
import { KINDS, tagByName, tagAllowedInKind } from './catalog';
import { setFrontMatterTitle } from './fixTitles';
import { setFrontMatterValue } from './frontMatterEdits';
import type { Template } from './parse';
import type { Fix, Problem, SetFrontMatterAction } from './types';

export interface KindInference {
  kind: string;
  odName: string;
  /** The code action's title. */
  title: string;
  /** Writes `kind: <id>` into the front matter (creating it when needed). */
  fix: Fix;
}

/**
 * The kind a template's tags imply when its front matter names none: the only kind with a
 * tag list that fills every known tag used ([ConfirmCode] → eConfirmation). Undefined when
 * the kind is set (even misspelled: invalid-front-matter offers did-you-mean there), or when
 * the tags fit no kind or more than one.
 */
export function inferKind(template: Template): KindInference | undefined {
  if (template.kind !== undefined || template.frontMatterEntry('kind')?.value) return undefined;
  const channelSet = template.frontMatterEntry('channel') !== undefined;
  let candidates = [...KINDS.values()].filter((k) => k.restrictTags && (!channelSet || k[template.channel]) && (!(template.aggregate || template.perAppointment) || k.aggregate));
  let narrowed = false;
  for (const token of template.tags) {
    const tag = tagByName(token.name);
    if (!tag || tag.kinds === 'all') continue;
    const before = candidates.length;
    candidates = candidates.filter((k) => tagAllowedInKind(tag, k.id));
    narrowed ||= candidates.length < before;
  }
  if (!narrowed || candidates.length !== 1) return undefined;
  const [kind] = candidates;
  const fix = setFrontMatterValue(template, 'kind', kind.id);
  return fix && { kind: kind.id, odName: kind.odName, title: setFrontMatterTitle('kind', kind.id), fix };
}

export interface FrontMatterAction {
  title: string;
  fix: Fix;
}

/**
 * The front matter edits a problem's actions ask for ("Set aggregate: true"), beside its
 * suggestions: those stay inside the problem's range, these edit the front matter, so the
 * adapter offers them separately. Other kinds of action are the adapter's own.
 */
export function frontMatterActions(template: Template, problem: Pick<Problem, 'actions'>): FrontMatterAction[] {
  const out: FrontMatterAction[] = [];
  for (const action of problem.actions ?? []) {
    if (action.kind !== 'setFrontMatter') continue;
    const edit = frontMatterAction(template, action);
    if (edit) out.push(edit);
  }
  return out;
}

/** The edit for one "set" action; none where the front matter is broken (no edit there is sure to stay out of the message). */
export function frontMatterAction(template: Template, action: SetFrontMatterAction): FrontMatterAction | undefined {
  const fix = setFrontMatterValue(template, action.key, action.value);
  return fix ? { title: setFrontMatterTitle(action.key, action.value), fix } : undefined;
}
