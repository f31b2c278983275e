// One position as a question: a radio group named by its statement (Agree, Partly,
// Disagree, No opinion), "This matters more to me", and the debate's reasons under it.
import { useId, type ReactNode } from 'react';
import { ANSWERS, type Answer, type PositionAnswer } from '../../domain/stand-match';
import type { PositionNode } from '../../domain/model';
import { answerWord, mattersLabel } from './words';

export function PositionQuestion({
  position,
  given,
  onAnswer,
  children,
}: {
  position: PositionNode;
  given: PositionAnswer | undefined;
  onAnswer: (answer: PositionAnswer | null) => void;
  /** The reasons under the question. */
  children?: ReactNode;
}) {
  const id = useId();
  const statementId = `${id}-statement`;
  // "Matters more" weighs an answer; with no answer, or No opinion, there is nothing to weigh.
  const weighable = given !== undefined && given.answer !== 'none';
  const choose = (answer: Answer) =>
    onAnswer({ answer, matters: answer !== 'none' && (given?.matters ?? false) });
  return (
    <li className="stand__position" data-answered={given ? 'true' : undefined}>
      <div role="radiogroup" aria-labelledby={statementId} className="stand__question">
        <p id={statementId} className="stand__statement" dir="auto">
          {position.statement}
        </p>
        <div className="stand__options">
          {ANSWERS.map((answer) => (
            <label key={answer} className={`stand__option stand__option--${answer}`}>
              <input
                type="radio"
                name={`${id}-answer`}
                value={answer}
                checked={given?.answer === answer}
                onChange={() => choose(answer)}
              />
              <span>{answerWord(answer)}</span>
            </label>
          ))}
        </div>
      </div>
      <label className="stand__matters">
        <input
          type="checkbox"
          checked={weighable && given.matters}
          disabled={!weighable}
          aria-describedby={statementId}
          onChange={(e) => given && onAnswer({ ...given, matters: e.target.checked })}
        />
        <span>{mattersLabel()}</span>
      </label>
      {children}
    </li>
  );
}
