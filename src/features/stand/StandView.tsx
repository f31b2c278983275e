// "Where do you stand?": the student answers the positions (and, if they like, marks the
// reasons), and sees which actors are closest, why, and who shares their reasons. The
// answers stay in memory; they are kept on the device or passed on only when the student
// chooses, and never go into the query or over the network.
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import type { Debate } from '../../domain/model';
import { answersInFragment, decodeAnswers, encodeAnswers } from '../../domain/stand-code';
import { positionsByIssue, type StandAnswers } from '../../domain/stand-match';
import { studentReasons, type StandVerdicts } from '../../domain/stand-reasons';
import { readStored, writeStored } from '../../lib/safe-storage';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { useDrawnDebate } from '../../store/use-drawn-debate';
import { ClassSpread } from './ClassSpread';
import { KeepAndShare } from './KeepAndShare';
import { PositionQuestion } from './PositionQuestion';
import { PositionReasons } from './ReasonTree';
import { Results } from './Results';
import './stand.css';

export function StandView({ onDrawn }: { onDrawn: () => void }) {
  const debate = useDrawnDebate(onDrawn);
  if (!debate) return null;
  return <Stand debate={debate} />;
}

const NO_ANSWERS: StandAnswers = new Map();
const NO_VERDICTS: StandVerdicts = new Map();

const storageKey = (debate: Debate) => `stancemap:stand:${debate.meta.id}`;

/**
 * What the view says about the answers it opened with: kept as facts, not words, so
 * that it reads in the language of the moment.
 */
interface Notice {
  /** The link's answers were filled in (true), or ignored for this reason. */
  readonly link?: true | { readonly ignored: string };
  /** The answers remembered on this device were filled in. */
  readonly remembered?: true;
}

interface Opening {
  /** Answers to start from: a link's, or those remembered on this device. */
  readonly answers?: StandAnswers;
  readonly notice: Notice | null;
  readonly remembered: boolean;
}

/** What the view opens with: a link's answers first, then remembered ones; a bad code says why. */
function opening(debate: Debate, alreadyAnswering: boolean): Opening {
  const stored = readStored(storageKey(debate));
  const fromStorage = stored === null ? null : decodeAnswers(debate, stored);
  const remembered = fromStorage?.ok ?? false;
  if (alreadyAnswering) return { notice: null, remembered };
  const fromLink = answersInFragment(debate, window.location.hash);
  if (fromLink?.ok) return { answers: fromLink.answers, notice: { link: true }, remembered };
  const link = fromLink ? { ignored: fromLink.reason } : undefined;
  if (fromStorage?.ok)
    return { answers: fromStorage.answers, notice: { link, remembered: true }, remembered };
  return { notice: link ? { link } : null, remembered };
}

function NoticeText({ notice }: { notice: Notice }) {
  const { t } = useLingui();
  const sentences: string[] = [];
  if (notice.link === true)
    sentences.push(
      t`The answers in the link are filled in. Change any of them; nothing is sent anywhere.`,
    );
  else if (notice.link) {
    const reason = notice.link.ignored;
    sentences.push(t`The answers in this link were ignored: ${reason}.`);
  }
  if (notice.remembered) sentences.push(t`Your answers remembered on this device are filled in.`);
  return <p>{sentences.join(' ')}</p>;
}

