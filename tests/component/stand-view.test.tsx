import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeAnswers } from '../../src/domain/stand-code';
import { DetailsPanel } from '../../src/features/explore/DetailsPanel';
import type { IssueId } from '../../src/domain/model';
import { StandView } from '../../src/features/stand/StandView';
import { loadFixture } from '../fixtures/load';
import { answersOf, standDebate } from '../fixtures/stand-debate';
import { renderWithStore, textsAt } from './render';

const drawn = () => {};
const debate = loadFixture(standDebate());
/** The view's region, looked up once per render: role queries over the whole page are slow. */
let root: HTMLElement;
function renderStand() {
  const rendered = renderWithStore(<StandView onDrawn={drawn} />, { debate, view: 'stand' });
  root = screen.getByRole('region', { name: 'Where do you stand?' });
  return rendered;
}
const region = () => root;
const question = (statement: string) =>
  within(region()).getByRole('radiogroup', { name: statement });
const option = (statement: string, answer: string) =>
  within(question(statement)).getByRole('radio', { name: answer });

afterEach(() => {
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
});

describe('Where do you stand?', () => {
  it('goes the whole way by keyboard: answers, closest actors, why, shared reasons, compare', async () => {
    const user = userEvent.setup();
    renderStand();
    expect(
      within(region()).getByText('0 of 4 answered', { selector: '.stand__progress p' }),
    ).toBeInTheDocument();
    expect(
      within(region()).getByText(/Answer a position with Agree, Partly or Disagree/),
    ).toBeInTheDocument();
    expect(
      within(question('Statement p1.'))
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['agree', 'partly', 'disagree', 'none']);

    // Space picks an answer; the arrow keys move within a question's answers.
    option('Statement p1.', 'Agree').focus();
    await user.keyboard(' ');
    option('Statement p2.', 'Agree').focus();
    await user.keyboard(' {ArrowRight}');
    expect(option('Statement p2.', 'Partly')).toBeChecked();
    await user.keyboard('{ArrowLeft}');
    expect(option('Statement p2.', 'Agree')).toBeChecked();
    option('Statement p3.', 'Agree').focus();
    await user.keyboard(' ');
    const p1 = question('Statement p1.').closest('li')!;
    within(p1).getByRole('checkbox', { name: 'This matters more to me' }).focus();
    await user.keyboard(' ');
    expect(
      within(region()).getByText('3 of 4 answered', { selector: '.stand__progress p' }),
    ).toBeInTheDocument();

    const closest = within(region()).getByRole('list', { name: 'Closest actors' });
    const items = within(closest).getAllByRole('listitem');
    expect(textsAt(items, '.stand__match-name')).toEqual(['All For', 'Mixed', 'All Against']);
    expect(items[0]).toHaveTextContent('100 %');
    // Mixed: 0 on p1 (counted twice), 50 on p2, 100 on p3: 1 − 150 ÷ 400.
    expect(items[1]).toHaveTextContent('63 %');
    expect(items[2]).toHaveTextContent('0 %');
    // Lone has a stance on p1 only: too few to rank, listed apart under a fold.
    await user.click(
      within(region()).getByText('1 more actor, compared on too few positions to rank'),
    );
    const apart = within(region()).getByRole('list', {
      name: 'Not ranked: too few positions compared',
    });
    expect(within(apart).getByText('Lone')).toBeInTheDocument();

    // Each actor opens its breakdown: stance, quote, and where the student differs.
    const opener = within(items[2]!).getByRole('button', { name: /All Against/ });
    opener.focus();
    await user.keyboard('{Enter}');
    expect(opener).toHaveAttribute('aria-expanded', 'true');
    expect(within(items[2]!).getAllByText('Opposite views')).toHaveLength(3);
    expect(within(items[2]!).getAllByText('Quoted words.').length).toBeGreaterThan(0);
    expect(items[2]).toHaveTextContent('You: Agree (counts twice)');

    // The method, with this result's numbers.
    expect(
      within(region()).getByText(/All For: 3 positions compared, distance 0 of 400 possible/),
    ).toBeInTheDocument();
    expect(
      within(region()).getByText(/All Against: 3 positions compared, distance 400 of 400 possible/),
    ).toBeInTheDocument();

    // Reasons: mark one convincing; the actor who makes it shares it.
    expect(within(region()).queryByRole('list', { name: 'Shared reasons' })).toBeNull();
    within(within(region()).getByRole('radiogroup', { name: 'Pro claim.' }))
      .getByRole('radio', { name: 'Convincing' })
      .focus();
    await user.keyboard(' ');
    expect(
      within(region()).getByText('For you, it stands: nothing attacks it.'),
    ).toBeInTheDocument();
    const shared = within(region()).getByRole('list', { name: 'Shared reasons' });
    expect(shared).toHaveTextContent(
      'You agree with All For on “Statement p1.” (you: Agree; All For: for), and for the same reasons: “Pro claim.”',
    );

    // One button puts the student beside the closest.
    const compare = within(region()).getByRole('button', { name: 'Compare with the closest' });
    compare.focus();
    await user.keyboard('{Enter}');
    const beside = within(region()).getByRole('region', {
      name: 'You beside All For, Mixed, and All Against',
    });
    expect(within(beside).getAllByText('You')).toHaveLength(3);
    expect(within(beside).getAllByText('Agree')).toHaveLength(3);
  });

  it('says in an actor’s breakdown how each stance is known: stated, reported or inferred', async () => {
    const user = userEvent.setup();
    const withBasis = standDebate();
    const inferred = withBasis.stances.find((s) => s.actor === 'all-for' && s.position === 'p1')!;
    Object.assign(inferred, { basis: 'inferred', basisNote: 'Read from its vote.' });
    renderWithStore(<StandView onDrawn={drawn} />, {
      debate: loadFixture(withBasis),
      view: 'stand',
    });
    root = screen.getByRole('region', { name: 'Where do you stand?' });
    option('Statement p1.', 'Agree').focus();
    await user.keyboard(' ');
    const closest = within(region()).getByRole('list', { name: 'Closest actors' });
    await user.click(within(closest).getByRole('button', { name: /All For/ }));
    const row = within(closest).getByText('Statement p1.').closest('li')!;
    expect(within(row).getByText('Inferred')).toBeInTheDocument();
    expect(within(row).getByText('Read from its vote.')).toBeInTheDocument();
  });

  it('ranks nobody when every answer is No opinion, and says so', async () => {
    const user = userEvent.setup();
    renderStand();
    for (const p of ['p1', 'p2', 'p3', 'p4'])
      await user.click(option(`Statement ${p}.`, 'No opinion'));
    expect(within(region()).queryByRole('list', { name: 'Closest actors' })).toBeNull();
    expect(
      within(region()).getByText(/You chose No opinion on every position you answered/),
    ).toBeInTheDocument();
    expect(
      within(question('Statement p1.').closest('li')!).getByRole('checkbox', {
        name: 'This matters more to me',
      }),
    ).toBeDisabled();
  });

  it('fills in answers from a link’s fragment, and ignores a tampered one with a message', () => {
    const code = encodeAnswers(debate, answersOf({ p1: 'disagree', p2: ['agree', true] }));
    window.history.replaceState(null, '', `/?view=stand#stand=${code}`);
    const first = renderStand();
    expect(option('Statement p1.', 'Disagree')).toBeChecked();
    expect(option('Statement p2.', 'Agree')).toBeChecked();
    expect(
      within(region()).getByText(/^The answers in the link are filled in\./),
    ).toBeInTheDocument();
    first.unmount();

    // Two answers swapped by hand: the check no longer matches.
    const tampered = code.replace('.3600.', '.6300.');
    expect(tampered).not.toBe(code);
    window.history.replaceState(null, '', `/?view=stand#stand=${tampered}`);
    renderStand();
    expect(option('Statement p1.', 'Disagree')).not.toBeChecked();
    expect(
      within(region()).getByText(
        /The answers in this link were ignored: it was changed or mistyped/,
      ),
    ).toBeInTheDocument();
  });

  it('stores nothing unless asked, and forgets when asked', async () => {
    const user = userEvent.setup();
    renderStand();
    await user.click(option('Statement p1.', 'Agree'));
    expect(window.localStorage.length).toBe(0);
    await user.click(
      within(region()).getByRole('checkbox', { name: 'Remember my answers on this device' }),
    );
    expect(window.localStorage.getItem('stancemap:stand:stand-test')).toBe(
      encodeAnswers(debate, answersOf({ p1: 'agree' })),
    );
    await user.click(
      within(region()).getByRole('checkbox', { name: 'Remember my answers on this device' }),
    );
    expect(window.localStorage.length).toBe(0);
  });

  it('shows the class’s spread from pasted codes, and says which were ignored', async () => {
    const user = userEvent.setup();
    renderStand();
    const codes = [
      encodeAnswers(debate, answersOf({ p1: 'agree' })),
      'not-a-code',
      encodeAnswers(debate, answersOf({ p1: 'agree', p2: 'disagree' })),
      encodeAnswers(debate, answersOf({ p1: 'partly' })),
    ];
    await user.type(
      within(region()).getByRole('textbox', { name: 'Codes from the class' }),
      codes.join('\n'),
    );
    await user.click(within(region()).getByRole('button', { name: 'Show the spread' }));
    expect(within(region()).getByText('3 codes read, 1 ignored.')).toBeInTheDocument();
    expect(
      within(region()).getByText('Code 2 ignored: it is not a Stancemap answers code.'),
    ).toBeInTheDocument();
    const row = within(region()).getAllByText('Statement p1.').at(-1)!.closest('li')!;
    const count = (word: string) => within(row).getByText(word).nextElementSibling?.textContent;
    expect([count('Agree'), count('Partly'), count('Disagree'), count('No opinion')]).toEqual([
      '2',
      '1',
      '0',
      '0',
    ]);
  });
});

describe('the way in from an issue’s details', () => {
  it('opens Where do you stand? on that issue, in one move', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<DetailsPanel />, { debate, selected: 'i' as IssueId });
    await user.click(screen.getByRole('button', { name: 'Where do you stand on this?' }));
    expect(store.getState()).toMatchObject({ view: 'stand', issue: 'i' });
  });
});
