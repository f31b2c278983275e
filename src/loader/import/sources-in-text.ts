// Sources written inside a claim's text, as Kialo and Markdown do: `[label](https://…)`
// links and `[1]` footnotes. The text keeps the label; the address becomes a source.
// Backslash escapes (`\(`, `\[`) are honoured so escaped brackets are never a link.
import { IdMaker } from './slug';
import { ImportLog } from './import-result';

export interface TextSource {
  readonly id: string;
  readonly title: string;
  readonly url?: string;
}

const ESCAPE = /\\([\\`*_{}[\]()#+\-.!>~|<])/g;
// Private-use characters stand in for escaped ones while links are found.
const PROTECTED = /[\uE000-\uE07F]/g;
// The address may hold one level of balanced parentheses, as Wikipedia's do.
const LINK = /\[([^\]\n]*)\]\(\s*((?:[^()\s]|\([^()\s]*\))+)\s*\)/g;
const FOOTNOTE_REF = /\s?\[\^?(\d{1,4})\]/g;
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"')\]]+/i;

export function isWebAddress(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** The sources of one file, shared by its claims: one source per address or footnote. */
export class SourceBook {
  readonly sources: TextSource[] = [];
  private readonly byUrl = new Map<string, string>();
  private readonly footnotes = new Map<string, string>();

  constructor(
    private readonly ids: IdMaker,
    private readonly log: ImportLog,
  ) {}

  /** A source for a web address, made once however often the address is cited. */
  forUrl(url: string, title: string): string {
    const known = this.byUrl.get(url);
    if (known) return known;
    const host = (() => {
      try {
        return new URL(url).hostname.replace(/^www\./, '');
      } catch {
        return 'source';
      }
    })();
    const id = this.ids.make(host, 'source');
    this.sources.push({ id, title: title.trim() || host, url });
    this.byUrl.set(url, id);
    return id;
  }

  /** `[1] Title, https://…` at the end of a file: a source claims may cite as [1]. */
  defineFootnote(number: string, text: string, place: string) {
    const url = URL_IN_TEXT.exec(text)?.[0];
    const title = unescape(
      text
        .replace(URL_IN_TEXT, '')
        .replace(/[\s,;:–—-]+$/, '')
        .trim(),
    );
    if (url && isWebAddress(url)) this.footnotes.set(number, this.forUrl(url, title || url));
    else {
      const id = this.ids.make(title, `footnote-${number}`);
      this.sources.push({ id, title: title || `Footnote ${number}` });
      this.footnotes.set(number, id);
    }
    this.log.mapped(
      place,
      /*i18n*/ {
        id: 'sources-in-text.footnote-became-a-source',
        message: 'footnote [{number}] became a source',
        values: { number },
      },
    );
  }

  footnote(number: string): string | undefined {
    return this.footnotes.get(number);
  }
}

function unescape(text: string): string {
  return text.replace(ESCAPE, '$1');
}

export interface ReadText {
  readonly text: string;
  /** Source ids cited by links, in order. */
  readonly cited: string[];
  /** Footnote numbers cited, resolved once the whole file is read. */
  readonly footnotes: string[];
}

/** Reads one claim's text: links become sources, footnote marks are collected, escapes undone. */
export function readText(raw: string, book: SourceBook, log: ImportLog, place: string): ReadText {
  const cited: string[] = [];
  const footnotes: string[] = [];
  let text = raw.replace(ESCAPE, (_all, c: string) =>
    String.fromCharCode(0xe000 + c.charCodeAt(0)),
  );
  text = text.replace(LINK, (_all, label: string, url: string) => {
    const address = url.replace(PROTECTED, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000));
    if (isWebAddress(address)) cited.push(book.forUrl(address, restore(label)));
    else
      log.dropped(
        place,
        /*i18n*/ {
          id: 'sources-in-text.the-link-to-is-not',
          message: 'the link to {value} is not an http: or https: address',
          values: { value: address.slice(0, 80) },
        },
      );
    return label;
  });
  text = text.replace(FOOTNOTE_REF, (_all, number: string) => {
    footnotes.push(number);
    return '';
  });
  return { text: restore(text).trim(), cited, footnotes };
}

function restore(text: string): string {
  return text.replace(PROTECTED, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000));
}
