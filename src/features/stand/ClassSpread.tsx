// For the teacher: paste the class's codes and see, per position, how many agree, partly
// agree, disagree or have no opinion. Codes carry no names; nothing leaves the page.
import { useId, useMemo, useState } from 'react';
import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import type { Debate } from '../../domain/model';
import { parseCodes, type ParsedCodes } from '../../domain/stand-code';
import { ANSWERS, positionsByIssue } from '../../domain/stand-match';
import { classSpread, type PositionSpread } from '../../domain/stand-spread';
import { answerWord } from './words';

export function ClassSpread({ debate }: { debate: Debate }) {
  const { t } = useLingui();
  const [text, setText] = useState('');
  const [parsed, setParsed] = useState<ParsedCodes | null>(null);
  const headingId = useId();
  const spread = useMemo(
    () => (parsed?.accepted.length ? classSpread(debate, parsed.accepted) : null),
    [debate, parsed],
  );
  return (
    <section className="stand__class" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Trans>Class spread</Trans>
      </h2>
      <p className="stand__hint">
        <Trans>
          Each student copies their code; paste them all here, separated by spaces or new lines.
          Codes carry no names, so the counts are anonymous, and nothing is sent anywhere.
        </Trans>
      </p>
      <label className="stand__paste">
        <span>
          <Trans>Codes from the class</Trans>
        </span>
        <textarea value={text} rows={4} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="button" className="button" onClick={() => setParsed(parseCodes(debate, text))}>
        <Trans>Show the spread</Trans>
      </button>
      <div role="status" className="stand__status">
        {parsed && <ReadCount parsed={parsed} />}
      </div>
      {parsed && parsed.refused.length > 0 && (
        <ul className="stand__refused">
          {parsed.refused.map(({ place, reason }) => (
            <li key={place}>{t`Code ${place} ignored: ${reason}.`}</li>
          ))}
        </ul>
      )}
      {spread && (
        <div className="stand__spread">
          {positionsByIssue(debate).map(({ issue, positions }) => (
            <section key={issue.id} aria-label={issue.question}>
              <h3 dir="auto">{issue.question}</h3>
              <ul>
                {positions.map((position) => {
                  const counts = spread.get(position.id);
                  return (
                    counts && (
                      <li key={position.id} className="stand__spread-row">
                        <p className="stand__row-statement" dir="auto">
                          {position.statement}
                        </p>
                        <Counts counts={counts} />
                      </li>
                    )
                  );
                })}
              </ul>
            </section>
          ))}
        </div>
      )}
    </section>
  );
}

/** "3 codes read, 1 ignored.", the status after the codes are read. */
function ReadCount({ parsed }: { parsed: ParsedCodes }) {
  const { t, i18n } = useLingui();
  const read = parsed.accepted.length;
  // Formatted here because a plain placeholder keeps Latin digits beside the plural's Persian ones.
  const ignored = i18n.number(parsed.refused.length);
  const text =
    parsed.refused.length > 0
      ? t`${plural(read, { one: '# code read', other: '# codes read' })}, ${ignored} ignored.`
      : t`${plural(read, { one: '# code read', other: '# codes read' })}.`;
  return <p>{text}</p>;
}

function Counts({ counts }: { counts: PositionSpread }) {
  const total = ANSWERS.reduce((n, a) => n + counts.counts[a], 0) + counts.unanswered;
  return (
    <>
      <span className="stand__spread-bar" aria-hidden="true">
        {ANSWERS.map((answer) => (
          <span
            key={answer}
            className={`stand__spread-part stand__spread-part--${answer}`}
            style={{ width: `${total ? (100 * counts.counts[answer]) / total : 0}%` }}
          />
        ))}
      </span>
      <dl className="stand__spread-counts">
        {ANSWERS.map((answer) => (
          <div key={answer}>
            <dt>{answerWord(answer)}</dt>
            <dd>{counts.counts[answer]}</dd>
          </div>
        ))}
        {counts.unanswered > 0 && (
          <div>
            <dt>
              <Trans>Not answered</Trans>
            </dt>
            <dd>{counts.unanswered}</dd>
          </div>
        )}
        {counts.matters > 0 && (
          <div>
            <dt>
              <Trans>Matters more to</Trans>
            </dt>
            <dd>{counts.matters}</dd>
          </div>
        )}
      </dl>
    </>
  );
}
