// A debate with its own texts in another language (the format's `translations`): the
// same ids, graph, stances and quotes, only titles, questions, statements, claims,
// summaries, glossary and tour captions swapped. Quotes are never translated — the
// verbatim original always shows. A text the translation lacks stays as written.
import { buildDebate } from './build-debate';
import type { Debate, DebateTranslation, TranslatedTexts } from './model';

/** How a stance is named in a translation: `actor-id/position-id` (ids hold no `/`). */
export function stanceKey(stance: { readonly actor: string; readonly position: string }): string {
  return `${stance.actor}/${stance.position}`;
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * The language of `debate`'s translations that suits a reader of `language`: the same tag,
 * else the same primary language (`fr-BE` reads `fr`). None when the debate is written in it.
 */
export function translationLanguage(debate: Debate, language: string): string | null {
  const original = debate.translation?.original ?? debate;
  if (!original.translations || primary(original.meta.language) === primary(language)) return null;
  const tags = [...original.translations.keys()];
  return (
    tags.find((t) => t.toLowerCase() === language.toLowerCase()) ??
    tags.find((t) => primary(t) === primary(language)) ??
    null
  );
}

/** Copies `texts`' translation over `fields` of `item`, keeping what it does not translate. */
function over<T extends object>(item: T, texts: TranslatedTexts | undefined): T {
  if (!texts) return item;
  const copy: Record<string, unknown> = { ...(item as Record<string, unknown>) };
  for (const [field, text] of Object.entries(texts))
    if (text !== undefined && field in item) copy[field] = text;
  return copy as T;
}

function translated(original: Debate, language: string, t: DebateTranslation): Debate {
  const { texts } = t;
  return {
    ...buildDebate({
      ...original,
      meta: over(original.meta, t.meta),
      issues: original.issues.map((i) => {
        const issue = over(i, texts.get(i.id));
        return { ...issue, label: issue.question, shortLabel: issue.question };
      }),
      positions: original.positions.map((p) => {
        const position = over(p, texts.get(p.id));
        return { ...position, label: position.statement, shortLabel: position.statement };
      }),
      actors: original.actors.map((a) => {
        const actor = over(a, texts.get(a.id));
        return { ...actor, label: actor.name, shortLabel: actor.shortName ?? actor.name };
      }),
      arguments: original.arguments.map((a) => {
        const argument = over(a, texts.get(a.id));
        return { ...argument, label: argument.claim, shortLabel: argument.claim };
      }),
      stances: original.stances.map((s) => over(s, texts.get(stanceKey(s)))),
      events: original.events.map((e) => over(e, texts.get(e.id))),
      glossary: original.glossary.map((g) => {
        const entry = t.glossary.get(g.term);
        if (!entry) return g;
        // The original's written forms are English words: a translated term marks its own.
        return {
          ...over(g, entry.texts),
          match: entry.match,
          skip: entry.skip,
        };
      }),
      tours: original.tours.map((tour) => {
        const tr = t.tours.get(tour.id);
        if (!tr) return tour;
        return {
          ...tour,
          title: tr.title ?? tour.title,
          steps: tour.steps.map((step, i) => over(step, tr.steps.get(i + 1))),
        };
      }),
    }),
    translation: { language, original },
  };
}

const cache = new WeakMap<Debate, Map<string, Debate>>();

/**
 * The debate as a reader of `language` sees it: translated when the debate carries a
 * translation for that language and the reader has not asked for the original.
 * Always starts from the original, so it can be applied again to what it returns.
 */
export function shownDebate(
  debate: Debate,
  language: string | null,
  showOriginal: boolean,
): Debate {
  const original = debate.translation?.original ?? debate;
  const tag = language && !showOriginal ? translationLanguage(original, language) : null;
  const translation = tag ? original.translations?.get(tag) : undefined;
  if (!tag || !translation) return original;
  let byLanguage = cache.get(original);
  if (!byLanguage) cache.set(original, (byLanguage = new Map()));
  let shown = byLanguage.get(tag);
  if (!shown) byLanguage.set(tag, (shown = translated(original, tag, translation)));
  return shown;
}
