import { Dialog } from '../ui/Dialog';

const SHORTCUTS: [string, string][] = [
  ['Tab', 'Move to the graph, then to the controls around it'],
  ['← ↑ → ↓', 'Move from a node along its links to a neighbour'],
  [']  [', 'Next and previous node: every node in turn, issues first'],
  ['Page Down  Page Up', 'Next and previous issue; Enter on an issue opens it, Back returns'],
  ['Home', 'The first node'],
  ['Enter or Space', 'Select the focused node and open its details'],
  ['Escape', 'Close the details and clear the selection'],
  ['/', 'Search'],
  ['+  −  0', 'Zoom in, zoom out, fit the graph'],
  ['?', 'Show this list'],
];

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" open={open} onClose={onClose}>
      <dl className="shortcuts">
        {SHORTCUTS.map(([keys, what]) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
