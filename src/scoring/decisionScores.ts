/**
 * A dimension's 0-100 score is the mean, over the decisions played, of how close each choice
 * came to the best option offered there on that dimension; decisions where every option was
 * equal on it are left out. Short and long cases, and two paths, share one scale.
 * Disruption is worded as a risk (lower is better): its score is 100 minus the mean.
 */
import { DIMENSIONS, type Dimension } from '../story/tagContract';
import type { Judgement } from './judgeDecision';

export type DecisionScores = Record<Dimension, number | null>;

/** A judgement (0-1, best 1) as a 0-100 score; disruption worded as a risk, lower being better. */
function asScore(dim: Dimension, value: number): number {
  return Math.round(100 * (dim === 'disruption' ? 1 - value : value));
}

/** One decision's judgement on the 0-100 scale of the scores, for the charts' rows. */
export function judgementScores(judgement: Judgement | null): DecisionScores {
  const scores = {} as DecisionScores;
  for (const dim of DIMENSIONS) {
    const value = judgement?.[dim] ?? null;
    scores[dim] = value === null ? null : asScore(dim, value);
  }
  return scores;
}

export function decisionScores(judged: readonly Judgement[]): DecisionScores {
  const scores = {} as DecisionScores;
  for (const dim of DIMENSIONS) {
    const values = judged.map((j) => j[dim]).filter((v): v is number => v !== null);
    if (values.length === 0) { scores[dim] = null; continue; }
    scores[dim] = asScore(dim, values.reduce((a, b) => a + b, 0) / values.length);
  }
  return scores;
}

/**
 * One figure per decision for the chart: where the choice's overall quality sits between the
 * weakest option offered (0) and the best (1); null when the options were all equal.
 */
export function closeness(chosen: number | null, offered: readonly (number | null)[]): number | null {
  const qualities = offered.filter((q): q is number => q !== null);
  if (chosen === null || qualities.length === 0) return null;
  const min = Math.min(...qualities);
  const max = Math.max(...qualities);
  return max === min ? 1 : (chosen - min) / (max - min);
}
