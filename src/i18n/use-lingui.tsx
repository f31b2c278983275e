// What Lingui's macros compile `useLingui()` and `<Trans>` to (lingui.config.ts,
// runtimeConfigModule): the provider's context when there is one, else the global i18n,
// so a component rendered alone (a component test, a detached dialog) still reads.
import { useContext } from 'react';
import { i18n } from '@lingui/core';
import {
  LinguiContext,
  Trans as ProvidedTrans,
  type I18nContext,
  type TransProps,
} from '@lingui/react';

function globalContext(): I18nContext {
  return { i18n, _: i18n.t.bind(i18n) };
}

export function useLingui(): I18nContext {
  return useContext(LinguiContext) ?? globalContext();
}

export function Trans(props: TransProps) {
  const context = useContext(LinguiContext);
  if (context) return <ProvidedTrans {...props} />;
  return (
    <LinguiContext.Provider value={globalContext()}>
      <ProvidedTrans {...props} />
    </LinguiContext.Provider>
  );
}
