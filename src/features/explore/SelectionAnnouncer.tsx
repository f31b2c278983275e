import { useLingui } from '@lingui/react/macro';
import { plural } from '@lingui/core/macro';
import { useEffect, useState } from 'react';
import { useAppStoreShallow } from '../../store/store-context';
import { isolated } from '../../lib/isolated';

/** Says what was selected, for screen readers: a polite live region. */
export function SelectionAnnouncer() {
  const { t } = useLingui();
  const now = useAppStoreShallow((s) => {
    if (!s.selected || !s.debate) return null;
    const node = s.debate.index.node.get(s.selected);
    if (!node) return null;
    const links =
      (s.debate.index.outgoing.get(node.id)?.length ?? 0) +
      (s.debate.index.incoming.get(node.id)?.length ?? 0);
    return { type: node.type, label: node.label, links };
  });
  // Said once the click's frame has painted: the count is formatted by Intl, whose
  // first use loads its number data (hundreds of ms on a slow machine), and the details
  // the reader clicked for must not wait for it.
  // So is a selection the page opens with (`select=`): it need not hold back the first frame.
  const [selected, setSelected] = useState<typeof now>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setSelected(now), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [now]);
  let message = '';
  if (selected) {
    const name = isolated(selected.label);
    const n = selected.links;
    const said = {
      issue: t`Selected issue: ${name}. ${plural(n, { one: '# link', other: '# links' })}. Details are open.`,
      position: t`Selected position: ${name}. ${plural(n, { one: '# link', other: '# links' })}. Details are open.`,
      actor: t`Selected actor: ${name}. ${plural(n, { one: '# link', other: '# links' })}. Details are open.`,
      argument: t`Selected argument: ${name}. ${plural(n, { one: '# link', other: '# links' })}. Details are open.`,
    };
    message = said[selected.type];
  }
  return (
    <div className="visually-hidden" aria-live="polite" role="status">
      {message}
    </div>
  );
}
