// The link is the state (url-and-embed.md): two pure functions read the query string
// against the loaded debate and write the state back, readable by eye. Every parameter
// of the address is read and written here, including those read once at start-up and
// those naming the debate's source; url-sync.ts applies the history rule kept here.
// Its warnings about ignored values go only to the browser's console, for whoever wrote
// the link, in English like the console's other diagnostics: no reader sees them.
/* eslint-disable lingui/no-unlocalized-strings */
import {
  NODE_TYPES,
  VIEWS,
  type ActorId,
  type Debate,
  type IssueId,
  type NodeId,
  type NodeType,
  type TourId,
  type View,
} from '../domain/model';
import { clampStep, tourStepState } from '../domain/tour-stepper';
import { isIsoDate } from '../domain/dates';
import { shortened } from '../lib/shorten';
import type { DebateSource } from '../loader/debate-source';
import type { LibraryEntry } from '../loader/library';
import {
  DEFAULT_SHAREABLE,
  MAX_COMPARED,
  shareableOf,
  THEMES,
  type ShareableState,
  type Theme,
} from './shareable';

export { shareableOf };

/** The longest search a link may carry; longer ones are cut (and a warning says so). */
export const MAX_QUERY = 200;
/** How much of an ignored value a warning repeats. */
const ECHO = 60;

/** Why a long `q=` was cut, in its warning. */
export const QUERY_CUT = `a search may be at most ${MAX_QUERY} characters; the rest is left out`;

/** A search cut to MAX_QUERY characters (code points, so no pair is split; reads only the start). */
export function cappedQuery(query: string): string {
  if (query.length <= MAX_QUERY) return query;
  return [...query.slice(0, MAX_QUERY * 2)].slice(0, MAX_QUERY).join('');
}

/** A warning about an ignored value, repeating only its start. */
export function ignoredWarning(name: string, value: string, why: string): string {
  return `ignored ${name}=${shortened(value, ECHO)}: ${why}`;
}

/** A warning about the ignored part of a list. */
export function ignoredPartWarning(name: string, value: string, why: string): string {
  return `ignored part of ${name}=${shortened(value, ECHO)}: ${shortened(why, 4 * ECHO)}`;
}

/** Why repeated ids in `compare=` were dropped, in its warning. */
export const COMPARE_REPEATS = 'an id listed more than once is compared once';

export interface UrlRead {
  readonly state: ShareableState;
  /** Values that were ignored, for a console warning. */
  readonly warnings: readonly string[];
}

function oneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

