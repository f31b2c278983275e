// A drop-down with its visible name: the label wraps both, so the list is named by it
// (no ids to tie them) and a click on the name opens the list.
import type { ReactNode, SelectHTMLAttributes } from 'react';

export interface LabelledSelectProps extends Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'className'
> {
  /** The label's class: the field's look where it stands. */
  readonly className: string;
  readonly label: ReactNode;
}

export function LabelledSelect({ className, label, children, ...select }: LabelledSelectProps) {
  return (
    <label className={className}>
      <span>{label}</span>
      <select {...select}>{children}</select>
    </label>
  );
}
