// The interface language at run time: English ships with the first screen; another
// language's catalogues download when it is chosen, then <html lang dir> follow it.
import { i18n, type Messages } from '@lingui/core';
import { messages as englishApp } from '../locales/en/app.po';
import { messages as englishViews } from '../locales/en/views.po';
import { currentSearch, replaceSearch } from '../lib/address-bar';
import { readStored, writeStored } from '../lib/safe-storage';
import { chooseLocale, type LocaleChoice } from './choose-locale';
import { SOURCE_LOCALE, direction, type Locale } from './locales';

/** Where a picked language is remembered (when the browser lets us store anything). */
export const LANGUAGE_STORAGE_KEY = 'stancemap:lang';

/**
 * The catalogue areas (lingui.config.ts). `app` and `views` come with the first screen;
 * `loader` downloads once problems are shown, `analysis` and `stand-sources` with their views,
 * `later` with the details, the timeline and the Share dialog.
 */
export type Area = 'app' | 'views' | 'loader' | 'analysis' | 'stand-sources' | 'later';
const FIRST_SCREEN: readonly Area[] = ['app', 'views'];

const ENGLISH: Partial<Record<Area, Messages>> = { app: englishApp, views: englishViews };
// Every other catalogue is its own small chunk, downloaded on demand.
const LATER = import.meta.glob<{ messages: Messages }>([
  '../locales/*/*.po',
  '!../locales/en/app.po',
  '!../locales/en/views.po',
]);

let wanted: readonly Area[] = FIRST_SCREEN;
/** The areas asked for beyond the first screen's, each downloading or there. */
const arriving = new Map<Area, Promise<void>>();
/** The language the reader chose (by link or picker), which links and embeds then carry. */
let chosen: Locale | null = null;

async function catalogue(locale: Locale, area: Area): Promise<Messages> {
  const english = locale === SOURCE_LOCALE ? ENGLISH[area] : undefined;
  if (english) return english;
  const load = LATER[`../locales/${locale}/${area}.po`];
  if (!load) throw new Error(`no ${area} catalogue for ${locale}`);
  return (await load()).messages;
}

function applyToDocument(locale: Locale): void {
  const root = document.documentElement;
  root.lang = locale;
  root.dir = direction(locale);
}

/** Loads the catalogues a locale needs, then switches every message and <html lang dir> to it. */
export async function activateLocale(locale: Locale): Promise<void> {
  // An area asked for while these download (the loader's, for a debate that fails to
  // open during start-up) came in the old language: fetch it in this one too, before
  // the switch, or its messages would stay in the old language.
  const fetched = new Set<Area>();
  const messages: Messages = {};
  for (let more = wanted; more.length; more = wanted.filter((area) => !fetched.has(area))) {
    for (const area of more) fetched.add(area);
    Object.assign(messages, ...(await Promise.all(more.map((area) => catalogue(locale, area)))));
  }
  i18n.load(locale, messages);
  i18n.activate(locale);
  applyToDocument(locale);
}

/** English, at once and without a download: the first screen's language until another loads. */
export function activateEnglish(): void {
  i18n.load(SOURCE_LOCALE, { ...englishApp, ...englishViews });
  i18n.activate(SOURCE_LOCALE);
  applyToDocument(SOURCE_LOCALE);
}

/**
 * The start-up choice (`?lang=`, then the remembered pick, then the browser's languages,
 * then English), activated. A catalogue that fails to download leaves the app in English.
 */
export async function startLanguage(): Promise<LocaleChoice> {
  const choice = chooseLocale({
    search: currentSearch(),
    remembered: readStored(LANGUAGE_STORAGE_KEY),
    languages: navigator.languages ?? [],
  });
  if (choice.source === 'link' || choice.source === 'remembered') chosen = choice.locale;
  // A remembered choice goes into the address too, so links copied from it carry it.
  if (choice.source === 'remembered') writeLangParam(choice.locale);
  activateEnglish();
  if (choice.locale !== SOURCE_LOCALE) {
    await activateLocale(choice.locale).catch((error: unknown) =>
      console.warn(
        `Stancemap: the ${choice.locale} messages did not load; showing English.`,
        error,
      ),
    );
  }
  return choice;
}

/** Puts `lang` in the page's address (other parameters and the history entry stay). */
function writeLangParam(locale: Locale): void {
  const params = new URLSearchParams(currentSearch());
  if (params.get('lang') === locale) return;
  params.set('lang', locale);
  replaceSearch(`?${params.toString().replace(/%2C/gi, ',')}`);
}

/**
 * The reader picks a language: everything on screen switches in place (nothing else in
 * the state changes), it is remembered, and links and embeds carry it from now on.
 */
export async function pickLocale(locale: Locale): Promise<void> {
  await activateLocale(locale);
  chosen = locale;
  writeStored(LANGUAGE_STORAGE_KEY, locale);
  writeLangParam(locale);
}

/** The language a link or embed should carry as `lang`, or null when the reader chose none. */
export function chosenLocale(): Locale | null {
  return chosen;
}

/** The language messages are showing in now. */
export function currentLocale(): Locale {
  return (i18n.locale || SOURCE_LOCALE) as Locale;
}

/**
 * One area's messages, in the current language (and in every language activated later):
 * call before showing what the area's code says.
 */
export function loadAreaMessages(area: Area): Promise<void> {
  if (FIRST_SCREEN.includes(area)) return Promise.resolve();
  // Two callers at once (the details and the timeline share `later`) both wait for the download.
  let loading = arriving.get(area);
  if (!loading) {
    wanted = [...wanted, area];
    const locale = currentLocale();
    loading = catalogue(locale, area).then((messages) => i18n.load(locale, messages));
    arriving.set(area, loading);
  }
  return loading;
}

/** A chunk's code together with its area's messages, so that it never shows a message id. */
export function withAreaMessages<M>(area: Area, code: Promise<M>): Promise<M> {
  return Promise.all([code, loadAreaMessages(area)]).then(([loaded]) => loaded);
}

/** The loader's problem messages and hints: call before showing problems. */
export const loadLoaderMessages = (): Promise<void> => loadAreaMessages('loader');
