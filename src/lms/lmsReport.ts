/** What the LMS is told about a play-through: pure functions of the saved session. */
import type { SavedSession } from '../engine/playMachine';
import type { DecisionLog } from '../log/logSchema';
import type { Scores } from '../scoring/scaleScores';
import type { DecisionInteraction } from './lmsAdapter';

/**
 * One score for the LMS, 0-100: the mean of the scaled permanence and contact scores and
 * of 100 minus the disruption risk (for which lower is better), rounded to a whole number.
 */
export function lmsScore(scores: Scores): number {
  return Math.round((scores.permanence + scores.contact + (100 - scores.disruption)) / 3);
}

/** The case is complete for the LMS once its debrief is reached. */
export function isComplete(saved: SavedSession): boolean {
  return saved.phase === 'debrief' || saved.phase === 'done';
}

/** The decisions among the log's entries from `from` on (plain navigation is not reported). */
export function interactionsFrom(log: DecisionLog, from: number): DecisionInteraction[] {
  return log.entries.slice(from).flatMap((e) => (e.decision === null ? [] : [{
    id: e.decision, option: e.choice + 1, optionText: e.text, shownAt: e.shownAt, chosenAt: e.chosenAt,
  }]));
}
