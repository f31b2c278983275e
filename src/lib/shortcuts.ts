// The one rule for page-wide keyboard shortcuts: they never fire while the reader is
// typing into a field, working in a dialog, or pressing a browser or system chord.

/** Where keys belong to what has focus: text fields, lists, editable text, open dialogs. */
const TYPING_PLACES = 'input, textarea, select, [contenteditable="true"], dialog';

/** True when the key press happens in a field or dialog, where keys mean text, not shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(TYPING_PLACES) !== null;
}

/** True when a key press is free for a page-wide shortcut: unhandled, no Ctrl/⌘/Alt, not typing. */
export function isShortcutKey(event: KeyboardEvent): boolean {
  return (
    !event.defaultPrevented &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.altKey &&
    !isTyping(event.target)
  );
}
