// "Share": a link to exactly what is on screen, and the code to embed it in a page,
// in a few sizes. Loaded on demand, the first time the dialog is opened.
import { Trans, useLingui } from '@lingui/react/macro';
import { useId, useRef, useState } from 'react';
import { copyToClipboard } from '../../lib/clipboard';
import { copyOnlineAddress } from '../../lib/copy-online';
import { useAppStore } from '../../store/store-context';
import { useStateUrl } from '../../store/share-url';
import { Dialog } from '../../ui/Dialog';
import { embedSnippet, SIZE_PRESETS, type SizeId } from './snippet';
import './share.css';

/**
 * In a classroom copy, a file with no address others can open, Share offers the online
 * address the copy was made from, or says why there is nothing to share but the file.
 */
export function ShareDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useLingui();
  const copyOnline = copyOnlineAddress();
  const online = copyOnline ?? undefined;
  if (copyOnline === null)
    return (
      <Dialog title={t`Share and embed`} open={open} onClose={onClose}>
        <div className="share">
          <p>
            <Trans>
              This is a classroom copy: a file on this computer, with no address that others can
              open, so there is no link to copy and nothing to embed.
            </Trans>
          </p>
          <p>
            <Trans>
              To share it, pass on the file itself (by e-mail, a shared drive or a USB stick): it
              opens in any browser, with no network. To share a link or embed the debate in a page,
              open it in the online Stancemap and use Share there.
            </Trans>
          </p>
        </div>
      </Dialog>
    );
  return <ShareOnline open={open} onClose={onClose} page={online} />;
}

/** The link and the embed code of this view at `page` (default: this page's address). */
function ShareOnline({
  open,
  onClose,
  page,
}: {
  open: boolean;
  onClose: () => void;
  page?: string;
}) {
  const { t } = useLingui();
  const title = useAppStore((s) => s.debate?.meta.title) ?? t`a debate`;
  const fromFile = useAppStore((s) => s.debateSource.kind === 'file');
  const link = useStateUrl(false, page);
  const embedSrc = useStateUrl(true, page);
  const [sizeId, setSizeId] = useState<SizeId>('medium');
  const size = SIZE_PRESETS.find((preset) => preset.id === sizeId) ?? SIZE_PRESETS[1];
  const snippet = embedSnippet({
    src: embedSrc,
    title: t`Stancemap: ${title}`,
    height: size.height,
    scriptSrc: new URL('embed.js', page ?? document.baseURI).href,
  });

  return (
    <Dialog title={t`Share and embed`} open={open} onClose={onClose}>
      <div className="share">
        {page && (
          <p className="share__warning">
            <Trans>
              This is a classroom copy, a file with no address of its own: the link and the embed
              code open the online version it was made from, at {new URL(page).host}, which may have
              changed since.
            </Trans>
          </p>
        )}
        {fromFile && (
          <p className="share__warning">
            <Trans>
              This debate was opened from a file on your computer. A link cannot carry a file: the
              link and the embed open the bundled debate instead. Publish the file on the web and
              open it by its address to share it.
            </Trans>
          </p>
        )}
        <CopyField label={t`Link to this view`} value={link} copyLabel={t`Copy link`} rows={3} />
        <fieldset className="share__sizes">
          <legend>
            <Trans>Embed size</Trans>
          </legend>
          {SIZE_PRESETS.map((preset) => (
            <label key={preset.id}>
              <input
                type="radio"
                name="share-size"
                value={preset.id}
                checked={preset.id === sizeId}
                onChange={() => setSizeId(preset.id)}
              />{' '}
              {t(preset.label)} ({preset.height} px)
            </label>
          ))}
        </fieldset>
        <CopyField label={t`Embed code`} value={snippet} copyLabel={t`Copy embed code`} rows={6} />
        <p className="share__note">
          <Trans>
            Paste the code into your page’s HTML. The script fits the frame’s height to its content;
            without it, the frame keeps the height chosen above. The graph leaves the page’s
            scrolling alone until a reader clicks it.
          </Trans>
        </p>
      </div>
    </Dialog>
  );
}

type CopyResult = { value: string; copied: boolean } | null;

/**
 * Read-only text with a copy button. Where the browser blocks the clipboard (no
 * permission, a sandboxed iframe), the text is selected so the keyboard can copy it.
 */
function CopyField({
  label,
  value,
  copyLabel,
  rows,
}: {
  label: string;
  value: string;
  copyLabel: string;
  rows: number;
}) {
  const id = useId();
  const { t } = useLingui();
  const area = useRef<HTMLTextAreaElement>(null);
  const [result, setResult] = useState<CopyResult>(null);
  // A result is about the text that was copied: a new text starts afresh.
  const shown = result?.value === value ? result : null;

  async function copy() {
    const copied = await copyToClipboard(value);
    if (!copied) {
      area.current?.focus();
      area.current?.select();
    }
    setResult({ value, copied });
  }

  return (
    <div className="share__field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        ref={area}
        className="code-text share__text"
        readOnly
        rows={rows}
        value={value}
        spellCheck={false}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="share__actions">
        <button type="button" className="button" onClick={() => void copy()}>
          {copyLabel}
        </button>
        <span role="status" className="share__status">
          {shown?.copied && t`Copied.`}
          {shown &&
            !shown.copied &&
            t`Copying is blocked here. The text is selected: press Ctrl+C (⌘C on a Mac).`}
        </span>
      </div>
    </div>
  );
}