export function readUrlState(search: string, debate: Debate): UrlRead {
  const params = new URLSearchParams(search);
  const warnings: string[] = [];
  const ignore = (name: string, value: string, why: string) =>
    warnings.push(ignoredWarning(name, value, why));

  let view: View = DEFAULT_SHAREABLE.view;
  const viewParam = params.get('view');
  if (viewParam !== null) {
    if (oneOf(VIEWS, viewParam)) view = viewParam;
    else ignore('view', viewParam, `not one of ${VIEWS.join(', ')}`);
  }

  let selected: NodeId | null = null;
  const select = params.get('select');
  // An empty value says "none" on purpose (a tour link's step then does not choose one).
  if (select) {
    if (debate.index.node.has(select as NodeId)) selected = select as NodeId;
    else ignore('select', select, 'no such node in this debate');
  }

  let types: readonly NodeType[] = DEFAULT_SHAREABLE.types;
  const typesParam = params.get('types');
  if (typesParam !== null) {
    const listed = [...new Set(typesParam.split(',').filter(Boolean))];
    const unknown = listed.filter((t) => !oneOf(NODE_TYPES, t));
    if (unknown.length) ignore('types', unknown.join(','), `not one of ${NODE_TYPES.join(', ')}`);
    const valid = NODE_TYPES.filter((t) => listed.includes(t));
    if (valid.length) types = valid;
    else if (!unknown.length) ignore('types', typesParam, 'empty; the graph shows every type');
  }

  let issue: IssueId | null = null;
  const issueParam = params.get('issue');
  if (issueParam) {
    if (debate.index.node.get(issueParam as NodeId)?.type === 'issue')
      issue = issueParam as IssueId;
    else ignore('issue', issueParam, 'no such issue in this debate');
  }

  let theme: Theme | null = null;
  const themeParam = params.get('theme');
  if (themeParam !== null) {
    if (oneOf(THEMES, themeParam)) theme = themeParam;
    else ignore('theme', themeParam, `not one of ${THEMES.join(', ')}`);
  }

  // De-duplicated before anything else, and one warning for the whole parameter: a link
  // with thousands of copies of an id costs no more than one with a few.
  const compare: ActorId[] = [];
  const compareParam = params.get('compare');
  if (compareParam !== null) {
    const listed = compareParam.split(',').filter(Boolean);
    const ids = [...new Set(listed)];
    const why: string[] = [];
    if (ids.length < listed.length) why.push(COMPARE_REPEATS);
    const unknown = ids.filter((id) => debate.index.node.get(id as NodeId)?.type !== 'actor');
    if (unknown.length) why.push(`no such actor in this debate: ${unknown.join(', ')}`);
    const actors = ids.filter((id) => !unknown.includes(id)) as ActorId[];
    if (actors.length > MAX_COMPARED)
      why.push(
        `at most ${MAX_COMPARED} actors side by side: ${actors.slice(MAX_COMPARED).join(', ')}`,
      );
    compare.push(...actors.slice(0, MAX_COMPARED));
    if (why.length) warnings.push(ignoredPartWarning('compare', compareParam, why.join('; ')));
  }

  let query = params.get('q') ?? '';
  if (cappedQuery(query) !== query) {
    ignore('q', query, QUERY_CUT);
    query = cappedQuery(query);
  }

  let at: string | null = null;
  const atParam = params.get('at');
  if (atParam !== null) {
    if (isIsoDate(atParam)) at = atParam;
    else ignore('at', atParam, 'not a date as YYYY, YYYY-MM or YYYY-MM-DD');
  }

  // A tour step: a teacher's link may carry only tour and step; the step then decides
  // the view and the comparison, unless the link names them itself.
  let tour: TourId | null = null;
  let step = 1;
  const tourParam = params.get('tour');
  if (tourParam !== null) {
    const found = debate.index.tour.get(tourParam as TourId);
    if (!found) ignore('tour', tourParam, 'no such tour in this debate');
    else {
      tour = found.id;
      const stepParam = params.get('step') ?? '1';
      step = clampStep(found, Number(stepParam));
      if (String(step) !== stepParam)
        ignore('step', stepParam, `this tour has steps 1 to ${found.steps.length}`);
      const asked = tourStepState(debate, found, step, compare);
      if (viewParam === null) view = asked.view;
      if (issueParam === null) issue = asked.issue;
      if (select === null) selected = asked.selected;
      if (!compare.length) compare.push(...asked.compare);
    }
  }

  return {
    state: {
      view,
      selected,
      types,
      issue,
      query,
      theme,
      compare,
      at,
      tour,
      step,
    },
    warnings,
  };
}

/** The values `embed`, `renderer` and `lang` may take (url-and-embed.md). */
const STARTUP_VALUES: Readonly<Record<string, readonly string[]>> = {
  embed: ['1'],
  renderer: ['svg', 'canvas'],
  lang: ['en', 'fr', 'nl', 'de', 'fa-AF', 'prs', 'fa'],
};

/**
 * Warnings for the parameters read once at start-up, outside the shareable state: like
 * every other invalid value, an invalid one is ignored with a warning.
 */
export function startupWarnings(search: string): string[] {
  const params = new URLSearchParams(search);
  return Object.entries(STARTUP_VALUES).flatMap(([name, values]) => {
    const value = params.get(name);
    return value === null || values.includes(value)
      ? []
      : [ignoredWarning(name, value, `not one of ${values.join(', ')}`)];
  });
}

