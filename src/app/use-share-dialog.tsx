import { useState, type ReactNode } from 'react';
import { ShareDialogOnDemand } from './embed-and-share';

/** The Share dialog: `open` opens it; `dialog` goes anywhere in the tree. */
export function useShareDialog(): { open: () => void; dialog: ReactNode } {
  const [state, setState] = useState<'never' | 'open' | 'closed'>('never');
  return {
    open: () => setState('open'),
    // Kept mounted once opened, so that closing the native dialog hands focus back.
    dialog: state !== 'never' && (
      <ShareDialogOnDemand open={state === 'open'} onClose={() => setState('closed')} />
    ),
  };
}
