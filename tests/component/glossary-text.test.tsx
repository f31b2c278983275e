import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { GlossaryEntry } from '../../src/domain/model';
import { GlossaryText } from '../../src/ui/GlossaryText';

const glossary: GlossaryEntry[] = [
  {
    term: 'Non-refoulement',
    definition: 'Not sending people back to harm.',
    evidence: [],
    extensions: {},
  },
  {
    term: 'Return (deportation)',
    definition: 'Sending someone back.',
    evidence: [],
    extensions: {},
  },
];

function renderText(text: string) {
  return render(
    <p>
      <GlossaryText text={text} glossary={glossary} />
      <button type="button">After</button>
    </p>,
  );
}

const popoverOf = (button: HTMLElement) =>
  document.getElementById(button.getAttribute('aria-controls') ?? '')!;

describe('glossary terms in place', () => {
  it('marks terms as buttons and keeps the rest as text, never as markup', () => {
    const { container } = renderText('<b>Returns</b> must respect non-refoulement.');
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('p')).toHaveTextContent(
      '<b>Returns</b> must respect non-refoulement.',
    );
    expect(screen.getByRole('button', { name: 'Returns (glossary)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'non-refoulement (glossary)' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('opens by keyboard (Tab, then Enter or Space) and closes with Escape', async () => {
    const user = userEvent.setup();
    renderText('Returns must respect non-refoulement.');
    await user.tab();
    const returns = screen.getByRole('button', { name: 'Returns (glossary)' });
    expect(returns).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(returns).toHaveAttribute('aria-expanded', 'true');
    expect(popoverOf(returns)).toHaveTextContent('Return (deportation) Sending someone back.');
    expect(popoverOf(returns)).toHaveAttribute('role', 'status');

    await user.keyboard('{Escape}');
    expect(returns).toHaveAttribute('aria-expanded', 'false');
    expect(popoverOf(returns)).toBeEmptyDOMElement();
    expect(returns).toHaveFocus();

    await user.tab();
    const other = screen.getByRole('button', { name: 'non-refoulement (glossary)' });
    await user.keyboard(' ');
    expect(other).toHaveAttribute('aria-expanded', 'true');
    // Moving focus on closes it.
    await user.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
    expect(other).toHaveAttribute('aria-expanded', 'false');
  });

  it('keeps Escape from reaching the app’s own shortcuts while open', async () => {
    const user = userEvent.setup();
    const onWindowKey = vi.fn();
    window.addEventListener('keydown', onWindowKey);
    try {
      renderText('Returns.');
      await user.click(screen.getByRole('button', { name: 'Returns (glossary)' }));
      await user.keyboard('{Escape}');
      expect(onWindowKey).not.toHaveBeenCalledWith(expect.objectContaining({ key: 'Escape' }));
    } finally {
      window.removeEventListener('keydown', onWindowKey);
    }
  });

  it('opens with a tap and closes with a tap elsewhere', async () => {
    const user = userEvent.setup();
    renderText('Returns must respect non-refoulement.');
    const term = screen.getByRole('button', { name: 'non-refoulement (glossary)' });
    await user.pointer({ keys: '[TouchA]', target: term });
    expect(term).toHaveAttribute('aria-expanded', 'true');
    // A tap on the definition itself leaves it open.
    await user.pointer({ keys: '[TouchA]', target: popoverOf(term).firstElementChild! });
    expect(term).toHaveAttribute('aria-expanded', 'true');
    await user.pointer({ keys: '[TouchA]', target: document.body });
    expect(term).toHaveAttribute('aria-expanded', 'false');
  });

  it('renders plain text when the glossary is empty', () => {
    const { container } = render(<GlossaryText text="Nothing to explain." glossary={[]} />);
    expect(container).toHaveTextContent('Nothing to explain.');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
