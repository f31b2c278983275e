import type { NodeId } from '../../domain/model';
import { useAppStore } from '../../store/store-context';
import { DataText } from '../../ui/DataText';

/** A node's text as a button that selects the node, marked as current while it is selected. */
export function SelectNameButton({
  id,
  className,
  node,
  selected,
  text,
}: {
  id?: string;
  className: string;
  node: NodeId;
  selected: boolean;
  text: string;
}) {
  const select = useAppStore((s) => s.select);
  return (
    <button
      id={id}
      type="button"
      className={className}
      aria-current={selected ? 'true' : undefined}
      onClick={() => select(node)}
    >
      <DataText>{text}</DataText>
    </button>
  );
}
