// Scroll manners for an embedded graph (url-and-embed.md): until the reader activates
// it, wheel and touch gestures over the graph belong to the page around it, so an
// article scrolls past the graph instead of zooming it. A click on the graph, or Enter
// or Space while focus is inside it, activates it; Escape, a press outside it, focus
// leaving it, or the window losing focus (the reader went back to the article) lets go.
//
// It works from outside the renderer (SVG or canvas): while inactive, wheel and touch
// events are stopped in the capture phase on their way down, so d3-zoom and d3-drag
// never see them, and nothing calls preventDefault: the browser scrolls the page.
// Mouse drags are left alone; they never scroll a page. The element's data-gestures
// says who has the gestures ("page" or "graph"); a quiet hint says how to activate.
import { t } from '@lingui/core/macro';

type Listener = [EventTarget, string, (event: Event) => void, AddEventListenerOptions?];

/** Attaches the gate to the element around a graph; returns a function that removes it. */
export function attachActivationGate(gate: HTMLElement): () => void {
  const hint = document.createElement('p');
  hint.className = 'activation-gate__hint';
  // The graph's own name already tells screen readers how to use it.
  hint.setAttribute('aria-hidden', 'true');
  gate.append(hint);

  const touch = window.matchMedia?.('(pointer: coarse)').matches ?? false;
  let active = false;
  let focused = gate.contains(document.activeElement);
  const show = () => {
    gate.dataset.gestures = active ? 'graph' : 'page';
    hint.hidden = active;
    hint.textContent = focused
      ? t`Press Enter to explore the graph`
      : touch
        ? t`Tap to explore the graph`
        : t`Click to explore the graph`;
  };
  const set = (nextActive: boolean, nextFocused = focused) => {
    active = nextActive;
    focused = nextFocused;
    show();
  };
  const inside = (target: EventTarget | null) => target instanceof Node && gate.contains(target);
  const key = (event: Event) => (event as KeyboardEvent).key;

  let nudge: ReturnType<typeof setTimeout> | undefined;
  const toPage = (event: Event) => {
    if (active) return;
    event.stopPropagation();
    // The hint stands out for a moment, in case the reader meant the graph.
    gate.setAttribute('data-nudge', '');
    clearTimeout(nudge);
    nudge = setTimeout(() => gate.removeAttribute('data-nudge'), 1500);
  };

  const listeners: Listener[] = [
    // Passive: nothing here cancels a gesture, so the page scrolls without waiting.
    ...['wheel', 'touchstart', 'touchmove'].map((type): Listener => [
      gate,
      type,
      toPage,
      { capture: true, passive: true },
    ]),
    // A click, not a press: a finger that lands on the graph to scroll presses too.
    [gate, 'click', () => set(true), { capture: true }],
    [gate, 'keydown', (e) => (key(e) === 'Enter' || key(e) === ' ') && set(true)],
    [gate, 'focusin', () => set(active, true)],
    [gate, 'focusout', (e) => !inside((e as FocusEvent).relatedTarget) && set(false, false)],
    [document, 'keydown', (e) => key(e) === 'Escape' && set(false)],
    [document, 'pointerdown', (e) => !inside(e.target) && set(false), { capture: true }],
    [window, 'blur', () => set(false)],
  ];
  for (const [target, type, listener, options] of listeners)
    target.addEventListener(type, listener, options);
  show();

  return () => {
    for (const [target, type, listener, options] of listeners)
      target.removeEventListener(type, listener, options);
    clearTimeout(nudge);
    hint.remove();
    gate.removeAttribute('data-nudge');
  };
}