/** What the address asks for once, at start-up: none of it is shareable state. */
export interface StartupRead {
  /** `embed=1`: compact chrome inside another page. */
  readonly embed: boolean;
  /** `data=`: a debate to fetch from the web instead of a bundled one. */
  readonly data: string | null;
  /** `dataset=`: a bundled debate other than the first. */
  readonly dataset: string | null;
  /** Values that were ignored, for a console warning. */
  readonly warnings: readonly string[];
}

export function readStartup(search: string): StartupRead {
  const params = new URLSearchParams(search);
  const data = params.get('data');
  const warnings = startupWarnings(search);
  if (data !== null && params.has('dataset'))
    warnings.push('the link has both data= and dataset=; opening data=.');
  return { embed: params.get('embed') === '1', data, dataset: params.get('dataset'), warnings };
}

/** The renderer `renderer=` asks for; null leaves the choice to the debate's size. */
export function rendererAsked(search: string): 'svg' | 'canvas' | null {
  const asked = new URLSearchParams(search).get('renderer');
  return asked === 'svg' || asked === 'canvas' ? asked : null;
}

/** The query string that opens a bundled debate afresh, as the header's picker does. */
export function datasetSearch(id: string): string {
  return `?${new URLSearchParams({ dataset: id }).toString()}`;
}

/**
 * The query string that names a debate's source, so a reload or a copied link opens the
 * same debate where it can: `data=` for a link, `dataset=` for a bundled debate other
 * than the first, neither for a file (a reload then opens the default debate).
 */
export function sourceSearch(
  source: DebateSource,
  debate: Debate,
  library: readonly LibraryEntry[],
  search: string,
): string {
  const params = new URLSearchParams(search);
  params.delete('data');
  params.delete('dataset');
  if (source.kind === 'url') params.set('data', source.url);
  if (
    source.kind === 'bundled' &&
    library[0]?.id !== debate.meta.id &&
    library.some((entry) => entry.id === debate.meta.id)
  )
    params.set('dataset', debate.meta.id);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The query string for a state; parameters this app does not own (dataset, embed, …) are kept. */
export function writeUrlState(state: ShareableState, currentSearch: string): string {
  const params = new URLSearchParams(currentSearch);
  const put = (name: string, value: string | null) =>
    value === null ? params.delete(name) : params.set(name, value);
  // During a tour the view is always written: without it, the step would choose one.
  put('view', state.view === DEFAULT_SHAREABLE.view && !state.tour ? null : state.view);
  // Likewise the selection and the issue, empty for none: the step would choose them.
  const orNone = (value: string | null) => value ?? (state.tour ? '' : null);
  put('select', orNone(state.selected));
  put('types', state.types.length === NODE_TYPES.length ? null : state.types.join(','));
  put('issue', orNone(state.issue));
  put('q', state.query || null);
  put('theme', state.theme);
  put('compare', state.compare.length ? state.compare.join(',') : null);
  put('at', state.at);
  put('tour', state.tour);
  put('step', state.tour ? String(state.step) : null);
  const text = params.toString().replace(/%2C/gi, ',');
  return text ? `?${text}` : '';
}

/**
 * How long the search box rests before `q=` is written (url-sync.ts): writing the address
 * on every keystroke cost 80-190 ms of a 5,000-node debate's typing.
 */
export const QUERY_WRITE_DELAY_MS = 300;

/** Only the search changed: its write waits for typing to rest, then replaces the entry. */
export function isSearchOnly(before: ShareableState, after: ShareableState): boolean {
  if (before.query === after.query) return false;
  const names = Object.keys(after) as (keyof ShareableState)[];
  return names.every((name) => name === 'query' || before[name] === after[name]);
}

/** Deliberate moves get their own history entry, so Back undoes them; the rest replace it. */
export function isDeliberateMove(before: ShareableState, after: ShareableState): boolean {
  return (
    before.view !== after.view ||
    before.compare.join() !== after.compare.join() ||
    // Focusing an issue redraws the graph around it: Back returns to the overview.
    before.issue !== after.issue ||
    // Turning "as of" on or off is a move of its own; sliding between dates is not.
    (before.at === null) !== (after.at === null) ||
    before.tour !== after.tour ||
    before.step !== after.step
  );
}
