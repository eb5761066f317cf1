/** Plain-text renderings shared by the terminal commands. */
import type { Deltas } from '../story/tagContract';
import type { DecisionLog } from '../log/logSchema';
import { DIMENSION_LABELS, readBand } from '../scoring/bands';
import { DIMENSIONS } from '../story/tagContract';

export function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

export function formatDeltas(d: Deltas): string {
  return `permanence ${signed(d.permanence)}, contact ${signed(d.contact)}, disruption risk ${signed(d.disruption)}`;
}

export function formatScores(log: DecisionLog): string {
  return DIMENSIONS.map((d) => {
    const score = log.scores[d];
    if (score === null) return `  ${DIMENSION_LABELS[d]}: not judged (no decision on this path set its options apart)`;
    return `  ${DIMENSION_LABELS[d]}: ${score}/100 (total ${signed(log.totals[d])}) — ${readBand(d, score).words}`;
  }).join('\n');
}
