/** The debrief's running totals as 0-100 scores, one row per decision, for the chart and its table. */
import type { Debrief } from '../../engine/debrief';
import type { DimensionBounds } from '../../story/exploreStory';
import { scaleScore } from '../../scoring/scaleScores';
import { DIMENSIONS, type Deltas } from '../../story/tagContract';

export interface ScoreRow {
  decision: number;
  scores: Deltas;
}

export function scoreSeries(debrief: Debrief, bounds: DimensionBounds): ScoreRow[] {
  return debrief.decisions.map((d, i) => {
    const scores = {} as Deltas;
    for (const dim of DIMENSIONS) scores[dim] = scaleScore(d.totalsAfter[dim], bounds[dim].min, bounds[dim].max);
    return { decision: i + 1, scores };
  });
}
