/**
 * The formula check at authoring time: a decision whose best option is much longer than every
 * other teaches players to pick the longest. Warned, not failed: length is a cue to look at,
 * and some best options honestly need more words.
 */
import type { DecisionPoint } from './exploreStory';
import type { StoryProblem } from './checkPassage';
import { judgeOptions } from '../scoring/judgeDecision';
import { zeroDeltas } from '../scoring/totals';

export const LENGTH_RATIO_WARNING = 1.5;

export function lengthWarnings(points: readonly DecisionPoint[]): StoryProblem[] {
  const warnings: StoryProblem[] = [];
  const warned = new Set<string>();
  for (const point of points) {
    if (point.activity || point.options.length < 2 || warned.has(point.id)) continue;
    const judged = judgeOptions(point.options.map((o) => o.deltas ?? zeroDeltas()));
    // Options all equal on every dimension have no best to give away.
    if (judged.every((j) => j.quality === null)) continue;
    const best = judged.findIndex((j) => j.best);
    const length = point.options[best]!.text.length;
    const next = Math.max(...point.options.filter((_, i) => i !== best).map((o) => o.text.length));
    if (length > LENGTH_RATIO_WARNING * next) {
      warned.add(point.id);
      warnings.push({
        where: `decision ${point.id}`,
        message: `the best option ("${point.options[best]!.text}") is ${(length / next).toFixed(1)} times as long as the next longest: players learn to pick the longest. Shorten it, or give the others the same substance`,
      });
    }
  }
  return warnings;
}
