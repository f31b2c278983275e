// How each stance basis is shown: an icon (never a quotation mark: a stated stance is the
// articles' report, not the actor's own words), a word and its meaning in plain words.
import { t } from '@lingui/core/macro';
import type { StanceBasis as Basis } from '../domain/model';

export const BASIS_LOOK: Record<
  Basis,
  { readonly icon: string; readonly word: string; readonly meaning: string }
> = {
  // Getters: the words are read when shown, so they follow the interface language.
  stated: {
    icon: '●',
    get word() {
      return t`Stated`;
    },
    get meaning() {
      return t`The articles report that this actor holds it. Not a direct quote of the actor.`;
    },
  },
  reported: {
    icon: '↪',
    get word() {
      return t`Reported`;
    },
    get meaning() {
      return t`The articles pass it on from another outlet’s report.`;
    },
  },
  inferred: {
    icon: '≈',
    get word() {
      return t`Inferred`;
    },
    get meaning() {
      return t`The editor’s reading: the articles do not say it.`;
    },
  },
};
