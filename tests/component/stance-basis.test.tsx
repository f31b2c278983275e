// "Inferred" is a visible fact: the badge and its reason show in the details panel,
// the comparison and the matrix; the intro offers a short summary and how the debate
// was built; the arguments view says what its statuses mean where they first show.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { argumentStatusMeaning } from '../../src/domain/argument-status';
import type { ActorId, IssueId, NodeId } from '../../src/domain/model';
import { ArgumentsView } from '../../src/features/arguments/ArgumentsView';
import { CompareView } from '../../src/features/compare/CompareView';
import { DebateIntro } from '../../src/features/explore/DebateIntro';
import { DetailsPanel } from '../../src/features/explore/DetailsPanel';
import { MatrixView } from '../../src/features/matrix/MatrixView';
import { loadFixture } from '../fixtures/load';
import { smallDebate } from '../fixtures/small-debate';
import { renderWithStore } from './render';

const REASON = 'Read from how they voted; they said nothing.';

/** The small debate with the council's stance inferred and the parents' one stated. */
function debate() {
  const doc = smallDebate();
  Object.assign(doc.stances[0] ?? {}, { basis: 'inferred', basisNote: REASON });
  Object.assign(doc.stances[1] ?? {}, { basis: 'stated' });
  Object.assign(doc.meta, {
    shortSummary: 'Short: uniforms, yes or no.',
    method: 'Built from one town paper; “inferred” means read from actions.',
  });
  return loadFixture(doc);
}

describe('the basis of a stance', () => {
  it('shows in the details panel as a badge with its reason', () => {
    renderWithStore(<DetailsPanel />, { debate: debate(), selected: 'council' as NodeId });
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByText('Inferred')).toBeInTheDocument();
    expect(within(details).getByText(REASON)).toBeInTheDocument();
  });

  it('shows in the comparison, for each compared stance', () => {
    renderWithStore(<CompareView onDrawn={vi.fn()} />, {
      debate: debate(),
      compare: ['council', 'parents'] as ActorId[],
    });
    expect(screen.getByText(REASON)).toBeInTheDocument();
    expect(screen.getByText('Inferred')).toBeInTheDocument();
    expect(screen.getByText('Stated')).toBeInTheDocument();
  });

  it('says in the comparison when a row only repeats its opposite position', () => {
    const doc = smallDebate();
    Object.assign(doc.positions.find((p) => p.id === 'optional') ?? {}, {
      complementOf: 'require',
    });
    doc.stances.push(
      { ...structuredClone(doc.stances[0]!), position: 'optional', stance: 'against' },
      { ...structuredClone(doc.stances[1]!), position: 'optional', stance: 'for' },
    );
    renderWithStore(<CompareView onDrawn={vi.fn()} />, {
      debate: loadFixture(doc),
      compare: ['council', 'parents'] as ActorId[],
    });
    expect(screen.getByText(/these stances say the same again/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /disagree on 1$/ })).toBeInTheDocument();
  });

  it('marks an inferred cell in the matrix, explains the mark, and gives the reason when opened', async () => {
    const user = userEvent.setup();
    renderWithStore(<MatrixView onDrawn={vi.fn()} />, { debate: debate(), selected: null });
    expect(screen.getByText(/marks an inferred stance/)).toBeInTheDocument();
    const cell = screen.getByRole('button', { name: /^School council: For — .*\(inferred\)$/ });
    await user.click(cell);
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText(REASON)).toBeInTheDocument();
    // A stated stance carries no mark in its cell.
    expect(
      screen.getByRole('button', { name: /^Parents’ association: Against — / }),
    ).toBeInTheDocument();
  });
});

describe('plain words on the first screens', () => {
  it('gives the short summary first, the full one and the method a click away', async () => {
    const user = userEvent.setup();
    renderWithStore(<DebateIntro />, { debate: debate() });
    expect(screen.getByText('Short: uniforms, yes or no.')).toBeVisible();
    await user.click(screen.getByText('Read the full summary'));
    expect(screen.getByText('A small debate for tests.')).toBeVisible();
    await user.click(screen.getByText('How this debate was built'));
    expect(screen.getByText(/“inferred” means read from actions/)).toBeVisible();
  });

  it('says what the argument statuses mean where they first show', () => {
    renderWithStore(<ArgumentsView onDrawn={vi.fn()} />, {
      debate: debate(),
      issue: 'uniforms' as IssueId,
    });
    const meaning = screen.getAllByText(argumentStatusMeaning());
    expect(meaning[0]).toBeVisible();
    expect(argumentStatusMeaning()).toMatch(/not that it is wrong/);
  });
});
