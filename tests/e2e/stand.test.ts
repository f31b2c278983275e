import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe';
import { useApp, waitForReady } from './support/fixture';
import { readFileSync } from 'node:fs';
import { encodeAnswers } from '../../src/domain/stand-code';
import { answersOf } from '../fixtures/stand-debate';
import { loadFixture } from '../fixtures/load';

const app = useApp();
const bundled = loadFixture(
  JSON.parse(readFileSync(new URL('../../data/eu-taliban-returns.json', import.meta.url), 'utf8')),
);

const TALKS = {
  yes: 'Yes: the EU should hold technical talks with the Taliban so that returns of Afghans without legal residence can take place.',
  no: 'No: the EU should not engage the Taliban in Brussels on migration.',
};

/** The radio button of `word` for the position `statement`. */
const answer = (region: Locator, statement: string, word: string) =>
  region
    .getByRole('radiogroup', { name: statement, exact: true })
    .getByRole('radio', { name: word, exact: true });

/** The view on a touch phone at 320 px, loaded, recording every request made after that. */
async function openOnPhone(query: string) {
  const { page, errors } = await app.newPage({
    viewport: { width: 320, height: 640 },
    hasTouch: true,
    isMobile: true,
  });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(app.url(query));
  await waitForReady(page);
  const region = page.getByRole('region', { name: 'Where do you stand?' });
  await region.waitFor();
  // Everything the view needs is loaded; from here on, nothing may go over the network.
  requests.length = 0;
  return { page, errors, requests, region };
}

describe('Where do you stand? in Chromium', () => {
  it('goes the whole path by touch at 320 px, without a single network request', async () => {
    const { page, errors, requests, region } = await openOnPhone(
      '?view=stand&issue=talks-with-taliban',
    );

    expect(await region.getByRole('radiogroup').count()).toBeGreaterThanOrEqual(2);
    await answer(region, TALKS.yes, 'Disagree').tap();
    await answer(region, TALKS.no, 'Agree').tap();
    expect(await answer(region, TALKS.yes, 'Disagree').isChecked()).toBe(true);
    await region.getByText('This matters more to me').first().tap();
    await region.getByText('2 of 2 answered', { exact: true }).first().waitFor();

    const closest = region.getByRole('list', { name: 'Closest actors' });
    const first = closest.getByRole('listitem').first();
    expect(await first.textContent()).toMatch(/\d+ %/);
    // Answered against the talks and for "no talks in Brussels", as the open letter and
    // FIDH are: both at 100 %, by name.
    expect(await closest.locator('.stand__match-name').allTextContents()).toEqual(
      expect.arrayContaining([
        'International Federation for Human Rights',
        'Signatories of the late-May open letter',
      ]),
    );
    expect(await first.textContent()).toContain('100 %');
    await first.getByRole('button').tap();
    await first.getByText('Same view').first().waitFor();

    await region.getByRole('button', { name: 'Compare with the closest' }).tap();
    await region.getByRole('region', { name: /^You beside / }).waitFor();

    // Reasons, level by level: a reply to an argument for the talks, found convincing.
    await region
      .getByRole('listitem')
      .filter({ has: page.getByRole('radiogroup', { name: TALKS.yes, exact: true }) })
      .getByText(/^Reasons given in the debate/)
      .tap();
    await region
      .locator('.stand__reason')
      .filter({ has: page.getByRole('radiogroup', { name: /^The talks are limited to people/ }) })
      .getByText(/^Replies to it/)
      .first()
      .tap();
    await region
      .getByRole('radiogroup', { name: /^Even a narrow migration discussion/ })
      .getByRole('radio', { name: 'Convincing', exact: true })
      .tap();
    const shared = region.getByRole('list', { name: 'Shared reasons' });
    expect(await shared.textContent()).toContain(
      'You agree with Rights groups on “Yes: the EU should hold technical talks',
    );
    expect(await shared.textContent()).toContain('and for the same reasons');

    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
    expect(requests).toEqual([]);
    expect(new URL(page.url()).search).not.toContain('v1.');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the class spread from pasted codes on a phone, axe clean, offline', async () => {
    const { page, errors, requests, region } = await openOnPhone('?view=stand');

    const classAnswers: Parameters<typeof answersOf>[0][] = [
      { 'hold-technical-talks': 'disagree', 'no-talks-in-brussels': 'agree' },
      { 'hold-technical-talks': 'disagree', 'no-talks-in-brussels': ['partly', true] },
    ];
    const [first, second] = classAnswers.map((given) => encodeAnswers(bundled, answersOf(given)));
    const paste = region.getByRole('textbox', { name: 'Codes from the class' });
    await paste.tap();
    await paste.fill(`${first}\n${second}\n${second?.slice(0, -1)}#`);
    await region.getByRole('button', { name: 'Show the spread' }).tap();
    await region.getByText('2 codes read, 1 ignored.').waitFor();
    await region.getByText(/^Code 3 ignored: /).waitFor();
    const row = (statement: string) =>
      region.locator('.stand__spread-row').filter({ hasText: statement });
    const count = (statement: string, word: string) =>
      row(statement).locator(`dt:text-is("${word}") + dd`).textContent();
    expect(await count(TALKS.yes, 'Disagree')).toBe('2');
    expect(await count(TALKS.no, 'Agree')).toBe('1');
    expect(await count(TALKS.no, 'Partly')).toBe('1');
    expect(await count(TALKS.no, 'Matters more to')).toBe('1');

    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/stand-spread-320.png', fullPage: true });
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens from the header, and fills answers in from a link’s fragment', async () => {
    const { page, errors } = await app.openReady();
    await page.getByRole('button', { name: 'Where do you stand?' }).click();
    const region = page.getByRole('region', { name: 'Where do you stand?' });
    await region.waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('stand');
    await answer(region, TALKS.yes, 'Agree').click();
    const code = (await region.locator('.stand__code code').textContent()) ?? '';
    await region.getByRole('button', { name: 'Clear my answers' }).click();
    // The bundled debate has 15 positions.
    await region.getByText('0 of 15 answered', { exact: true }).waitFor();

    // A link followed in the same tab: only the fragment changes.
    await page.goto(app.url(`?view=stand#stand=${code}`));
    await region.getByText(/^The answers in the link are filled in/).waitFor();
    expect(await answer(region, TALKS.yes, 'Agree').isChecked()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/stand-1280.png' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('ignores a link whose code was edited, and says so', async () => {
    const { page, errors } = await app.newPage();
    const code = encodeAnswers(bundled, answersOf({ 'hold-technical-talks': 'agree' }));
    const region = page.getByRole('region', { name: 'Where do you stand?' });
    const tampered = code.replace('.1', '.3');
    expect(tampered).not.toBe(code);
    await page.goto(app.url(`?view=stand#stand=${tampered}`));
    await waitForReady(page);
    await region.getByText(/^The answers in this link were ignored: /).waitFor();
    expect(await answer(region, TALKS.yes, 'Agree').isChecked()).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
