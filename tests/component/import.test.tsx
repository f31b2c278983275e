// Opening another format in the app: the debate opens, the notice offers the import's
// report, a bad file keeps the debate on screen, evidence that is missing is said, and
// the menu offers every format for download.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { EvidenceDetails, EvidenceList } from '../../src/ui/EvidenceList';
import { renderWithStore } from './render';

beforeEach(() => window.history.replaceState(null, '', '/'));

const TITLE = 'Should schools require uniforms?';
const KIALO = `Discussion Title: Should the library open on Sundays?

1. Open it every Sunday.
1.1. Pro: People who work weekdays can only come then.
1.1.1. Con: -> See 9.
`;
const title = () => screen.getByRole('heading', { level: 1 });

describe('importing in the app', () => {
  it('opens a Kialo export and offers its report in the problems list', async () => {
    const user = userEvent.setup();
    renderWithStore(<App />);
    await user.upload(screen.getByTestId('open-file-input'), new File([KIALO], 'export.txt'));
    await waitFor(() => expect(title()).toHaveTextContent('Should the library open on Sundays?'), {
      timeout: 10_000,
    });
    const notice = await screen.findByText(/Imported from another format/);
    await user.click(within(notice).getByRole('button', { name: 'Show the import report' }));
    // The list is a lazy chunk: allow for a loaded machine.
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'The import report' },
      { timeout: 10_000 },
    );
    expect(dialog).toHaveTextContent('"export.txt" was read as Kialo outline');
    const link = within(dialog).getByText(/1 link\(s\) point at no claim and were left out/);
    expect(link.closest('li')).toHaveTextContent('line 5');
    expect(screen.getByRole('button', { name: `Back to ${TITLE}` })).toBeInTheDocument();
  });

  it('keeps the debate on screen when a spreadsheet is broken, naming why', async () => {
    const user = userEvent.setup();
    renderWithStore(<App />);
    await user.upload(
      screen.getByTestId('open-file-input'),
      new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9])], 'debate.xlsx'),
    );
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('not a zip archive');
    expect(title()).toHaveTextContent(TITLE);
  });

  it('offers the debate in every format under Download', async () => {
    const user = userEvent.setup();
    renderWithStore(<App />);
    await user.click(screen.getByText('Menu'));
    // The menu's inside is its own chunk.
    await screen.findByRole('button', { name: 'Debate as JSON' });
    for (const name of [
      'Debate as JSON',
      'Debate as a spreadsheet (.xlsx)',
      'Debate as Argdown',
      'Debate as a Kialo outline',
      'Debate as AIF JSON',
    ])
      expect(screen.getByRole('button', { name })).toBeEnabled();
  });
});

describe('missing evidence', () => {
  it('says "No source given" where evidence would be, and "No quote given" for a bare source', () => {
    render(
      <>
        <EvidenceList evidence={[]} />
        <EvidenceDetails evidence={[]} className="x" />
        <EvidenceList evidence={[{ quote: '', sourceId: 's' as never, source: undefined }]} />
      </>,
    );
    expect(screen.getAllByText('No source given.')).toHaveLength(2);
    expect(screen.getByText('No quote given.')).toBeInTheDocument();
  });
});
