// The header's word that this page is an offline copy: of which debate, made when. A
// teacher who hands it out, and a student who opens it, can tell it from the live app.
import { thisClassroomCopy } from './classroom-copy';
import './offline.css';

function madeOn(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' });
}

/** `shownTitle`: the debate on screen; the copy's own is named only when another file is open. */
export function OfflineCopyNotice({ shownTitle }: { shownTitle: string | undefined }) {
  const copy = thisClassroomCopy();
  if (!copy) return null;
  return (
    <p className="offline-notice">
      Offline copy of{' '}
      {shownTitle === copy.info.title ? (
        'this debate'
      ) : (
        <cite className="offline-notice__title">{copy.info.title}</cite>
      )}
      , made <time dateTime={copy.info.made}>{madeOn(copy.info.made)}</time>
    </p>
  );
}
