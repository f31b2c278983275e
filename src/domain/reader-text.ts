// The domain's sentences for readers are Lingui messages (the `views` catalogue), turned
// into text when a function is called, so they follow the language chosen at that moment.
import { i18n, setupI18n, type I18n, type MessageDescriptor } from '@lingui/core';

/** For code that runs before any language is active (a script, a unit test): English. */
let english: I18n | undefined;

/** A message in the interface's current language (English when none is active yet). */
export function readerText(message: MessageDescriptor): string {
  if (i18n.locale) return i18n._(message);
  english ??= setupI18n({ locale: 'en', messages: { en: {} } });
  return english._(message);
}

/** A table of messages read as text at access time (a legend's explanations, say). */
export function readerTexts<K extends string>(
  messages: Readonly<Record<K, MessageDescriptor>>,
): Readonly<Record<K, string>> {
  const texts = {} as Record<K, string>;
  for (const key of Object.keys(messages) as K[])
    Object.defineProperty(texts, key, { enumerable: true, get: () => readerText(messages[key]) });
  return texts;
}

/**
 * Messages by key, each read as text when it is looked up: a result computed once (the
 * arguments' reasons, say) still reads in the language chosen since, and costs nothing
 * for the entries nobody reads.
 */
export class ReaderTextMap<K> implements ReadonlyMap<K, string> {
  constructor(private readonly messages: ReadonlyMap<K, MessageDescriptor>) {}

  get size(): number {
    return this.messages.size;
  }

  get(key: K): string | undefined {
    const message = this.messages.get(key);
    return message && readerText(message);
  }

  has(key: K): boolean {
    return this.messages.has(key);
  }

  keys() {
    return this.messages.keys();
  }

  values() {
    return this.texts().values();
  }

  entries() {
    return this.texts().entries();
  }

  [Symbol.iterator]() {
    return this.texts()[Symbol.iterator]();
  }

  forEach(each: (text: string, key: K, map: ReadonlyMap<K, string>) => void, self?: unknown): void {
    this.texts().forEach((text, key) => each.call(self, text, key, this));
  }

  /** Every entry as text, in the current language. */
  private texts(): Map<K, string> {
    return new Map([...this.messages].map(([key, message]) => [key, readerText(message)]));
  }
}
