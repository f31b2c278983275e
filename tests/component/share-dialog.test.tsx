import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NodeId } from '../../src/domain/model';
import { ShareDialog } from '../../src/features/share/ShareDialog';
import { COPY_IDS } from '../../src/lib/classroom-copy-ids';
import { smallDebate } from '../fixtures/small-debate';
import { loadFixture } from '../fixtures/load';
import { renderWithStore } from './render';

const APP = `${window.location.origin}/stancemap/`;
beforeEach(() => window.history.replaceState(null, '', '/stancemap/?select=parents'));
afterEach(() => window.history.replaceState(null, '', '/'));

function renderDialog(extra: Parameters<typeof renderWithStore>[1] = {}) {
  const onClose = vi.fn();
  const result = renderWithStore(<ShareDialog open onClose={onClose} />, {
    debate: loadFixture(smallDebate()),
    selected: 'parents' as NodeId,
    ...extra,
  });
  return { ...result, onClose, dialog: screen.getByRole('dialog', { name: 'Share and embed' }) };
}

function mockClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

const embedCode = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Embed code' });

describe('the Share dialog', () => {
  it('offers a link to the current state and an embed snippet with the host script', () => {
    renderDialog();
    expect(screen.getByRole('textbox', { name: 'Link to this view' })).toHaveValue(
      `${APP}?select=parents`,
    );
    const doc = new DOMParser().parseFromString(embedCode().value, 'text/html');
    const iframe = doc.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).toBe(`${APP}?select=parents&embed=1`);
    expect(iframe.getAttribute('title')).toBe('Stancemap: Should schools require uniforms?');
    expect(iframe.getAttribute('loading')).toBe('lazy');
    expect(iframe.getAttribute('width')).toBe('100%');
    expect(iframe.getAttribute('height')).toBe('600');
    expect(iframe.hasAttribute('data-stancemap')).toBe(true);
    const script = doc.querySelector('script')!;
    expect(script.getAttribute('src')).toBe(`${APP}embed.js`);
    expect(script.hasAttribute('async')).toBe(true);
  });

  it('follows the state on screen and the chosen size', async () => {
    const user = userEvent.setup();
    const { store } = renderDialog();
    act(() => store.getState().select('council' as NodeId));
    expect(embedCode().value).toContain('?select=council&amp;embed=1');
    expect(screen.getByRole('radio', { name: 'Medium (600 px)' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Small (400 px)' }));
    expect(embedCode().value).toContain('height="400"');
    await user.click(screen.getByRole('radio', { name: 'Large (800 px)' }));
    expect(embedCode().value).toContain('height="800"');
  });

  it('copies with the Clipboard API and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    renderDialog();
    mockClipboard(writeText);
    await user.click(screen.getByRole('button', { name: 'Copy embed code' }));
    expect(writeText).toHaveBeenCalledWith(embedCode().value);
    const field = embedCode().closest('div')!;
    expect(within(field).getByRole('status')).toHaveTextContent('Copied.');
  });

  it.each([
    ['refuses', () => mockClipboard(() => Promise.reject(new Error('NotAllowedError')))],
    ['is missing', () => Reflect.deleteProperty(navigator, 'clipboard')],
    [
      'throws',
      () =>
        mockClipboard(() => {
          throw new Error('blocked');
        }),
    ],
  ])('selects the text and says how to copy it when the clipboard %s', async (_, setUp) => {
    const user = userEvent.setup();
    renderDialog();
    setUp();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const link = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Link to this view' });
    expect(link).toHaveFocus();
    expect(link.selectionStart).toBe(0);
    expect(link.selectionEnd).toBe(link.value.length);
    expect(within(link.closest('div')!).getByRole('status')).toHaveTextContent(
      'Copying is blocked here. The text is selected: press Ctrl+C (⌘C on a Mac).',
    );
  });

  it('escapes what comes from data in the snippet', () => {
    const doc = smallDebate() as { meta: { title: string } };
    doc.meta.title = 'Quotes " and <tags> & more';
    renderWithStore(<ShareDialog open onClose={() => {}} />, { debate: loadFixture(doc) });
    expect(embedCode().value).toContain(
      'title="Stancemap: Quotes &quot; and &lt;tags&gt; &amp; more"',
    );
    const parsed = new DOMParser().parseFromString(embedCode().value, 'text/html');
    expect(parsed.querySelectorAll('iframe, script')).toHaveLength(2);
    expect(parsed.querySelector('iframe')!.getAttribute('title')).toBe(
      'Stancemap: Quotes " and <tags> & more',
    );
  });

  it('warns that a debate opened from a file cannot travel in a link', () => {
    renderDialog({ debateSource: { kind: 'file', name: 'mine.json' } });
    expect(screen.getByText(/opened from a file on your computer/)).toBeInTheDocument();
  });

  it('closes from its close button', async () => {
    const user = userEvent.setup();
    const { onClose, dialog } = renderDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalled();
  });
});

describe('the Share dialog in a classroom copy (a file with no address of its own)', () => {
  /** Makes this page a copy, as its facts block does (lib/classroom-copy-html.ts). */
  function beACopy(online?: string) {
    const info = document.createElement('script');
    info.type = 'application/json';
    info.id = COPY_IDS.info;
    info.text = JSON.stringify({ made: '2026-11-30', title: 'Uniforms', search: '', online });
    document.body.append(info);
  }
  afterEach(() => document.getElementById(COPY_IDS.info)?.remove());

  it('offers the online address the copy was made from, and says so', () => {
    const online = 'https://example.org/stancemap/?dataset=uniforms';
    beACopy(online);
    renderWithStore(<ShareDialog open onClose={vi.fn()} />, {
      debate: loadFixture(smallDebate()),
      selected: 'parents' as NodeId,
    });
    expect(screen.getByText(/the online version it was made from, at example\.org/)).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Link to this view' })).toHaveValue(
      'https://example.org/stancemap/?dataset=uniforms&select=parents',
    );
    const doc = new DOMParser().parseFromString(embedCode().value, 'text/html');
    expect(doc.querySelector('iframe')!.getAttribute('src')).toBe(
      'https://example.org/stancemap/?dataset=uniforms&select=parents&embed=1',
    );
    expect(doc.querySelector('script')!.getAttribute('src')).toBe(
      'https://example.org/stancemap/embed.js',
    );
  });

  it('explains that a file has no link, and offers nothing to copy, when no online address is known', () => {
    beACopy();
    renderWithStore(<ShareDialog open onClose={vi.fn()} />, {
      debate: loadFixture(smallDebate()),
    });
    const dialog = screen.getByRole('dialog', { name: 'Share and embed' });
    expect(within(dialog).getByText(/no address that others can open/)).toBeVisible();
    expect(within(dialog).getByText(/pass on the file itself/)).toBeVisible();
    expect(within(dialog).queryByRole('textbox')).toBeNull();
    expect(within(dialog).queryByRole('button', { name: /^Copy/ })).toBeNull();
  });
});
