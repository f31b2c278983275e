// "Shared reasons": the actors who make or rely on the arguments that still stand for the
// student, and whether they reach the same conclusion with them.
import type { ActorNode, ArgumentNode } from '../../domain/model';
import { STANCE_LOOK } from '../../ui/stance-look';
import { ANSWER_WORD } from './words';
import type { ConclusionMatch, Finding, SharedReasons } from '../../domain/stand-reasons';

function claims(args: readonly ArgumentNode[]): string {
  return args.map((a) => `“${a.claim}”`).join(', ');
}

const OTHER_CONCLUSION: Readonly<Record<ConclusionMatch, string>> = {
  same: 'and reach the same conclusion on',
  different: 'but reach different conclusions on',
  'no-stance': 'though the sources record no stance of theirs on',
  'no-answer': 'though you have not answered',
};

function sentence(actor: ActorNode, finding: Finding): string {
  const views =
    finding.answer && finding.stance
      ? ` (you: ${ANSWER_WORD[finding.answer]}; ${actor.shortLabel}: ${STANCE_LOOK[finding.stance].word.toLowerCase()})`
      : '';
  const on = `“${finding.position.statement}”${views}`;
  switch (finding.kind) {
    case 'same-reasons':
      return `You agree with ${actor.shortLabel} on ${on}, and for the same reasons: ${claims(finding.shared)}.`;
    case 'different-reasons':
      return `You reach ${actor.shortLabel}’s conclusion on ${on} for different reasons.`;
    case 'shared-reason-other-conclusion':
      return `You and ${actor.shortLabel} both rely on ${claims(finding.shared)}, ${OTHER_CONCLUSION[finding.conclusions]} ${on}.`;
  }
}

export function SharedReasonsList({ shared }: { shared: readonly SharedReasons[] }) {
  return (
    <ul className="stand__shared" aria-label="Shared reasons">
      {shared.map(({ actor, findings }) => (
        <li key={actor.id} className="stand__shared-item">
          <p className="stand__match-name">{actor.name}</p>
          <ul>
            {findings.map((finding) => (
              <li key={finding.position.id} data-kind={finding.kind}>
                {sentence(actor, finding)}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
