// The debate's reasons under a position, level by level (as Kialo's guided voting does):
// each argument with Convincing / Not convincing / Skip, and its replies folded under it.
// For an argument marked convincing, what grounded semantics makes of it once the
// not-convincing ones are withdrawn.
import { useId } from 'react';
import type { ArgumentNode, Debate, NodeId } from '../../domain/model';
import type { StandVerdicts, StudentReasons, Verdict } from '../../domain/stand-reasons';
import { plural } from '../../lib/plural';

const VERDICTS: readonly { value: Verdict | null; word: string }[] = [
  { value: 'convincing', word: 'Convincing' },
  { value: 'not-convincing', word: 'Not convincing' },
  { value: null, word: 'Skip' },
];

interface TreeProps {
  debate: Debate;
  verdicts: StandVerdicts;
  reasons: StudentReasons;
  onVerdict: (argument: ArgumentNode, verdict: Verdict | null) => void;
}

/** The reasons on a position, folded away until the student opens them. */
export function PositionReasons({ position, ...props }: TreeProps & { position: NodeId }) {
  const replies = props.debate.index.argumentsOnTarget.get(position) ?? [];
  if (replies.length === 0) return null;
  return (
    <details className="stand__reasons">
      <summary>Reasons given in the debate ({replies.length})</summary>
      <p className="stand__hint">
        Mark the ones you find convincing or not; skip any. Your marks stay on this device.
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
  const id = useId();
  const verdict = verdicts.get(argument.id) ?? null;
  const replies = debate.index.argumentsOnTarget.get(argument.id) ?? [];
  const makers = argument.by.flatMap((actor) => {
    const node = debate.index.node.get(actor);
    return node ? [node.label] : [];
  });
  return (
    <li className="stand__reason">
      <span className={`stand__relation stand__relation--${argument.relation}`}>
        {argument.relation === 'supports' ? 'For' : 'Against'}
      </span>
      <div role="radiogroup" aria-labelledby={`${id}-claim`} className="stand__verdict">
        <p id={`${id}-claim`} className="stand__claim">
          {argument.claim}
        </p>
        <p className="stand__makers">
          {makers.length ? `Made by ${makers.join(', ')}` : 'No actor named in the sources'}
        </p>
        <div className="stand__verdict-options">
          {VERDICTS.map(({ value, word }) => (
            <label key={word} className="stand__option stand__option--small">
              <input
                type="radio"
                name={`${id}-verdict`}
                checked={verdict === value}
                onChange={() => onVerdict(argument, value)}
              />
              <span>{word}</span>
            </label>
          ))}
        </div>
      </div>
      {verdict === 'convincing' && <ForYou argument={argument} reasons={reasons} />}
      {replies.length > 0 && (
        <details className="stand__replies">
          <summary>Replies to it ({plural(replies.length, 'argument')})</summary>
          <ReasonList replies={replies} {...props} />
        </details>
      )}
    </li>
  );
}

/** "For you, it stands: nothing attacks it." — the grounded reason, as a sentence. */
function ForYou({ argument, reasons }: { argument: ArgumentNode; reasons: StudentReasons }) {
  const status = reasons.status.status.get(argument.id);
  const reason = reasons.status.reason.get(argument.id);
  if (!status || !reason) return null;
  return (
    <p className={`stand__for-you stand__for-you--${status}`}>
      For you, it {status === 'stands' ? '' : 'is '}
      {reason}.
    </p>
  );
}