function Stand({ debate }: { debate: Debate }) {
  const store = useAppStoreApi();
  const [start] = useState(() => opening(debate, store.getState().standDebate === debate));
  const startStand = useAppStore((s) => s.startStand);
  useEffect(() => startStand(debate, start.answers), [startStand, debate, start]);
  const [notice, setNotice] = useState(start.notice);
  const replaceAnswers = useAppStore((s) => s.replaceStandAnswers);
  // A link followed in the same tab changes only the fragment: its answers replace these.
  useEffect(() => {
    const onHashChange = () => {
      const fromLink = answersInFragment(debate, window.location.hash);
      if (!fromLink) return;
      if (fromLink.ok) replaceAnswers(fromLink.answers);
      setNotice({ link: fromLink.ok ? true : { ignored: fromLink.reason } });
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [debate, replaceAnswers]);

  const started = useAppStore((s) => s.standDebate === debate);
  const storedAnswers = useAppStore((s) => s.standAnswers);
  const storedVerdicts = useAppStore((s) => s.standVerdicts);
  // Until the store holds this debate's answers, show those the view opens with.
  const answers = started ? storedAnswers : (start.answers ?? NO_ANSWERS);
  const verdicts: StandVerdicts = started ? storedVerdicts : NO_VERDICTS;
  const setAnswer = useAppStore((s) => s.setStandAnswer);
  const setVerdict = useAppStore((s) => s.setStandVerdict);
  const clearStand = useAppStore((s) => s.clearStand);
  const issue = useAppStore((s) => s.issue);
  const setIssue = useAppStore((s) => s.setIssue);

  const groups = useMemo(() => positionsByIssue(debate, issue), [debate, issue]);
  const reasons = useMemo(() => studentReasons(debate, verdicts), [debate, verdicts]);
  const code = useMemo(() => encodeAnswers(debate, answers), [debate, answers]);

  const [remember, setRemember] = useState(start.remembered);
  useEffect(() => {
    if (remember) writeStored(storageKey(debate), code);
  }, [remember, debate, code]);
  const onRemember = (keep: boolean) => {
    setRemember(keep);
    if (!keep) writeStored(storageKey(debate), null);
  };

  const { t } = useLingui();
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const shown = groups.flatMap((g) => g.positions);
  const answered = shown.filter((p) => answers.has(p.id)).length;
  const total = shown.length;

  return (
    <section className="stand" role="region" aria-label={t`Where do you stand?`}>
      <header className="stand__intro">
        <h2>
          <Trans>Where do you stand?</Trans>
        </h2>
        <p>
          <Trans>
            Say how far you agree with each position, as the debate states it. There are no right
            answers, you can skip any, and your answers stay on this device.
          </Trans>
        </p>
        <div role="status" className="stand__status">
          {notice && <NoticeText notice={notice} />}
        </div>
        {issue && (
          <p>
            <Trans>Showing one issue.</Trans>{' '}
            <button type="button" className="link-button" onClick={() => setIssue(null)}>
              <Trans>Show all issues</Trans>
            </button>
          </p>
        )}
        <div className="stand__progress">
          <p>{t`${answered} of ${total} answered`}</p>
          <span className="stand__bar" aria-hidden="true">
            <span style={{ width: `${total ? (100 * answered) / total : 0}%` }} />
          </span>
          <button
            type="button"
            className="button"
            onClick={() => {
              resultsHeading.current?.scrollIntoView({ block: 'start' });
              resultsHeading.current?.focus();
            }}
          >
            <Trans>See your result</Trans>
          </button>
        </div>
      </header>

      <div className="stand__layout">
        <div className="stand__answers">
          {groups.map(({ issue: group, positions }) => (
            <IssueQuestions
              key={group.id}
              question={group.question}
              answered={positions.filter((p) => answers.has(p.id)).length}
              total={positions.length}
            >
              {positions.map((position) => (
                <PositionQuestion
                  key={position.id}
                  position={position}
                  given={answers.get(position.id)}
                  onAnswer={(answer) => setAnswer(position.id, answer)}
                >
                  <PositionReasons
                    position={position.id}
                    debate={debate}
                    verdicts={verdicts}
                    reasons={reasons}
                    onVerdict={(argument, verdict) => setVerdict(argument.id, verdict)}
                  />
                </PositionQuestion>
              ))}
            </IssueQuestions>
          ))}
        </div>

        <div className="stand__side">
          <Results
            debate={debate}
            answers={answers}
            verdicts={verdicts}
            headingRef={resultsHeading}
          />
          <KeepAndShare code={code} remember={remember} onRemember={onRemember} />
          <button type="button" className="button" onClick={clearStand}>
            <Trans>Clear my answers</Trans>
          </button>
        </div>
      </div>
      <ClassSpread debate={debate} />
    </section>
  );
}

function IssueQuestions({
  question,
  answered,
  total,
  children,
}: {
  question: string;
  answered: number;
  total: number;
  children: ReactNode;
}) {
  const { t } = useLingui();
  const id = useId();
  return (
    <section className="stand__issue" aria-labelledby={id}>
      <h3 id={id} dir="auto">
        {question}
      </h3>
      <p className="stand__issue-progress">{t`${answered} of ${total} answered`}</p>
      <ul className="stand__positions">{children}</ul>
    </section>
  );
}
