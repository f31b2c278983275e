// The debate's reasons under a position, level by level (as Kialo's guided voting does):
// each argument with Convincing / Not convincing / Skip, and its replies folded under it.
// For an argument marked convincing, what grounded semantics makes of it once the
// not-convincing ones are withdrawn.
import { useId } from 'react';
import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import type { ArgumentNode, Debate, NodeId } from '../../domain/model';
import type { StandVerdicts, StudentReasons, Verdict } from '../../domain/stand-reasons';
import { formatList } from '../../lib/intl';

const VERDICTS: readonly (Verdict | null)[] = ['convincing', 'not-convincing', null];

interface TreeProps {
  debate: Debate;
  verdicts: StandVerdicts;
  reasons: StudentReasons;
  onVerdict: (argument: ArgumentNode, verdict: Verdict | null) => void;
}

/** The reasons on a position, folded away until the student opens them. */
export function PositionReasons({ position, ...props }: TreeProps & { position: NodeId }) {
  const replies = props.debate.index.argumentsOnTarget.get(position) ?? [];
  const count = replies.length;
  if (count === 0) return null;
  return (
    <details className="stand__reasons">
      <summary>
        <Trans>Reasons given in the debate ({count})</Trans>
      </summary>
      <p className="stand__hint">
        <Trans>
          Mark the ones you find convincing or not; skip any. Your marks stay on this device.
        </Trans>
      </p>
      <ReasonList replies={replies} {...props} />
    </details>
  );
}

function ReasonList({ replies, ...props }: TreeProps & { replies: readonly ArgumentNode[] }) {
  return (
    <ul className="stand__reason-list">
      {replies.map((argument) => (
        <Reason key={argument.id} argument={argument} {...props} />
      ))}
    </ul>
  );
}

function Reason({ argument, ...props }: TreeProps & { argument: ArgumentNode }) {
  const { debate, verdicts, reasons, onVerdict } = props;
  const { t, i18n } = useLingui();
  const verdictWord = (value: Verdict | null) =>
    value === 'convincing'
      ? t`Convincing`
      : value === 'not-convincing'
        ? t`Not convincing`
        : t`Skip`;
  const id = useId();
  const verdict = verdicts.get(argument.id) ?? null;
  const replies = debate.index.argumentsOnTarget.get(argument.id) ?? [];
  const makers = argument.by.flatMap((actor) => {
    const node = debate.index.node.get(actor);
    return node ? [node.label] : [];
  });
  const names = formatList(i18n.locale, makers);
  const replyCount = replies.length;
  return (
    <li className="stand__reason">
      <span className={`stand__relation stand__relation--${argument.relation}`}>
        {argument.relation === 'supports' ? t`For` : t`Against`}
      </span>
      <div role="radiogroup" aria-labelledby={`${id}-claim`} className="stand__verdict">
        <p id={`${id}-claim`} className="stand__claim" dir="auto">
          {argument.claim}
        </p>
        <p className="stand__makers">
          {makers.length ? t`Made by ${names}` : t`No actor named in the sources`}
        </p>
        <div className="stand__verdict-options">
          {VERDICTS.map((value) => (
            <label key={value ?? 'skip'} className="stand__option stand__option--small">
              <input
                type="radio"
                name={`${id}-verdict`}
                checked={verdict === value}
                onChange={() => onVerdict(argument, value)}
              />
              <span>{verdictWord(value)}</span>
            </label>
          ))}
        </div>
      </div>
      {verdict === 'convincing' && <ForYou argument={argument} reasons={reasons} />}
      {replies.length > 0 && (
        <details className="stand__replies">
          <summary>
            {t`Replies to it (${plural(replyCount, { one: '# argument', other: '# arguments' })})`}
          </summary>
          <ReasonList replies={replies} {...props} />
        </details>
      )}
    </li>
  );
}

/** "For you, it stands: nothing attacks it." — the grounded reason, as a sentence. */
function ForYou({ argument, reasons }: { argument: ArgumentNode; reasons: StudentReasons }) {
  const { t } = useLingui();
  const status = reasons.status.status.get(argument.id);
  const reason = reasons.status.reason.get(argument.id);
  if (!status || !reason) return null;
  // The reason starts with its status word ("stands: …", "defeated: …"), which English
  // reads as a verb or an adjective.
  return (
    <p className={`stand__for-you stand__for-you--${status}`}>
      {status === 'stands' ? t`For you, it ${reason}.` : t`For you, it is ${reason}.`}
    </p>
  );
}
