// The student's own choice to keep or pass on their answers: a short code (for the class
// spread), a link with the code in its fragment (which no server log sees), and an
// opt-in to remember them on this device.
import { useId } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { CopyText } from '../../ui/CopyText';
import { standLink } from './stand-link';

export function KeepAndShare({
  code,
  remember,
  onRemember,
}: {
  code: string;
  remember: boolean;
  onRemember: (remember: boolean) => void;
}) {
  const { t } = useLingui();
  const headingId = useId();
  return (
    <section className="stand__keep" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Trans>Keep or share your answers</Trans>
      </h3>
      <p className="stand__hint">
        <Trans>
          Your answers are not sent anywhere. The code holds only your answers to the positions: no
          name, and not your marks on arguments. A teacher can paste the class’s codes into the
          class spread below.
        </Trans>
      </p>
      <p className="stand__code">
        <Trans>
          Your code: <code>{code}</code>
        </Trans>
      </p>
      <div className="stand__copy">
        <CopyText text={code} label={t`Copy the code`} />
        <CopyText text={standLink(code, window.location.href)} label={t`Copy a link`} />
      </div>
      <label className="stand__matters">
        <input type="checkbox" checked={remember} onChange={(e) => onRemember(e.target.checked)} />
        <span>
          <Trans>Remember my answers on this device</Trans>
        </span>
      </label>
    </section>
  );
}
