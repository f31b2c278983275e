// The interface language, switched in place: the debate, view and selection stay.
import { useState } from 'react';
import { useLingui } from '@lingui/react/macro';
import { LANGUAGE_NAMES, LOCALES, direction, isLocale } from '../i18n/locales';
import { pickLocale } from '../i18n/runtime';

export function LanguagePicker({ className = 'menu__field' }: { className?: string }) {
  const { t, i18n } = useLingui();
  const [failed, setFailed] = useState(false);
  return (
    <label className={className}>
      <span>{t`Language`}</span>
      <select
        value={i18n.locale}
        onChange={(event) => {
          const picked = event.target.value;
          if (!isLocale(picked)) return;
          setFailed(false);
          pickLocale(picked).catch(() => setFailed(true));
        }}
      >
        {LOCALES.map((value) => (
          <option key={value} value={value} lang={value} dir={direction(value)}>
            {LANGUAGE_NAMES[value]}
          </option>
        ))}
      </select>
      {failed && (
        <span role="alert">{t`That language could not be loaded. Check the connection.`}</span>
      )}
    </label>
  );
}
