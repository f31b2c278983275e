// The one rule for page-wide shortcuts (lib/shortcuts.ts), on real DOM elements.
import { describe, expect, it } from 'vitest';
import { isShortcutKey, isTyping } from '../../src/lib/shortcuts';

function keyOn(html: string, selector: string, init: KeyboardEventInit = {}): KeyboardEvent {
  document.body.innerHTML = html;
  const target = document.querySelector(selector)!;
  let seen: KeyboardEvent | undefined;
  target.addEventListener('keydown', (event) => (seen = event as KeyboardEvent));
  target.dispatchEvent(new KeyboardEvent('keydown', { key: '?', bubbles: true, ...init }));
  return seen!;
}

describe('shortcuts', () => {
  it.each([
    ['a text field', '<input type="search">', 'input'],
    ['a text area', '<textarea></textarea>', 'textarea'],
    ['a list box', '<select><option>a</option></select>', 'select'],
    ['editable text', '<div contenteditable="true"><b>x</b></div>', 'b'],
    ['a button in an open dialog', '<dialog open><button>OK</button></dialog>', 'button'],
  ])('treats keys in %s as typing', (_, html, selector) => {
    const event = keyOn(html, selector);
    expect(isTyping(event.target)).toBe(true);
    expect(isShortcutKey(event)).toBe(false);
  });

  it('leaves keys on the page, a button or the graph free for shortcuts', () => {
    expect(isShortcutKey(keyOn('<main><button>Go</button></main>', 'button'))).toBe(true);
    expect(isShortcutKey(keyOn('<svg><g data-node-id="a" tabindex="0"></g></svg>', 'g'))).toBe(
      true,
    );
    expect(isTyping(window)).toBe(false);
  });

  it('leaves chords with Ctrl, ⌘ or Alt to the browser', () => {
    for (const chord of [{ ctrlKey: true }, { metaKey: true }, { altKey: true }])
      expect(isShortcutKey(keyOn('<main></main>', 'main', chord))).toBe(false);
  });
});
