import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  compileGlossary,
  glossaryAnchorIds,
  glossaryMatcher,
  glossaryPieces,
  splitByGlossary,
  termForms,
  type TextPiece,
} from '../../src/domain/glossary-match';

const glossary = [
  { term: 'Return (deportation)' },
  { term: 'Return hubs' },
  { term: 'Non-refoulement' },
  { term: 'One-day visa (limited to Belgium)' },
  { term: 'De facto authority' },
  { term: 'Security risk' },
  { term: 'C++ (language)' },
  { term: 'Women’s rights' },
];

function marked(text: string, pieces: TextPiece[] = split(text)): string {
  return pieces.map((p) => (p.entry === undefined ? p.text : `[${p.text}#${p.entry}]`)).join('');
}

function split(text: string, options = {}) {
  return splitByGlossary(text, glossaryMatcher(glossary, 'en'), options);
}

describe('glossary term matching', () => {
  it('marks whole words case-insensitively and gives the text back unchanged', () => {
    const text = 'NON-REFOULEMENT is not optional; nonrefoulement is a typo.';
    expect(marked(text)).toBe('[NON-REFOULEMENT#2] is not optional; nonrefoulement is a typo.');
    expect(
      split(text)
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });

  it('does not match inside a longer word', () => {
    expect(marked('Returning and unreturnable are not terms; returns are.')).toBe(
      'Returning and unreturnable are not terms; [returns#0] are.',
    );
  });

  it('does not match part of a hyphenated compound', () => {
    expect(marked('A return-hub test, then a return.')).toBe(
      'A return-hub test, then a [return#0].',
    );
  });

  it('prefers the longest term at a place', () => {
    expect(marked('Return hubs differ from a return.')).toBe(
      '[Return hubs#1] differ from a [return#0].',
    );
  });

  it('treats a trailing gloss in brackets as optional', () => {
    expect(termForms('Return (deportation)')).toEqual(['Return (deportation)', 'Return']);
    expect(marked('Five one-day visas were issued.')).toBe('Five [one-day visas#3] were issued.');
    expect(marked('A one-day visa (limited to Belgium) was issued.')).toBe(
      'A [one-day visa (limited to Belgium)#3] was issued.',
    );
  });

  it('matches English plurals, any white space and either apostrophe', () => {
    expect(marked('Security  risks and de facto\nauthorities.')).toBe(
      '[Security  risks#5] and [de facto\nauthorities#4].',
    );
    expect(marked("Women's rights matter.")).toBe("[Women's rights#7] matter.");
  });

  it('does not add English plurals in another language', () => {
    const pieces = splitByGlossary('Security risks', compileGlossary(glossary, 'de'));
    expect(marked('', pieces)).toBe('Security risks');
  });

  it('marks only the first occurrence of a term unless asked for every one', () => {
    expect(marked('A return, another return, return hubs.')).toBe(
      'A [return#0], another return, [return hubs#1].',
    );
    expect(marked('', split('return and return', { everyOccurrence: true }))).toBe(
      '[return#0] and [return#0]',
    );
  });

  it('leaves out excluded entries', () => {
    expect(marked('', split('Non-refoulement and a return.', { exclude: new Set([2]) }))).toBe(
      'Non-refoulement and a [return#0].',
    );
  });

  it('escapes terms, so their characters are never read as a pattern', () => {
    expect(marked('C++ and C+ and Cpp')).toBe('[C++#6] and C+ and Cpp');
    expect(() => compileGlossary([{ term: '(' }, { term: '[a-z]*' }, { term: '-' }])).not.toThrow();
    expect(marked('', splitByGlossary('x [a-z]* y', compileGlossary([{ term: '[a-z]*' }])))).toBe(
      'x [[a-z]*#0] y',
    );
  });

  it('matches letters of any script as word characters', () => {
    const m = compileGlossary([{ term: 'Rückführung' }], 'de');
    expect(marked('', splitByGlossary('Die Rückführung, Rückführungen.', m))).toBe(
      'Die [Rückführung#0], Rückführungen.',
    );
  });

  it('handles an empty glossary and empty text', () => {
    expect(compileGlossary([]).pattern).toBeNull();
    expect(splitByGlossary('text', compileGlossary([]))).toEqual([{ text: 'text' }]);
    expect(split('')).toEqual([]);
  });

  it('compiles once per glossary and language', () => {
    expect(glossaryMatcher(glossary, 'en')).toBe(glossaryMatcher(glossary, 'en'));
    expect(glossaryMatcher(glossary, 'de')).not.toBe(glossaryMatcher(glossary, 'en'));
  });

  it('gives every term a distinct anchor id', () => {
    expect(
      glossaryAnchorIds([
        { term: 'Non-refoulement' },
        { term: 'Return (deportation)' },
        { term: 'Réfugié' },
        { term: 'return deportation' },
        { term: '!!!' },
      ]),
    ).toEqual([
      'glossary-non-refoulement',
      'glossary-return-deportation',
      'glossary-refugie',
      'glossary-return-deportation-2',
      'glossary-term',
    ]);
  });
});

describe('word forms an entry lists (match) and phrases it leaves alone (skip)', () => {
  const entries = [
    {
      term: 'Return (deportation)',
      match: ['return', 'deportation'],
      skip: ['return to power', 'Taliban’s return'],
    },
    { term: 'Member state', match: ['member state', 'EU member state'] },
    { term: 'Power' },
  ];
  const mark = (text: string, options = {}) =>
    marked(text, splitByGlossary(text, compileGlossary(entries, 'en'), options));

  it('marks the listed forms, with their plurals, instead of the term', () => {
    expect(mark('Deportations and returns.', { everyOccurrence: true })).toBe(
      '[Deportations#0] and [returns#0].',
    );
    // "Return (deportation)" itself is no longer a form once match is given.
    expect(mark('Return (deportation) is a term.')).toBe('[Return#0] (deportation) is a term.');
    expect(mark('EU member states argue.')).toBe('[EU member states#1] argue.');
  });

  it('leaves a skip phrase unmarked, terms inside it included, and marks the rest', () => {
    expect(mark('Since the return to power, returns rose.')).toBe(
      'Since the return to power, [returns#0] rose.',
    );
    expect(mark('The Taliban’s return in 2021; the Taliban’s return.')).toBe(
      'The Taliban’s return in 2021; the Taliban’s return.',
    );
    // "power" is a term of its own, but inside the skip phrase it stays plain too.
    expect(mark('The return to power; power.')).toBe('The return to power; [power#2].');
    const text = 'Since the return to power, returns rose.';
    expect(
      splitByGlossary(text, compileGlossary(entries, 'en'))
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });

  it('lets a term win over a skip phrase written the same, and ignores blank forms', () => {
    const same = compileGlossary([{ term: 'Only', match: ['  '], skip: ['only'] }], 'en');
    expect(marked('Only this.', splitByGlossary('Only this.', same))).toBe('[Only#0] this.');
  });
});

describe('the remembered split (glossaryPieces)', () => {
  const matcher = glossaryMatcher(glossary, 'en');
  const text = 'Return hubs and returns, then non-refoulement and returns again.';

  it('gives the same pieces as splitByGlossary, marking first occurrences', () => {
    expect(glossaryPieces(text, matcher)).toEqual(splitByGlossary(text, matcher));
    expect(glossaryPieces(text, matcher, 0)).toEqual(
      splitByGlossary(text, matcher, { exclude: new Set([0]) }),
    );
  });

  it('splits a text once per matcher and excluded entry, then hands back the same pieces', () => {
    const scan = vi.spyOn(String.prototype, 'matchAll');
    const fresh = `${text} (${Math.random()})`;
    const first = glossaryPieces(fresh, matcher);
    expect(glossaryPieces(fresh, matcher)).toBe(first);
    expect(scan).toHaveBeenCalledTimes(1);
    // Another excluded entry or another glossary is another split.
    expect(glossaryPieces(fresh, matcher, 2)).not.toBe(first);
    expect(glossaryPieces(fresh, glossaryMatcher([{ term: 'hubs' }], 'en'))).not.toBe(first);
    expect(scan).toHaveBeenCalledTimes(3);
    scan.mockRestore();
  });

  it('agrees with splitByGlossary on any text, asked once or twice', () => {
    const words = fc.constantFrom('return', 'Returns', 'hubs', 'non-refoulement', 'visa', 'x', ' ');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 12 }), fc.option(fc.nat(7)), (parts, exclude) => {
        const sample = parts.join(' ');
        const expected = splitByGlossary(sample, matcher, {
          exclude: exclude === null ? undefined : new Set([exclude]),
        });
        const once = glossaryPieces(sample, matcher, exclude ?? undefined);
        expect(once).toEqual(expected);
        expect(glossaryPieces(sample, matcher, exclude ?? undefined)).toBe(once);
        expect(once.map((p) => p.text).join('')).toBe(sample);
      }),
    );
  });
});
