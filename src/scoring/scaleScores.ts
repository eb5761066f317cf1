/**
 * Scales totals to 0-100 against the lowest and highest totals any complete path of the
 * scenario can reach (found by exploring the story at build time).
 * Permanence and contact: 100 is the best reachable. Disruption risk: 0 is the lowest
 * reachable risk and 100 the highest, so for disruption lower is better.
 */
import { DIMENSIONS, type Deltas } from '../story/tagContract';
import type { DimensionBounds } from '../story/exploreStory';

export type Scores = Deltas;

export function scaleScore(total: number, min: number, max: number): number {
  if (max === min) return 50;
  const clamped = Math.min(max, Math.max(min, total));
  return Math.round(((clamped - min) / (max - min)) * 100);
}

export function scaleScores(totals: Deltas, bounds: DimensionBounds): Scores {
  const scores = {} as Scores;
  for (const dim of DIMENSIONS) scores[dim] = scaleScore(totals[dim], bounds[dim].min, bounds[dim].max);
  return scores;
}
