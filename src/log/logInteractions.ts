/**
 * A log's decisions and activities as interactions, the shape xAPI and SCORM share: a
 * ranking is a sequencing interaction (the response is the participant's order); any other
 * decision or activity is a choice. An activity has right answers and a success; a decision
 * has no correct response (its options are judged against each other, not marked).
 */
import type { DecisionLog, LogEntry } from './logSchema';
import type { OfferedOption, OfferedOptions } from './offeredOptions';

export type InteractionType = 'choice' | 'sequencing';

export interface LogInteraction {
  /** The entry's index in the log. */
  entry: number;
  /** The story's stable decision (or activity) id. */
  id: string;
  kind: 'decision' | 'activity';
  type: InteractionType;
  /** The options offered, in the order shown; null when the story was not at hand. */
  options: OfferedOption[] | null;
  /** The answer as option indices: the one chosen, or the ranking's order (the first was played). */
  response: number[];
  /** An activity's right answers (option indices, any one of them right); null for a decision, or when the story was not at hand. */
  correct: number[] | null;
  /** An activity answered right or not; null for a decision. */
  success: boolean | null;
  /** The chosen option's words, as the log records them. */
  text: string;
  shownAt: string;
  chosenAt: string;
}

export function interactionOf(entry: LogEntry, at: number, offered: OfferedOptions | null): LogInteraction | null {
  // A reflection is written text and one plain choice: no interaction to report.
  if (entry.decision === null || entry.kind === 'navigation' || entry.kind === 'reflection') return null;
  const point = offered?.[entry.step];
  // Only the same decision at the same step: a choice taken back may have been on another road.
  const options = point && point.decision === entry.decision ? point.options : null;
  const activity = entry.kind === 'activity';
  const correct = activity && options ? options.filter((o) => o.correct).map((o) => o.index) : null;
  return {
    entry: at,
    id: entry.decision,
    kind: activity ? 'activity' : 'decision',
    type: entry.ranking ? 'sequencing' : 'choice',
    options,
    response: entry.ranking ? [...entry.ranking.order] : [entry.choice],
    correct,
    success: activity ? entry.correct ?? correct?.includes(entry.choice) ?? null : null,
    text: entry.text,
    shownAt: entry.shownAt,
    chosenAt: entry.chosenAt,
  };
}

/** The interactions among the log's entries from `from` on, in the order they were made. */
export function logInteractions(log: DecisionLog, offered: OfferedOptions | null, from = 0): LogInteraction[] {
  return log.entries.slice(from).flatMap((e, i) => interactionOf(e, from + i, offered) ?? []);
}
