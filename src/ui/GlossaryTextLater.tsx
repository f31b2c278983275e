import { lazy, Suspense } from 'react';
import type { GlossaryTextProps } from './GlossaryText';

const GlossaryText = lazy(() =>
  import('./GlossaryText').then((m) => ({ default: m.GlossaryText })),
);

/**
 * GlossaryText for text on the first screen: the plain text shows at once, and the
 * terms are marked when the glossary's code arrives, so the first visit stays light.
 */
export function GlossaryTextLater(props: GlossaryTextProps) {
  return (
    <Suspense fallback={props.text}>
      <GlossaryText {...props} />
    </Suspense>
  );
}
