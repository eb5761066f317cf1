/**
 * Activities: exercises with a right answer (fact or opinion, SMART or not, which entry of a
 * chronology matters). They give feedback, are logged and counted as checks ("4 of 5"), and
 * never move the three dimensions, take a stance or count as decisions.
 */
import type { ChoiceView } from '../story/StoryRunner';
import type { LogEntry } from '../log/logSchema';

export function isCorrect(choice: ChoiceView): boolean {
  return choice.meta.correct;
}

export function checksOf(entries: readonly LogEntry[]): { correct: number; of: number } {
  const answered = entries.filter((e) => e.kind === 'activity');
  return { correct: answered.filter((e) => e.correct === true).length, of: answered.length };
}
