import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { Dialog } from '../ui/Dialog';

// Key names stay as printed on the keys; a described key (Enter or Space) is translated.
const SHORTCUTS: [string | MessageDescriptor, MessageDescriptor][] = [
  ['Tab', msg`Move to the graph, then to the controls around it`],
  ['← ↑ → ↓', msg`Move from a node along its links to a neighbour`],
  [']  [', msg`Next and previous node: every node in turn, issues first`],
  ['Page Down  Page Up', msg`Next and previous issue; Enter on an issue opens it, Back returns`],
  ['Home', msg`The first node`],
  [msg`Enter or Space`, msg`Select the focused node and open its details`],
  ['Escape', msg`Close the details and clear the selection`],
  ['/', msg`Search`],
  ['+  −  0', msg`Zoom in, zoom out, fit the graph`],
  ['?', msg`Show this list`],
];

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useLingui();
  return (
    <Dialog title={t`Keyboard shortcuts`} open={open} onClose={onClose}>
      <dl className="shortcuts">
        {SHORTCUTS.map(([keys, what]) => (
          <div key={typeof keys === 'string' ? keys : keys.id}>
            <dt>
              <kbd>{typeof keys === 'string' ? keys : t(keys)}</kbd>
            </dt>
            <dd>{t(what)}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
