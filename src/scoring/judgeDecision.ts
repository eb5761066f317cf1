/**
 * Judge the decision, not the formula: each option is placed against the options offered at
 * that moment, on each dimension from the worst offered (0) to the best offered (1). For
 * disruption risk the least risky option is the best. A dimension on which every option
 * offered is equal tells nothing about this decision and is left out (null).
 */
import { DIMENSIONS, type Deltas, type Dimension } from '../story/tagContract';

export type Judgement = Record<Dimension, number | null>;

export interface JudgedOption {
  judgement: Judgement;
  /** The mean of the dimensions judged (0-1), or null when the options are equal on all three. */
  quality: number | null;
  /** The option's quality is the highest offered (tied options are all best). */
  best: boolean;
}

const EPSILON = 1e-9;

export function judgeOptions(options: readonly Deltas[]): JudgedOption[] {
  const judgements = options.map(() => ({}) as Judgement);
  for (const dim of DIMENSIONS) {
    const values = options.map((o) => o[dim]);
    const min = Math.min(...values);
    const max = Math.max(...values);
    options.forEach((o, i) => {
      if (max === min) judgements[i]![dim] = null;
      else judgements[i]![dim] = dim === 'disruption' ? (max - o[dim]) / (max - min) : (o[dim] - min) / (max - min);
    });
  }
  const qualities = judgements.map(qualityOf);
  const top = Math.max(...qualities.map((q) => q ?? -1));
  return judgements.map((judgement, i) => ({
    judgement,
    quality: qualities[i]!,
    best: qualities[i] === null || qualities[i]! >= top - EPSILON,
  }));
}

export function qualityOf(judgement: Judgement): number | null {
  const judged = DIMENSIONS.map((d) => judgement[d]).filter((v): v is number => v !== null);
  return judged.length === 0 ? null : judged.reduce((a, b) => a + b, 0) / judged.length;
}
