// A big file is checked in a worker and built on the page: the two halves together
// must give what the one door gives, problems, places and debate alike.
import { describe, expect, it } from 'vitest';
import { syntheticDebate } from '../../bench/synthetic-debate';
import {
  checkDebateText,
  loadCheckedDebateText,
  loadDebateText,
} from '../../src/loader/load-debate';
import { checkOffThread } from '../../src/loader/off-thread-check';
import { DEFAULT_LIMITS } from '../../src/loader/limits';
import { hostileCorpus } from '../fixtures/hostile/corpus';

function inTwoHalves(text: string) {
  const checked = checkDebateText(text);
  return checked.ok ? loadCheckedDebateText(text, checked.warnings) : checked;
}

describe('checking apart from building', () => {
  it('gives the same problems, in the same places, for every hostile file', () => {
    const cases = hostileCorpus().filter((c) => !c.inPage);
    expect(cases.length).toBeGreaterThan(10);
    for (const hostile of cases) {
      const text = hostile.text();
      expect(inTwoHalves(text), hostile.name).toEqual(loadDebateText(text));
    }
  });

  it('builds the same debate from a valid synthetic one', () => {
    const text = JSON.stringify(syntheticDebate({ nodes: 500, seed: 3 }));
    const whole = loadDebateText(text);
    expect(whole.ok).toBe(true);
    expect(inTwoHalves(text)).toEqual(whole);
  });

  it('falls back to the page where no worker can start', async () => {
    expect(typeof Worker).toBe('undefined');
    await expect(checkOffThread('{}', DEFAULT_LIMITS)).resolves.toBeNull();
  });
});
