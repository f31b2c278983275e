// Every problem the loader can report. A code never changes meaning once published:
// authors, tests and the problem list in the app refer to them. The hints for each code
// live in problem-hints.ts, loaded only where problems are listed in full.
import { i18n } from '@lingui/core';
import { direction, type Locale } from '../i18n/locales';
import type { PROBLEM_HINTS } from './problem-hints';

/**
 * A message of the `loader` catalogue (src/locales/<locale>/loader.po), written as
 * `{ id, message, values }` behind an `i18n` comment, so that extraction finds it. Placeholders are plain
 * `{name}`s, so the English text can be filled in without the catalogue (the CLI, tests,
 * or before the catalogue has downloaded). A value is data, never translated, or itself
 * a message (a type's name, a reason), shown in the same language as the sentence.
 */
export interface LoaderMessage {
  readonly id: string;
  readonly message: string;
  readonly values?: Readonly<Record<string, MessageValue>>;
}

export type MessageValue = string | number | LoaderMessage;

/** The English text of a message: its placeholders (plain, or `{n, number}`) filled in. */
function english(text: LoaderMessage): string {
  return text.message.replace(/\{(\w+)(, number)?\}/g, (all, name: string, number?: string) => {
    const value = text.values?.[name];
    if (value === undefined) return all;
    if (typeof value === 'object') return english(value);
    return number && typeof value === 'number' ? value.toLocaleString('en') : String(value);
  });
}

/**
 * A message in the interface's language once its catalogue is loaded, else in English.
 * In a right-to-left language each quoted value (an id, a path, a file name, mostly
 * Latin) is isolated, so its quotes and commas stay in place inside the sentence.
 */
export function localised(text: LoaderMessage): string {
  if (!i18n.locale || i18n.messages[text.id] === undefined) return english(text);
  const isolate = direction(i18n.locale as Locale) === 'rtl';
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.values ?? {}))
    values[name] =
      typeof value === 'object'
        ? localised(value)
        : isolate && typeof value === 'string'
          ? `\u2068${value}\u2069`
          : value;
  return i18n._(text.id, values);
}

export type ProblemCode = keyof typeof PROBLEM_HINTS;

export interface Problem {
  readonly code: ProblemCode;
  /** Where in the document, as JavaScript would reach it: `stances[4].position`; "" is the whole file. */
  readonly path: string;
  /** In English; `problemMessage` gives it in the reader's language. */
  readonly message: string;
  /** Errors stop the load; warnings are shown and the debate still opens. */
  readonly severity: 'error' | 'warning';
  /** The message as the catalogue knows it, when it has been converted. */
  readonly text?: LoaderMessage;
}

export function problem(
  code: ProblemCode,
  path: string,
  message: string | LoaderMessage,
  severity: Problem['severity'] = 'error',
): Problem {
  return typeof message === 'string'
    ? { code, path, message, severity }
    : { code, path, message: english(message), severity, text: message };
}

/** The problem's message in the interface's language (English until the catalogue loads). */
export function problemMessage(p: Problem): string {
  return p.text ? localised(p.text) : p.message;
}

/** `stances[4].position: "engage-yes" is not a position id` */
export function formatProblem(p: Problem): string {
  return p.path ? `${p.path}: ${problemMessage(p)}` : problemMessage(p);
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Joins path segments the way the messages show them: `a.b[3]["odd key"]`. */
export function pathOf(segments: readonly (string | number)[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) path += path ? `.${segment}` : segment;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}

/** Quotes a value for a message, shortened so a 10,000-character label cannot flood the screen. */
export function shown(value: unknown, max = 60): string {
  let text: string;
  try {
    text =
      typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
