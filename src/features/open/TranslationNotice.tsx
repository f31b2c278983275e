// Says when the debate's own texts are a translation, in which language they were
// written, and switches to the original and back in one click (data-format.md,
// "translations"). Quotes are never translated, so they need no switch of their own.
// On a phone it folds into a badge naming the language shown, which opens the notice:
// written out, it took two of the header's lines (translation-notice.css).
import { useEffect, useRef } from 'react';
import { translationLanguage } from '../../domain/translate';
import { useLingui } from '../../i18n/use-lingui';
import { loadLoaderMessages } from '../../i18n/runtime';
import { localised } from '../../loader/problems';
import { TRANSLATION_WORDS } from '../../loader/translation-words';
import { useAppStore } from '../../store/store-context';
import { useDisclosure } from '../../ui/use-disclosure';
import './translation-notice.css';

function languageName(tag: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage, 'en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function TranslationNotice() {
  const debate = useAppStore((s) => s.debate);
  const textLanguage = useAppStore((s) => s.textLanguage);
  const setShowOriginal = useAppStore((s) => s.setShowOriginal);
  const { open, setOpen, panelId: panel, toggle } = useDisclosure();
  const root = useRef<HTMLDivElement>(null);
  // The open notice lies over the header's tools: a tap anywhere else closes it.
  useEffect(() => {
    if (!open) return;
    const close = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [open, setOpen]);
  // Re-renders when the interface language or its catalogues change.
  useLingui();
  const language = debate && textLanguage ? translationLanguage(debate, textLanguage) : null;
  useEffect(() => {
    if (language) void loadLoaderMessages();
  }, [language]);
  if (!debate || !textLanguage || !language) return null;
  const translated = debate.translation !== undefined;
  const written = languageName(
    (debate.translation?.original ?? debate).meta.language,
    textLanguage,
  );
  const other = languageName(language, textLanguage);
  const say = (words: (typeof TRANSLATION_WORDS)[keyof typeof TRANSLATION_WORDS], name: string) =>
    localised({ ...words, values: { language: name } });
  const sentence = translated
    ? say(TRANSLATION_WORDS.translated, other)
    : say(TRANSLATION_WORDS.original, written);
  const shown = translated ? language : debate.meta.language;
  return (
    <div
      ref={root}
      className="translation-notice"
      data-translated={translated}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          event.currentTarget.querySelector('button')?.focus();
        }
      }}
    >
      <button type="button" className="button translation-notice__badge" {...toggle}>
        {shown.split('-')[0]!.toUpperCase()}
        <span className="visually-hidden"> — {sentence}</span>
      </button>
      {/* Always shown on wider screens (the CSS overrides `hidden` there). */}
      <p id={panel} className="translation-notice__full" hidden={!open}>
        <span>{sentence}</span>
        <button
          type="button"
          className="button button--quiet translation-notice__switch"
          onClick={() => setShowOriginal(translated)}
        >
          {translated
            ? say(TRANSLATION_WORDS.showOriginal, written)
            : say(TRANSLATION_WORDS.showTranslation, other)}
        </button>
      </p>
    </div>
  );
}
