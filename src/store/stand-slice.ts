// The student's answers in "Where do you stand?". They live in memory only (storage is
// the student's choice, made in the view), are never part of the link's query, and
// belong to one debate: another debate starts from none.
import type { ArgumentId, Debate, PositionId } from '../domain/model';
import type { PositionAnswer, StandAnswers } from '../domain/stand-match';
import type { StandVerdicts, Verdict } from '../domain/stand-reasons';

export interface StandSlice {
  /** The debate the answers below were given in; null before any. */
  readonly standDebate: Debate | null;
  readonly standAnswers: StandAnswers;
  readonly standVerdicts: StandVerdicts;
  /** Starts answering a debate with these answers, unless it is already the one answered. */
  startStand(debate: Debate, answers?: StandAnswers): void;
  /** Sets one position's answer; null clears it. */
  setStandAnswer(position: PositionId, answer: PositionAnswer | null): void;
  /** Sets one argument's verdict; null is "skip". */
  setStandVerdict(argument: ArgumentId, verdict: Verdict | null): void;
  /** Replaces every answer (a code opened by the student), keeping the verdicts. */
  replaceStandAnswers(answers: StandAnswers): void;
  clearStand(): void;
}

const NO_ANSWERS: StandAnswers = new Map();
const NO_VERDICTS: StandVerdicts = new Map();

function withEntry<K, V>(map: ReadonlyMap<K, V>, key: K, value: V | null): ReadonlyMap<K, V> {
  const next = new Map(map);
  if (value === null) next.delete(key);
  else next.set(key, value);
  return next;
}

type SetState = (
  partial: Partial<StandSlice> | ((state: StandSlice) => Partial<StandSlice>),
) => void;

export function standSlice(set: SetState): StandSlice {
  return {
    standDebate: null,
    standAnswers: NO_ANSWERS,
    standVerdicts: NO_VERDICTS,
    startStand: (debate, answers = NO_ANSWERS) =>
      set((state) =>
        state.standDebate === debate
          ? {}
          : { standDebate: debate, standAnswers: answers, standVerdicts: NO_VERDICTS },
      ),
    setStandAnswer: (position, answer) =>
      set((state) => ({ standAnswers: withEntry(state.standAnswers, position, answer) })),
    setStandVerdict: (argument, verdict) =>
      set((state) => ({ standVerdicts: withEntry(state.standVerdicts, argument, verdict) })),
    replaceStandAnswers: (standAnswers) => set({ standAnswers }),
    clearStand: () => set({ standAnswers: NO_ANSWERS, standVerdicts: NO_VERDICTS }),
  };
}
