// The student's own choice to keep or pass on their answers: a short code (for the class
// spread), a link with the code in its fragment (which no server log sees), and an
// opt-in to remember them on this device.
import { useId } from 'react';
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
  const headingId = useId();
  return (
    <section className="stand__keep" aria-labelledby={headingId}>
      <h3 id={headingId}>Keep or share your answers</h3>
      <p className="stand__hint">
        Your answers are not sent anywhere. The code holds only your answers to the positions: no
        name, and not your marks on arguments. A teacher can paste the class’s codes into the class
        spread below.
      </p>
      <p className="stand__code">
        Your code: <code>{code}</code>
      </p>
      <div className="stand__copy">
        <CopyText text={code} label="Copy the code" />
        <CopyText text={standLink(code, window.location.href)} label="Copy a link" />
      </div>
      <label className="stand__matters">
        <input type="checkbox" checked={remember} onChange={(e) => onRemember(e.target.checked)} />
        <span>Remember my answers on this device</span>
      </label>
    </section>
  );
}
