/** What the LMS is told about a play-through: pure functions of the saved session. */
import type { SavedSession } from '../engine/playMachine';
import type { DecisionLog } from '../log/logSchema';
import { overallScore } from '../scoring/overallScore';
import type { DecisionInteraction } from './lmsAdapter';
import { logInteractions } from '../log/logInteractions';
import type { OfferedOptions } from '../log/offeredOptions';

/** One score for the LMS, 0-100 (see scoring/overallScore.ts); 0 when no decision was judged. */
export function lmsScore(scores: DecisionLog['scores']): number {
  return overallScore(scores) ?? 0;
}

/** The case is complete for the LMS once its debrief is reached. */
export function isComplete(saved: SavedSession): boolean {
  return saved.phase === 'debrief' || saved.phase === 'done';
}

/** The decisions and activities among the log's entries from `from` on (plain navigation is not reported). */
export function interactionsFrom(log: DecisionLog, from: number, offered: OfferedOptions | null = null): DecisionInteraction[] {
  return logInteractions(log, offered, from);
}
