/**
 * Decision by decision, as the review's chart draws it: how close each choice came to the best
 * option offered there (0-100: 0 the weakest offered, 100 the best) and where it sat on each
 * dimension (for disruption, the risk taken: 0 the least risky option offered). Each row is one
 * decision judged on its own, as in the debrief, never a running total. Activities are checks,
 * not scored, so they have no row.
 */
import type { Dimension } from '../story/tagContract';
import { judgementScores } from '../scoring/decisionScores';
import type { ReviewDecision } from './reviewModel';

export interface DecisionRow {
  /** The decision's place in the review's timeline. */
  position: number;
  closeness: number | null;
  scores: Record<Dimension, number | null>;
}

export function decisionSeries(decisions: readonly ReviewDecision[]): DecisionRow[] {
  return decisions.filter((d) => d.kind === 'decision').map((d) => ({
    position: d.position,
    closeness: d.closeness === null ? null : Math.round(100 * d.closeness),
    scores: judgementScores(d.judgement),
  }));
}
