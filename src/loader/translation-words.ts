// The words of the switch between a debate's translation and its original
// (features/open/TranslationNotice.tsx). They live with the format's translations in the
// `loader` catalogue, which the notice loads when it shows.
import type { LoaderMessage } from './problems';

export const TRANSLATION_WORDS = {
  translated: /*i18n*/ { id: 'translation.shown', message: 'Translation ({language})' },
  original: /*i18n*/ { id: 'translation.original', message: 'Original ({language})' },
  showOriginal: /*i18n*/ { id: 'translation.show-original', message: 'Show original ({language})' },
  showTranslation: /*i18n*/ {
    id: 'translation.show-translation',
    message: 'Show translation ({language})',
  },
} as const satisfies Record<string, LoaderMessage>;
