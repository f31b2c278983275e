// The direction a text reads in, as `dir="auto"` decides it: by its first strong letter.
// For the places that draw text themselves (the graph's SVG labels and its canvas),
// where no HTML element can work it out.

/** A letter of a script written right to left. */
const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;
const LETTER = /\p{L}/u;

/** 'rtl' or 'ltr' by the first letter; `fallback` when the text has none (numbers, marks). */
export function textDirection(text: string, fallback: 'ltr' | 'rtl' = 'ltr'): 'ltr' | 'rtl' {
  const first = LETTER.exec(text)?.[0];
  if (first === undefined) return fallback;
  return RTL_LETTER.test(first) ? 'rtl' : 'ltr';
}

/** The page's reading direction, as the language runtime set it on `<html dir>`. */
export function pageDirection(): 'ltr' | 'rtl' {
  return typeof document !== 'undefined' && document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';
}
