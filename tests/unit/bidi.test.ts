// Unpaired bidi controls are dropped; properly closed pairs and every other character stay.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripUnpairedBidi } from '../../src/loader/bidi';
import { loadDebateValue } from '../../src/loader/load-debate';
import { smallDebate } from '../fixtures/small-debate';

const CONTROLS = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
];
const isControl = (c: string) => CONTROLS.includes(c);

/** True when every control in `text` is closed, in order, within its paragraph. */
function balanced(text: string): boolean {
  const open: string[] = [];
  for (const c of text) {
    if ('\u202A\u202B\u202D\u202E'.includes(c)) open.push('embedding');
    else if ('\u2066\u2067\u2068'.includes(c)) open.push('isolate');
    else if (c === '\u202C' && open.pop() !== 'embedding') return false;
    else if (c === '\u2069' && open.pop() !== 'isolate') return false;
    else if ('\n\r\u001C\u001D\u001E\u0085\u2029'.includes(c) && open.length) return false;
  }
  return open.length === 0;
}

/** Text mixing letters, right-to-left script, newlines and every bidi control. */
const bidiText = fc
  .array(fc.constantFrom(...CONTROLS, 'a', 'b', 'ا', 'ب', ' ', '\n', '\u2029', '1'), {
    maxLength: 40,
  })
  .map((chars) => chars.join(''));

describe('stripUnpairedBidi', () => {
  it('leaves balanced, properly nested controls and nothing unpaired', () => {
    fc.assert(
      fc.property(bidiText, (text) => balanced(stripUnpairedBidi(text))),
      {
        numRuns: 2000,
      },
    );
  });

  it('only ever removes controls, keeping every other character in order', () => {
    fc.assert(
      fc.property(bidiText, (text) => {
        const out = stripUnpairedBidi(text);
        const strip = (s: string) => [...s].filter((c) => !isControl(c)).join('');
        expect(strip(out)).toBe(strip(text));
      }),
    );
  });

  it('keeps text that is already balanced as it is, so a second pass changes nothing', () => {
    fc.assert(
      fc.property(bidiText, (text) => {
        const once = stripUnpairedBidi(text);
        expect(stripUnpairedBidi(once)).toBe(once);
      }),
    );
    fc.assert(
      fc.property(bidiText, (text) => {
        if (balanced(text)) expect(stripUnpairedBidi(text)).toBe(text);
      }),
    );
  });

  it.each([
    ['an unterminated override', 'EU \u202Egnp.exe', 'EU gnp.exe'],
    ['a closed override', 'a \u202Eb\u202C c', 'a \u202Eb\u202C c'],
    ['a stray PDF and PDI', '\u202Cx\u2069', 'x'],
    ['an isolate closing an embedding inside it', '\u2067a\u202Bb\u2069', '\u2067ab\u2069'],
    ['a PDF that would cross an isolate', '\u202Ba\u2066b\u202C\u2069', 'a\u2066b\u2069'],
    ['an override cut by a new paragraph', '\u202Ea\nb\u202C', 'a\nb'],
  ])('%s', (_name, text, expected) => {
    expect(stripUnpairedBidi(text)).toBe(expected);
  });
});

describe('the loader', () => {
  it('drops an unterminated override from an actor’s short name', () => {
    const doc = smallDebate();
    doc.actors[0]!.shortName = '\u202ECouncil';
    const result = loadDebateValue(doc);
    expect(result.ok && result.debate.actors[0]!.shortLabel).toBe('Council');
  });
});
