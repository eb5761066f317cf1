/**
 * Decision by decision, how close each choice came to the strongest option offered there
 * (0-100: 0 the weakest option offered, 100 the strongest), and where it sat on each dimension
 * (for disruption, the risk taken: 0 is the least risky option offered). Not a running total:
 * each row is one decision, judged on its own; null where the options offered were all equal.
 */
import type { Debrief } from '../../engine/debrief';
import type { Dimension } from '../../story/tagContract';
import { judgementScores } from '../../scoring/decisionScores';

export interface ScoreRow {
  decision: number;
  closeness: number | null;
  scores: Record<Dimension, number | null>;
}

export function scoreSeries(debrief: Debrief): ScoreRow[] {
  return debrief.decisions.map((d, i) => ({
    decision: i + 1,
    closeness: d.closeness === null ? null : Math.round(100 * d.closeness),
    scores: judgementScores(d.chosen.judgement),
  }));
}
