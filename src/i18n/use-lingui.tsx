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

/**
 * Data inside a message (a name, a claim) is text, never markup. Lingui fills the values
 * in and then reads `<0>…</0>` tags in the result, so a value holding "<b>" or
 * "<script>…</script>" would be taken for a tag and dropped, with a console error. A
 * value with a "<" goes in as an element instead, which Lingui places as it is.
 */
function withTextValues(props: TransProps): TransProps {
  const values = props.values;
  const isMarkupLike = (value: unknown) => typeof value === 'string' && value.includes('<');
  if (!values || !Object.values(values).some(isMarkupLike)) return props;
  const asText = Object.entries(values).map(([name, value]) => [
    name,
    isMarkupLike(value) ? <>{value}</> : value,
  ]);
  return { ...props, values: Object.fromEntries(asText) as TransProps['values'] };
}

export function Trans(props: TransProps) {
  const context = useContext(LinguiContext);
  const safe = withTextValues(props);
  if (context) return <ProvidedTrans {...safe} />;
  return (
    <LinguiContext.Provider value={globalContext()}>
      <ProvidedTrans {...safe} />
    </LinguiContext.Provider>
  );
}
