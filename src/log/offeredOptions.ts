/**
 * The options offered at each choice point of a log's path in force, read by one walk of
 * its story: what the xAPI statements and the SCORM interactions list, and an activity's
 * right answers. The exporters take this as data, so they stay pure functions of the log.
 */
import type { StoryRunner } from '../story/StoryRunner';
import { walk } from '../story/walk';
import { activePath } from './activePath';
import { startPartOf, type DecisionLog, type LogEntry } from './logSchema';
import { readOptions } from '../decisions/choice';
import { kindOf } from '../decisions/kind';
import { closeness } from '../scoring/decisionScores';

export interface OfferedOption {
  index: number;
  text: string;
  /** At an activity: a right answer. */
  correct: boolean;
  /** At a decision: the option's overall quality judged against the others (0-1); null elsewhere. */
  quality: number | null;
}

/** One choice point of the path: its decision id (null for navigation) and the options in the order shown. */
export interface OfferedPoint {
  decision: string | null;
  options: OfferedOption[];
}

/** Indexed by step. */
export type OfferedOptions = readonly OfferedPoint[];

export function offeredOptions(runner: StoryRunner, log: DecisionLog): OfferedPoint[] {
  return walk(runner, log.seed, activePath(log), startPartOf(log)).points.map((point) => ({
    decision: point.passage.meta.decision,
    options: readOptions(point.choices, kindOf(point.passage.meta)).map((o) => ({ index: o.index, text: o.text, correct: o.correct, quality: o.quality })),
  }));
}

/** How close a decision's choice came to the best option offered (0-1); null where the story is not at hand or nothing was judged. */
export function closenessOf(entry: LogEntry, offered: OfferedOptions | null): number | null {
  const point = offered?.[entry.step];
  if (!point || point.decision !== entry.decision || entry.kind !== 'decision') return null;
  return closeness(point.options[entry.choice]?.quality ?? null, point.options.map((o) => o.quality));
}
