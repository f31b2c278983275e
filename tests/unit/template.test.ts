// data/template.json is what authors start from: it must load with no problem at all,
// and it is not a bundled debate (the picker never lists it).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLibrary } from '../../src/loader/library';
import { loadDebateText } from '../../src/loader/load-debate';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('the authors’ template', () => {
  it('loads with no errors and no warnings, using stances, arguments and evidence', () => {
    const result = loadDebateText(read('../../data/template.json'));
    if (!result.ok) expect(result.errors).toEqual([]);
    expect(result.ok && result.warnings).toEqual([]);
    if (!result.ok) return;
    const { debate } = result;
    expect(debate.issues).toHaveLength(1);
    expect(debate.positions.length).toBeGreaterThanOrEqual(2);
    expect(debate.stances.length).toBeGreaterThanOrEqual(2);
    // An argument about an argument, so authors see both kinds of target.
    expect(debate.arguments.map((a) => debate.index.node.get(a.target)?.type)).toEqual([
      'position',
      'argument',
    ]);
  });

  it('is not listed among the bundled debates', () => {
    const library = parseLibrary(read('../../data/index.json'));
    expect(library.ok).toBe(true);
    if (!library.ok) return;
    expect(library.entries.map((e) => e.file)).not.toContain('template.json');
  });

  it('is the example authoring.md walks through', () => {
    const guide = read('../../docs/authoring.md');
    expect(guide).toContain('data/template.json');
    expect(guide).toContain('npm run validate');
    expect(guide).toContain('?data=');
    expect(guide).toContain('Access-Control-Allow-Origin');
  });
});
