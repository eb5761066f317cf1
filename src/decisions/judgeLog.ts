/**
 * A log's decisions judged against the options offered at each, by one walk of its story.
 * Used to carry a version 1 log (scored on running totals) onto the version 2 scale: a saved
 * game resumed after the change, and the debrief or review of an older log, which show both.
 */
import type { StoryRunner } from '../story/StoryRunner';
import { walk } from '../story/walk';
import { activeEntries, activePath } from '../log/activePath';
import { LOG_VERSION, startPartOf, type DecisionLog, type Judgement, type LogScores } from '../log/logSchema';
import { decisionScores } from '../scoring/decisionScores';
import { readOptions } from './choice';
import { kindOf } from './kind';

export interface JudgedLog {
  /** Per entry of the log: its judgement where it is a decision in force, else null. */
  judgements: (Judgement | null)[];
  scores: LogScores;
}

export function judgeLog(log: DecisionLog, runner: StoryRunner): JudgedLog {
  const path = activePath(log);
  const { points } = walk(runner, log.seed, path, startPartOf(log));
  const active = new Set(activeEntries(log));
  const judgements = log.entries.map((entry) => {
    const point = points[entry.step];
    if (!active.has(entry) || !point) return null;
    const kind = kindOf(point.passage.meta);
    if (kind === 'navigation' || kind === 'activity') return null;
    return readOptions(point.choices, kind)[entry.choice]?.judgement ?? null;
  });
  return { judgements, scores: decisionScores(judgements.filter((j): j is Judgement => j !== null)) };
}

/** A version 1 log as version 2 would have written it (the raw effects and choices unchanged). */
export function upgradeLog(log: DecisionLog, runner: StoryRunner): DecisionLog {
  if (log.version !== 1) return log;
  const { judgements, scores } = judgeLog(log, runner);
  return {
    ...log,
    version: LOG_VERSION,
    entries: log.entries.map((e, i) => ({ ...e, judgement: judgements[i] ?? null })),
    scores,
    draws: runner.draws(),
  };
}
