// Every catalogue (src/locales/<locale>/<area>.po) holds exactly the messages the code
// uses: none missing or left untranslated, none that nobody uses any more. The messages
// are extracted from the source here, as `lingui extract` does.
import { getCatalogs } from '@lingui/cli/api';
import { getConfig } from '@lingui/conf';
import { describe, expect, it } from 'vitest';

const config = getConfig({ configPath: 'lingui.config.ts', skipValidation: true });
const catalogs = await getCatalogs(config);
const area = (path: string) => path.split('/').at(-1)!;

describe.each(catalogs.map((catalog) => [area(catalog.path), catalog] as const))(
  'the %s catalogues',
  (_name, catalog) => {
    it('match the messages in the code, translated in every locale', async () => {
      const used = Object.keys((await catalog.collect()) ?? {}).sort();
      for (const locale of config.locales) {
        const held = Object.entries(await catalog.read(locale)).filter(
          ([, message]) => !message.obsolete,
        );
        const ids = new Set(held.map(([id]) => id));
        const missing = used.filter((id) => !ids.has(id));
        const unused = held.filter(([id]) => !used.includes(id)).map(([, m]) => m.message);
        // English is the source: its messages are the code's own text.
        const untranslated =
          locale === config.sourceLocale
            ? []
            : held.filter(([, m]) => !m.translation?.trim()).map(([, m]) => m.message);
        expect({ locale, missing, unused, untranslated }).toEqual({
          locale,
          missing: [],
          unused: [],
          untranslated: [],
        });
      }
    }, 300_000);
  },
);
