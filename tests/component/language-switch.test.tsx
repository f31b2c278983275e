// Switching language while another area's messages are asked for: the area must arrive
// in the new language too, or (a debate failing to open during a Dari start-up) its
// problems would show in English on a Dari page.
import { i18n } from '@lingui/core';
import { afterEach, expect, it } from 'vitest';
import { activateEnglish, activateLocale, loadAreaMessages } from '../../src/i18n/runtime';

afterEach(() => activateEnglish());

it('fetches an area asked for during a switch in the new language as well', async () => {
  const switching = activateLocale('fr');
  // Asked for while the French catalogues download, so first in English.
  await loadAreaMessages('loader');
  await switching;
  expect(i18n.locale).toBe('fr');
  expect(i18n._('link.empty')).toMatch(/^Le lien data= est vide/);
});
