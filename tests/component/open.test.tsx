// Bringing your own debate, in the app: the Open button, dropping a file, ?data= links,
// the problems list with its copy, the warnings notice, and the way back.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { openLink } from '../../src/features/open/open-debate';
import { smallDebate } from '../fixtures/small-debate';
import { renderWithStore, textsAt } from './render';

beforeEach(() => window.history.replaceState(null, '', '/'));

const TITLE = 'Should schools require uniforms?';
/** Opening goes through lazily loaded chunks (the import door, the checks): slow on a loaded machine. */
const LAZY = { timeout: 10_000 };

function debateFile(mutate: (doc: ReturnType<typeof smallDebate>) => void, name = 'mine.json') {
  const doc = smallDebate();
  mutate(doc);
  return new File([JSON.stringify(doc)], name, { type: 'application/json' });
}

const title = () => screen.getByRole('heading', { level: 1 });

describe('opening a file', () => {
  it('replaces the debate with a good file, says where it came from, and offers the way back', async () => {
    const user = userEvent.setup();
    renderWithStore(<App />);
    expect(screen.getByRole('button', { name: 'Open' })).toBeInTheDocument();
    const file = debateFile((d) => (d.meta.title = 'My own debate'));
    await user.upload(screen.getByTestId('open-file-input'), file);
    // The first open fetches the import door's chunk: allow for a loaded machine.
    await waitFor(() => expect(title()).toHaveTextContent('My own debate'), { timeout: 10_000 });
    expect(screen.getByText(/Opened from your file/)).toHaveTextContent(
      'Opened from your file mine.json — not a bundled debate',
    );
    await user.click(screen.getByRole('button', { name: `Back to ${TITLE}` }));
    expect(title()).toHaveTextContent(TITLE);
    expect(screen.queryByText(/Opened from your file/)).not.toBeInTheDocument();
    // And forth again: the way back is a swap.
    expect(screen.getByRole('button', { name: 'Back to My own debate' })).toBeInTheDocument();
  });

  it('keeps the debate on screen for a bad file, and lists every problem with its hint', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderWithStore(<App />);
    const bad = debateFile((d) => {
      d.stances[1]!.position = 'engage-yes';
      d.stances[2]!.stance = 'maybe';
      (d.actors[0] as Record<string, unknown>).colour = 'red';
    }, 'broken.json');
    await user.upload(screen.getByTestId('open-file-input'), bad);
    const alert = await screen.findByRole('alert', {}, LAZY);
    expect(alert).toHaveTextContent('Could not open this debate: 2 problems found.');
    expect(alert).toHaveTextContent('The debate already on screen stays open.');
    // Schema problems come first, then references.
    expect(alert).toHaveTextContent('First problem: stances[2].stance: "maybe" is not one of');
    expect(title()).toHaveTextContent(TITLE);
    expect(screen.queryByRole('button', { name: /^Back to/ })).not.toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Show all problems' }));
    const dialog = await screen.findByRole('dialog', { name: 'Why this debate could not open' });
    expect(dialog).toHaveTextContent('2 errors and 1 warning');
    const items = within(dialog).getAllByRole('listitem');
    expect(textsAt(items, '.problem__code')).toEqual([
      'bad-value',
      'unknown-reference',
      'unknown-field',
    ]);
    expect(items[1]).toHaveTextContent('stances[1].position');
    expect(items[1]).toHaveTextContent('How to fix: Point at an id that exists in the file');
    expect(items[2]).toHaveTextContent('Warning');

    await user.click(within(dialog).getByRole('button', { name: 'Copy all problems' }));
    expect(writeText).toHaveBeenCalledOnce();
    const copied = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(copied).toContain(
      'error unknown-reference stances[1].position: "engage-yes" is not a position id',
    );
    expect(copied).toContain('warning unknown-field actors[0].colour');
    expect(copied).toContain('    hint: ');
    expect(within(dialog).getByRole('status')).toHaveTextContent('Copied');

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(title()).toHaveTextContent(TITLE);
  });

  it('selects the text to copy by hand when the clipboard is blocked', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async () => {
      throw new DOMException('Write permission denied.', 'NotAllowedError');
    });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderWithStore(<App />);
    await user.upload(
      screen.getByTestId('open-file-input'),
      new File(['{"format": "debate-graph",'], 'cut.json'),
    );
    await user.click(await screen.findByRole('button', { name: 'Show all problems' }));
    await user.click(await screen.findByRole('button', { name: 'Copy all problems' }));
    const area = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Text to copy' });
    expect(area.value).toMatch(/^error invalid-json The file is not valid JSON/);
    expect(area).toHaveFocus();
    expect([area.selectionStart, area.selectionEnd]).toEqual([0, area.value.length]);
    expect(screen.getByText(/blocked copying/)).toBeInTheDocument();
  });

  it('refuses a file in no format it reads, and one over 20 MB before reading it', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const { store } = renderWithStore(<App />);
    await user.upload(screen.getByTestId('open-file-input'), new File(['x'], 'notes.txt'));
    expect(await screen.findByRole('alert', {}, LAZY)).toHaveTextContent(
      '"notes.txt" is in no format Stancemap reads',
    );

    const huge = new File(['{}'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: 40 * 1024 * 1024 });
    const text = vi.spyOn(huge, 'text');
    await user.upload(screen.getByTestId('open-file-input'), huge);
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        '"huge.json" is 40 MB; a debate may be at most 20 MB.',
      ),
    );
    expect(text).not.toHaveBeenCalled();
    expect(store.getState().debate?.meta.title).toBe(TITLE);
  });

  it('notes warnings without blocking, in a notice that opens the same list', async () => {
    const user = userEvent.setup();
    renderWithStore(<App />);
    await user.upload(
      screen.getByTestId('open-file-input'),
      debateFile((d) => {
        d.meta.title = 'With a typo';
        (d.actors[0] as Record<string, unknown>).colour = 'red';
      }),
    );
    await waitFor(() => expect(title()).toHaveTextContent('With a typo'));
    const notice = (await screen.findByText(/Loaded with 1 warning/)).closest('[role="status"]')!;
    await user.click(
      within(notice as HTMLElement).getByRole('button', { name: 'Show the warning' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Warnings in this debate' });
    expect(dialog).toHaveTextContent('actors[0].colour');
    expect(dialog).toHaveTextContent(
      'Check the spelling; fields of your own must start with "x-".',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await user.click(screen.getByRole('button', { name: 'Dismiss the warnings notice' }));
    expect(screen.queryByText(/Loaded with 1 warning/)).not.toBeInTheDocument();
  });

  it('says an empty debate is empty', async () => {
    const user = userEvent.setup();
    renderWithStore(<App />);
    const empty = {
      format: 'debate-graph',
      version: 1,
      meta: { id: 'e', title: 'Empty', summary: 'Nothing yet.', language: 'en', updated: '2026' },
      issues: [],
      actors: [],
      positions: [],
    };
    await user.upload(
      screen.getByTestId('open-file-input'),
      new File([JSON.stringify(empty)], 'empty.json'),
    );
    await waitFor(() => expect(title()).toHaveTextContent('Empty'));
    expect(await screen.findByText(/This debate is empty/)).toBeInTheDocument();
  });
});

describe('dropping a file', () => {
  function drag(type: string, files: File[] = []) {
    const dataTransfer = { types: ['Files'], files, dropEffect: 'none' };
    fireEvent(window, Object.assign(new Event(type, { cancelable: true }), { dataTransfer }));
  }

  it('shows the overlay while a file is dragged, and opens the dropped file', async () => {
    renderWithStore(<App />);
    act(() => drag('dragenter'));
    expect(screen.getByTestId('drop-overlay')).toHaveTextContent('Drop the debate file to open it');
    act(() => drag('dragleave'));
    expect(screen.queryByTestId('drop-overlay')).not.toBeInTheDocument();
    act(() => drag('dragenter'));
    await act(async () =>
      drag('drop', [debateFile((d) => (d.meta.title = 'Dropped'), 'drop.json')]),
    );
    await waitFor(() => expect(title()).toHaveTextContent('Dropped'));
    expect(screen.queryByTestId('drop-overlay')).not.toBeInTheDocument();
  });

  it('ignores drags that carry no file', () => {
    renderWithStore(<App />);
    fireEvent(
      window,
      Object.assign(new Event('dragenter'), { dataTransfer: { types: ['text/plain'], files: [] } }),
    );
    expect(screen.queryByTestId('drop-overlay')).not.toBeInTheDocument();
  });
});

describe('opening a link', () => {
  const rules = { pageUrl: 'https://app.example/', allowedHosts: [] };
  const respond = (body: string, init?: ResponseInit) =>
    (async () => new Response(body, init)) as unknown as typeof fetch;

  it('shows the host a linked debate came from', async () => {
    const { store } = renderWithStore(<App />, {});
    const doc = smallDebate();
    doc.meta.title = 'From the web';
    await act(() =>
      openLink(store, 'https://debates.example.org/a.json', {
        rules,
        fetch: respond(JSON.stringify(doc)),
      }),
    );
    expect(title()).toHaveTextContent('From the web');
    const notice = screen.getByText(/Loaded from/);
    expect(notice.closest('p')).toHaveTextContent(
      'Loaded from debates.example.org — not a bundled debate',
    );
    expect(notice.closest('p')).toHaveAttribute('title', 'https://debates.example.org/a.json');
  });

  it('never leaves a blank page when the link fails', async () => {
    const { store } = renderWithStore(<App />, {});
    await act(() => openLink(store, 'javascript:alert(1)', { rules }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '"javascript:" links are never opened',
    );
    expect(screen.getByRole('heading', { name: 'No debate is open' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open a file' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the bundled debate' })).toBeInTheDocument();
    // Nothing on screen to keep: no dismissing the only explanation.
    expect(screen.queryByRole('button', { name: 'Dismiss' })).not.toBeInTheDocument();
  });

  it('refuses a link that answers with a web page', async () => {
    const { store } = renderWithStore(<App />, {});
    await act(() =>
      openLink(store, 'https://debates.example.org/a.json', {
        rules,
        fetch: respond('<!doctype html><title>Login</title>', {
          headers: { 'content-type': 'text/html' },
        }),
      }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'sent a web page (HTML), not a JSON',
    );
  });
});
