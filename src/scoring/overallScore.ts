/**
 * The one score an LMS or an LRS takes, 0-100: the mean of permanence, contact and
 * (100 - disruption risk), over the dimensions that have a score; null when none has.
 */
import type { Dimension } from '../story/tagContract';

export function overallScore(scores: Record<Dimension, number | null>): number | null {
  const parts = [scores.permanence, scores.contact, scores.disruption === null ? null : 100 - scores.disruption].filter((s): s is number => s !== null);
  return parts.length === 0 ? null : Math.round(parts.reduce((a, b) => a + b, 0) / parts.length);
}
