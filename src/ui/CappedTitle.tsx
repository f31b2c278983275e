// The debate's title, capped to a few lines so that no title, however long, pushes
// what sits beside it (where the debate came from, the tools) off the first screen.
// The full title is one press away, and only offered when something is hidden.
import { useLingui } from '@lingui/react/macro';
import { useLayoutEffect, useRef, useState } from 'react';
import './capped-title.css';

export function CappedTitle({ title, className }: { title: string; className: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [full, setFull] = useState(false);
  const [cut, setCut] = useState(false);
  const { t } = useLingui();

  useLayoutEffect(() => {
    const element = heading.current;
    if (!element || full) return;
    const measure = () => setCut(element.scrollHeight > element.clientHeight + 1);
    if (typeof ResizeObserver !== 'function') {
      measure();
      return;
    }
    // Measured only in the observer, which reports once as soon as it observes and again
    // on every change, after the browser's own layout: asked here, the heights would force
    // a layout of the whole page inside whatever rendered it (a click, a big debate's load).
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [full, title]);

  return (
    <div className="capped-title" data-full={full || undefined}>
      {/* The debate's own words: their direction (and where the cut's ellipsis falls)
          follows the title's script, not the interface's. */}
      <h1 ref={heading} className={`capped-title__text ${className}`} id="debate-title" dir="auto">
        {title}
      </h1>
      {(cut || full) && (
        <button
          type="button"
          className="capped-title__toggle link-button"
          aria-expanded={full}
          aria-controls="debate-title"
          onClick={() => setFull(!full)}
        >
          {full ? t`Shorter title` : t`Full title`}
        </button>
      )}
    </div>
  );
}
