// Presentation mode: the tour step's caption at projector size, a progress bar, and
// the keys of clickers and keyboards. Each step is its own history entry (the URL
// sync pushes it), so Back returns to the previous step.
import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect, useRef, useState } from 'react';
import { moveForKey, stepAfter, stepOf } from '../../domain/tour-stepper';
import { pageDirection } from '../../lib/text-direction';
import { isShortcutKey } from '../../lib/shortcuts';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { GlossaryTextLater } from '../../ui/GlossaryTextLater';
import './present.css';

/** Space or Enter on a control, or arrows moving through the graph, are not tour moves. */
function belongsToSomethingElse(event: KeyboardEvent): boolean {
  const target = event.target as Element | null;
  if ((event.key === ' ' || event.key === 'Enter') && target?.closest('button, a, [role="button"]'))
    return true;
  return event.key.startsWith('Arrow') && Boolean(target?.closest('[data-node-id]'));
}

/** Focus on nothing, or on a button that a step has just disabled. */
function focusLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || (active as HTMLButtonElement).disabled === true;
}

/** Next when there is a next step, else Leave tour: the presenter's likely next press. */
function focusControls(controls: HTMLElement | null) {
  const next = controls?.querySelector<HTMLButtonElement>('.tour__next:not(:disabled)');
  (next ?? controls?.querySelector<HTMLButtonElement>('.tour__leave'))?.focus();
}

function useFullscreen(): [boolean, () => void] {
  const [on, setOn] = useState(() => Boolean(document.fullscreenElement));
  useEffect(() => {
    const sync = () => setOn(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
  }, []);
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => {});
  };
  return [on, toggle];
}

export function TourPanel() {
  const store = useAppStoreApi();
  const { t } = useLingui();
  const debate = useAppStore((s) => s.debate);
  const tourId = useAppStore((s) => s.tour);
  const step = useAppStore((s) => s.step);
  const goToTourStep = useAppStore((s) => s.goToTourStep);
  const [fullscreen, toggleFullscreen] = useFullscreen();
  const tour = tourId ? debate?.index.tour.get(tourId) : undefined;
  const controls = useRef<HTMLDivElement>(null);

  // A tour that starts takes the keyboard focus to its controls: the button that started
  // it is often gone with the view the first step leaves, and focus must not fall to the page.
  useEffect(() => {
    if (tour) focusControls(controls.current);
    // Only when a tour starts (or another begins), not at every step: `tour` is the
    // debate's own object, the same at every step.
  }, [tour]);

  // A step that disables the focused button (Next at the last step, Previous at the
  // first) or whose view removes what had focus would drop the presenter's keyboard
  // to the top of the page; the controls keep it instead.
  useEffect(() => {
    if (focusLost()) focusControls(controls.current);
  }, [step]);

  // Leaving the tour removes the button that had focus; the header's Start button
  // (StartTourButton), back in its place, takes it, so the next tour is one Enter away.
  useEffect(
    () => () => {
      if (focusLost()) document.querySelector<HTMLElement>('.start-tour')?.focus();
    },
    [],
  );

  useEffect(() => {
    if (!tour) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const move = moveForKey(event.key, pageDirection());
      if (!move || !isShortcutKey(event) || belongsToSomethingElse(event)) return;
      event.preventDefault();
      event.stopPropagation();
      const next = stepAfter(tour, store.getState().step, move);
      store.getState().goToTourStep(next === null ? null : tour.id, next ?? 1);
    };
    // Capture: the tour's keys come before the app's own (Escape leaves the tour, not the selection).
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [tour, store]);

  const current = tour ? stepOf(tour, step) : undefined;
  if (!tour || !current) return null;
  const tourTitle = tour.title;
  const total = tour.steps.length;
  return (
    <section
      className="tour"
      role="region"
      aria-label={t`Guided tour`}
      aria-roledescription={t`presentation`}
    >
      <div className="tour__caption" aria-live="polite">
        <p className="tour__kicker">
          <Trans>
            <bdi>{tourTitle}</bdi> · Step {step} of {total}
          </Trans>
        </p>
        <h2 className="tour__title">{current.title}</h2>
        <p className="tour__text">
          {debate ? (
            <GlossaryTextLater
              text={current.text}
              glossary={debate.glossary}
              language={debate.meta.language}
            />
          ) : (
            current.text
          )}
        </p>
      </div>
      <div className="tour__controls" ref={controls}>
        <progress
          className="tour__progress"
          max={total}
          value={step}
          aria-label={t`Step ${step} of ${total}`}
        />
        <div className="tour__buttons">
          <button
            type="button"
            onClick={() => goToTourStep(tour.id, step - 1)}
            disabled={step === 1}
          >
            <span className="flip-rtl">←</span> <Trans>Previous</Trans>
          </button>
          <button
            type="button"
            className="tour__next"
            onClick={() => goToTourStep(tour.id, step + 1)}
            disabled={step === total}
          >
            <Trans>Next</Trans> <span className="flip-rtl">→</span>
          </button>
          <button type="button" aria-pressed={fullscreen} onClick={toggleFullscreen}>
            <Trans>Full screen</Trans>
          </button>
          <button type="button" className="tour__leave" onClick={() => goToTourStep(null)}>
            <Trans>Leave tour</Trans>
          </button>
        </div>
        <p className="tour__keys">
          <Trans>
            <kbd className="flip-rtl">→</kbd> <kbd>PgDn</kbd> <kbd>Space</kbd> next ·{' '}
            <kbd className="flip-rtl">←</kbd> <kbd>PgUp</kbd> back · <kbd>Esc</kbd> leave
          </Trans>
        </p>
      </div>
    </section>
  );
}
