// A focused issue (a tour step, `issue=`, the Focus control) brings its columns into the
// matrix's sideways scroller, just past the sticky actor column, when the matrix opens
// or the focus changes; otherwise a tour step about the last issue would show the first.
import { useEffect, type RefObject } from 'react';
import type { NodeId } from '../../domain/model';

export function useIssueInView(scroller: RefObject<HTMLElement | null>, issue: NodeId | null) {
  useEffect(() => {
    const box = scroller.current;
    if (!box || !issue) return;
    // Ids are checked by the loader (letters, digits and hyphens), so they need no escaping.
    const header = box.querySelector(`[data-issue="${issue}"]`);
    const stuck = [...box.querySelectorAll('.matrix__corner, .matrix__agreement-head')];
    if (!header || !stuck.length) return;
    const target = header.getBoundingClientRect();
    const edges = stuck.map((cell) => cell.getBoundingClientRect());
    const left =
      getComputedStyle(box).direction === 'rtl'
        ? target.right - Math.min(...edges.map((edge) => edge.left))
        : target.left - Math.max(...edges.map((edge) => edge.right));
    box.scrollBy?.({ left });
  }, [scroller, issue]);
}
