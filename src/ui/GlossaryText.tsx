// Plain text with its glossary terms explained in place. The text is cut into pieces by
// domain/glossary-match (never parsed as markup); each term becomes a small button that
// opens its definition in a popover — a "toggletip": Tab reaches it, Enter or Space (or a
// tap) opens it, Escape, a tap elsewhere or moving focus away closes it. The definition
// is written into a live region when it opens, so screen readers read it out.
import { useLingui } from '@lingui/react/macro';
import { Fragment, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { glossaryMatcher, glossaryPieces } from '../domain/glossary-match';
import type { Debate, GlossaryEntry } from '../domain/model';
import './glossary.css';
import './data-text.css';

export interface GlossaryTextProps {
  readonly text: string;
  readonly glossary: readonly GlossaryEntry[];
  /** The debate's language (BCP 47): English also matches plurals. */
  readonly language?: string;
  /** A term never marked here, e.g. the one whose own definition this text is. */
  readonly exclude?: string;
}

export function GlossaryText({ text, glossary, language = 'en', exclude }: GlossaryTextProps) {
  const pieces = useMemo(() => {
    const excluded = exclude === undefined ? -1 : glossary.findIndex((g) => g.term === exclude);
    return glossaryPieces(
      text,
      glossaryMatcher(glossary, language),
      excluded >= 0 ? excluded : undefined,
    );
  }, [text, glossary, language, exclude]);
  // Isolated like every data text (DataText): the app's words around it keep their order.
  return (
    <bdi className="data-text">
      {pieces.map((piece, i) => {
        const entry = piece.entry === undefined ? undefined : glossary[piece.entry];
        return entry ? (
          <GlossaryTerm key={i} text={piece.text} entry={entry} />
        ) : (
          <Fragment key={i}>{piece.text}</Fragment>
        );
      })}
    </bdi>
  );
}

/** Keeps a popover inside the viewport: shifts it sideways and, if need be, above its term. */
function keepInView(pop: HTMLElement) {
  const margin = 8;
  pop.style.left = '';
  delete pop.dataset.side;
  const viewWidth = document.documentElement.clientWidth || window.innerWidth;
  const rect = pop.getBoundingClientRect();
  let shift = 0;
  if (rect.right > viewWidth - margin) shift = viewWidth - margin - rect.right;
  if (rect.left + shift < margin) shift = margin - rect.left;
  if (shift) pop.style.left = `${shift}px`;
  const term = pop.closest('.glossary-term')?.getBoundingClientRect();
  if (term && rect.bottom > window.innerHeight && term.top - rect.height > margin)
    pop.dataset.side = 'above';
}

function GlossaryTerm({ text, entry }: { text: string; entry: GlossaryEntry }) {
  const { t } = useLingui();
  const [open, setOpen] = useState(false);
  const wrapRef = useRef<HTMLSpanElement>(null);
  const popRef = useRef<HTMLSpanElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const liveId = useId();

  useLayoutEffect(() => {
    if (open && popRef.current) keepInView(popRef.current);
  }, [open]);

  useEffect(() => {
    if (!open) return;
    // A tap or click elsewhere, or focus moving elsewhere, closes it.
    const onOutside = (event: Event) => {
      if (!wrapRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onOutside);
    document.addEventListener('focusin', onOutside);
    return () => {
      document.removeEventListener('pointerdown', onOutside);
      document.removeEventListener('focusin', onOutside);
    };
  }, [open]);

  return (
    <span
      ref={wrapRef}
      className="glossary-term"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          // Handled here: the app's own Escape (clear the selection) should not fire too.
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="glossary-term__button"
        // The visible words first (WCAG "label in name"), then what kind of button it is.
        aria-label={t`${text} (glossary)`}
        aria-expanded={open}
        aria-controls={liveId}
        onClick={() => setOpen((was) => !was)}
      >
        {text}
      </button>
      <span id={liveId} role="status" className="glossary-term__live">
        {open && (
          <span ref={popRef} className="glossary-pop">
            <dfn className="glossary-pop__term">{entry.term}</dfn>{' '}
            <span className="glossary-pop__definition">{entry.definition}</span>
          </span>
        )}
      </span>
    </span>
  );
}

/** GlossaryText with a debate's own glossary, matched in the debate's language. */
export function DebateGlossaryText({
  text,
  debate,
  exclude,
}: {
  text: string;
  debate: Pick<Debate, 'glossary' | 'meta'>;
  exclude?: string;
}) {
  return (
    <GlossaryText
      text={text}
      glossary={debate.glossary}
      language={debate.meta.language}
      exclude={exclude}
    />
  );
}
