/**
 * Comparing a participant's ranking with the expert panel's (scenario-based decision
 * training): Spearman's footrule, the sum over options of how far apart the two
 * places are. 0 means the same order.
 */
import type { ChoiceView } from '../story/StoryRunner';

/** The options' indices in the panel's order (by `# expert: N`, 1 first). */
export function expertOrder(choices: readonly ChoiceView[]): number[] {
  return [...choices]
    .sort((a, b) => (a.meta.expert ?? Number.MAX_SAFE_INTEGER) - (b.meta.expert ?? Number.MAX_SAFE_INTEGER))
    .map((c) => c.index);
}

export function footrule(order: readonly number[], reference: readonly number[]): number {
  return order.reduce((sum, option, place) => sum + Math.abs(place - reference.indexOf(option)), 0);
}

/** True when `order` names every one of `count` options exactly once. */
export function isFullOrdering(order: readonly number[], count: number): boolean {
  return order.length === count && new Set(order).size === count && order.every((i) => Number.isInteger(i) && i >= 0 && i < count);
}
