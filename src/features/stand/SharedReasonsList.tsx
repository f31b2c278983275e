// "Shared reasons": the actors who make or rely on the arguments that still stand for the
// student, and whether they reach the same conclusion with them.
import type { I18n } from '@lingui/core';
import { msg, select } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import type { ActorNode, ArgumentNode } from '../../domain/model';
import { formatList } from '../../lib/intl';
import { STANCE_LOOK } from '../../ui/stance-look';
import { answerWord } from './words';
import type { Finding, SharedReasons } from '../../domain/stand-reasons';

function quoted(i18n: I18n, text: string): string {
  return i18n._(msg`“${text}”`);
}

function claims(i18n: I18n, args: readonly ArgumentNode[]): string {
  return formatList(
    i18n.locale,
    args.map((a) => quoted(i18n, a.claim)),
  );
}

function sentence(i18n: I18n, actor: ActorNode, finding: Finding): string {
  const name = actor.shortLabel;
  const statement = finding.position.statement;
  const answer = finding.answer && answerWord(finding.answer);
  const stance = finding.stance && STANCE_LOOK[finding.stance].word.toLowerCase();
  const on =
    answer && stance
      ? i18n._(msg`“${statement}” (you: ${answer}; ${name}: ${stance})`)
      : quoted(i18n, statement);
  switch (finding.kind) {
    case 'same-reasons': {
      const reasons = claims(i18n, finding.shared);
      return i18n._(msg`You agree with ${name} on ${on}, and for the same reasons: ${reasons}.`);
    }
    case 'different-reasons':
      return i18n._(msg`You reach the same conclusion as ${name} on ${on}, for different reasons.`);
    case 'shared-reason-other-conclusion': {
      const reasons = claims(i18n, finding.shared);
      // ICU select keys are plain words.
      const conclusion = finding.conclusions === 'no-stance' ? 'unrecorded' : finding.conclusions;
      return i18n._(
        msg`${select(conclusion, {
          same: `You and ${name} both rely on ${reasons}, and reach the same conclusion on ${on}.`,
          different: `You and ${name} both rely on ${reasons}, but reach different conclusions on ${on}.`,
          unrecorded: `You and ${name} both rely on ${reasons}, though the sources record no stance of theirs on ${on}.`,
          other: `You and ${name} both rely on ${reasons}, though you have not answered ${on}.`,
        })}`,
      );
    }
  }
}

export function SharedReasonsList({ shared }: { shared: readonly SharedReasons[] }) {
  const { t, i18n } = useLingui();
  return (
    <ul className="stand__shared" aria-label={t`Shared reasons`}>
      {shared.map(({ actor, findings }) => (
        <li key={actor.id} className="stand__shared-item">
          <p className="stand__match-name">{actor.name}</p>
          <ul>
            {findings.map((finding) => (
              <li key={finding.position.id} data-kind={finding.kind}>
                {sentence(i18n, actor, finding)}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
