// How each stance basis is shown: an icon (never a quotation mark: a stated stance is the
// articles' report, not the actor's own words), a word and its meaning in plain words.
import type { StanceBasis as Basis } from '../domain/model';

export const BASIS_LOOK: Record<
  Basis,
  { readonly icon: string; readonly word: string; readonly meaning: string }
> = {
  stated: {
    icon: '●',
    word: 'Stated',
    meaning: 'The articles report that this actor holds it. Not a direct quote of the actor.',
  },
  reported: {
    icon: '↪',
    word: 'Reported',
    meaning: 'The articles pass it on from another outlet’s report.',
  },
  inferred: {
    icon: '≈',
    word: 'Inferred',
    meaning: 'The editor’s reading: the articles do not say it.',
  },
};
