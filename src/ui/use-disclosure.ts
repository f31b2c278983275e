// A button that shows and hides a panel beside it (the disclosure pattern): the state,
// the panel's id, and the button's ARIA and click wiring, in one place.
import { useId, useState } from 'react';

export function useDisclosure(initiallyOpen = false) {
  const [open, setOpen] = useState(initiallyOpen);
  const panelId = useId();
  /** Spread on the button: it says whether the panel is shown and toggles it. */
  const toggle = {
    'aria-expanded': open,
    'aria-controls': panelId,
    onClick: () => setOpen(!open),
  };
  return { open, setOpen, panelId, toggle };
}
