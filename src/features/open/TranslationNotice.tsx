// Says when the debate's own texts are a translation, in which language they were
// written, and switches to the original and back in one click (data-format.md,
// "translations"). Quotes are never translated, so they need no switch of their own.
import { translationLanguage } from '../../domain/translate';
import { useAppStore } from '../../store/store-context';
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
  const language = debate && textLanguage ? translationLanguage(debate, textLanguage) : null;
  if (!debate || !textLanguage || !language) return null;
  const translated = debate.translation !== undefined;
  const written = languageName(
    (debate.translation?.original ?? debate).meta.language,
    textLanguage,
  );
  const other = languageName(language, textLanguage);
  return (
    <p className="translation-notice" data-translated={translated}>
      <span>{translated ? `Translated from ${written}.` : `As written, in ${written}.`}</span>{' '}
      <button
        type="button"
        className="button button--quiet translation-notice__switch"
        onClick={() => setShowOriginal(translated)}
      >
        {translated ? `Show original (${written})` : `Show translation (${other})`}
      </button>
    </p>
  );
}
