// How long the loader's one door takes on a debate of about 5 MB (issue 18's yardstick;
// data-format.md now allows 20 MB): 5,000 nodes, 3,500 stances, 4,000 arguments with evidence, about
// 16,000 edges, pretty-printed as authors write it. The target (issue 7): well under a
// second. JSON.parse alone is measured beside it, as the floor no loader can beat.
//
//   npx vitest bench --run --project unit bench/validation.bench.ts
import { bench, describe } from 'vitest';
import { loadDebateText, loadDebateValue } from '../src/loader/load-debate';
import { fiveMegabyteDebate } from './five-mb-debate';

const text = JSON.stringify(fiveMegabyteDebate(), null, 2);
const parsed: unknown = JSON.parse(text);
const megabytes = (new TextEncoder().encode(text).length / 1024 / 1024).toFixed(2);

function mustLoad(result: ReturnType<typeof loadDebateText>) {
  if (!result.ok) throw new Error(result.errors[0]?.message ?? 'did not load');
}

describe(`validation of a ${megabytes} MB debate`, () => {
  bench(
    'loadDebateText: size and depth checks, parse, schema, integrity, normalise',
    () => mustLoad(loadDebateText(text)),
    { iterations: 20, warmupIterations: 3 },
  );
  bench(
    'loadDebateValue: the same from an already-parsed document',
    () => mustLoad(loadDebateValue(parsed)),
    { iterations: 20, warmupIterations: 3 },
  );
  bench('JSON.parse alone, for reference', () => void JSON.parse(text), {
    iterations: 20,
    warmupIterations: 3,
  });
});
