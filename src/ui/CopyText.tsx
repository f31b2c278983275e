import { useLingui } from '@lingui/react/macro';
import { useEffect, useRef, useState } from 'react';
import { copyToClipboard } from '../lib/clipboard';
import './problems.css';

type CopyState = 'idle' | 'copied' | 'blocked';

/**
 * A "Copy" button for a block of text. It uses the Clipboard API; where the browser
 * blocks it (no permission, an insecure page, a sandboxed iframe) it shows the text in a
 * textarea, selected, so the reader can copy it with the keyboard.
 */
export function CopyText({ text, label }: { text: string; label?: string }) {
  const [state, setState] = useState<CopyState>('idle');
  const { t } = useLingui();
  const area = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (state !== 'blocked') return;
    area.current?.focus();
    area.current?.select();
  }, [state]);

  async function copy() {
    if (await copyToClipboard(text)) return setState('copied');
    setState('blocked');
    // Already blocked once: select the text again for the second attempt.
    area.current?.select();
  }

  return (
    <div className="copy-text">
      <div className="copy-text__row">
        <button type="button" className="button" onClick={() => void copy()}>
          {label ?? t`Copy`}
        </button>
        <span role="status" className="copy-text__status">
          {state === 'copied' && t`Copied to the clipboard.`}
          {state === 'blocked' &&
            t`This browser blocked copying. The text below is selected: press Ctrl+C (⌘C on a Mac).`}
        </span>
      </div>
      {state === 'blocked' && (
        <textarea
          ref={area}
          className="code-text copy-text__area"
          readOnly
          value={text}
          aria-label={t`Text to copy`}
          rows={8}
        />
      )}
    </div>
  );
}
