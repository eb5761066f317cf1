/**
 * Each dimension's scores (0-100) across the group, with every participant a mark.
 * Older-version logs are left out: their scores were scaled on another version.
 */
import { DIMENSIONS, type Dimension } from '../story/tagContract';
import type { Participant } from './participant';

export interface ScoreMark {
  participant: Participant;
  score: number;
}

export interface DimensionDistribution {
  dimension: Dimension;
  marks: ScoreMark[];
  min: number | null;
  median: number | null;
  max: number | null;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function scoreDistributions(participants: readonly Participant[]): DimensionDistribution[] {
  const scored = participants.filter((p) => p.scores !== null);
  return DIMENSIONS.map((dimension) => {
    const marks = scored.flatMap((participant) => {
      const score = participant.scores![dimension];
      return score === null ? [] : [{ participant, score }];
    });
    const values = marks.map((m) => m.score);
    return {
      dimension,
      marks: marks.sort((a, b) => a.score - b.score),
      min: values.length ? Math.min(...values) : null,
      median: median(values),
      max: values.length ? Math.max(...values) : null,
    };
  });
}
