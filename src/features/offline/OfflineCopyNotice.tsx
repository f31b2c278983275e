// The header's word that this page is an offline copy: of which debate, made when. A
// teacher who hands it out, and a student who opens it, can tell it from the live app.
import { Trans, useLingui } from '@lingui/react/macro';
import { dateFormat } from '../../lib/intl';
import { thisClassroomCopy } from './classroom-copy';
import './offline.css';

function madeOn(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** `shownTitle`: the debate on screen; the copy's own is named only when another file is open. */
export function OfflineCopyNotice({ shownTitle }: { shownTitle: string | undefined }) {
  const { i18n } = useLingui();
  const copy = thisClassroomCopy();
  if (!copy) return null;
  const made = <time dateTime={copy.info.made}>{madeOn(copy.info.made, i18n.locale)}</time>;
  return (
    <p className="offline-notice">
      {shownTitle === copy.info.title ? (
        <Trans>Offline copy of this debate, made {made}</Trans>
      ) : (
        <Trans>
          Offline copy of <cite className="offline-notice__title">{copy.info.title}</cite>, made{' '}
          {made}
        </Trans>
      )}
    </p>
  );
}
