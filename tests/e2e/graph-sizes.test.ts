// The issue's size table, checked as a new user meets the graph: measured at the moment
// the app says it is ready (data-ready means the labels are placed), at a 360 px phone,
// 320 and 360 px embeds, 1280 and 1920 px, on the overview and on the busiest issue's
// focus, and on a projector (the contrast theme at 1920 px). Nothing collides, nothing
// lies on another node or under the buttons and hint over the graph, nothing is cut off
// at the edge, labels are readable and nodes touchable. The overview names every issue and
// actor from 1280 px up; a focus names its issue, every position and every actor in
// full words at every size (on a narrow screen as rows, rows-layout.ts). `npm run
// legibility` prints the same numbers for every issue.
import { describe, expect, it } from 'vitest';
import { bundledDebate, expectedNames, measureInPage } from './support/legibility';
import { useApp, waitForReady } from './support/fixture';

const app = useApp();

interface Size {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly touch?: boolean;
  readonly embed?: boolean;
  /** A projector: the contrast theme at 1920 px draws every label 1.5 times as big. */
  readonly projector?: boolean;
}

const SIZES: readonly Size[] = [
  { name: '360 phone', width: 360, height: 740, touch: true },
  { name: '320 embed', width: 320, height: 640, embed: true },
  { name: '360 embed', width: 360, height: 640, embed: true },
  { name: '1280', width: 1280, height: 800 },
  { name: '1920', width: 1920, height: 1080 },
  { name: '1920 projector (contrast theme)', width: 1920, height: 1080, projector: true },
];

/** The issue with the most positions and actors: the hardest focus to draw. */
const BUSIEST = 'talks-with-taliban';

async function measure(size: Size, issue: string | null) {
  const { page, errors } = await app.newPage({
    viewport: { width: size.width, height: size.height },
    hasTouch: size.touch ?? false,
    isMobile: size.touch ?? false,
  });
  // The measuring function is compiled by the test runner, which may name it with a helper.
  await page.context().addInitScript('globalThis.__name = (f) => f');
  const query = [
    size.embed ? 'embed=1' : '',
    size.projector ? 'theme=contrast' : '',
    issue ? `issue=${issue}` : '',
  ]
    .filter(Boolean)
    .join('&');
  await page.goto(app.url(query ? `?${query}` : ''));
  await waitForReady(page);
  const m = await page.evaluate(measureInPage, expectedNames(issue));
  await page.context().close();
  return { m, errors };
}

describe('graph legibility at every size, from the ready signal on', () => {
  for (const size of SIZES)
    for (const issue of [null, BUSIEST])
      it(`${size.name}, ${issue ?? 'overview'}`, async () => {
        const { m, errors } = await measure(size, issue);
        expect(errors).toEqual([]);
        expect(m.visibleNodes).toBeGreaterThan(0);
        expect(m.labelOverlaps).toBe(0);
        expect(m.labelsOnNodes).toBe(0);
        expect(m.labelsCutOff).toBe(0);
        expect(m.labelsUnderControls).toBe(0);
        expect(m.smallestLabelPx).toBeGreaterThanOrEqual(size.projector ? 18 : 12);
        if (size.width <= 360) expect(m.smallestNodePx).toBeGreaterThanOrEqual(16);
        const narrow = size.width <= 360;
        if (!issue && !narrow)
          // The overview names every issue and actor.
          expect(m.labelledNamed).toBe(m.expectedNamed);
        if (!issue && narrow)
          // A narrow screen opens on the map of issues: every issue named.
          expect(m.labelledNamed).toBe(bundledDebate.issues.length);
        if (issue) {
          // A focus names its issue, every position and every actor, in full words.
          expect(m.labelledNamed).toBe(m.expectedNamed);
          expect(m.labelledPositions).toBe(m.expectedPositions);
          expect(m.namesShortened).toBe(0);
        }
      });
});
