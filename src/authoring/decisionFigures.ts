/**
 * The formula check on the decisions themselves: does the best option give itself away by its
 * length or by its stance? Read from every decision variant exploration found (a decision id
 * met with other options or other effects counts once per variant, as a player meets it).
 *
 * "The best option" is the first option judged best (scoring/judgeDecision: highest mean of
 * the three 0-1 judgements). It is "the longest" when no other option's text is longer (a tie
 * for longest counts: a player picking the longest could land on it). Its stance is "unique"
 * when no other option carries that stance. Decisions whose options are equal on every
 * dimension have no best and are left out of the shares (counted as `unjudged`).
 */
import type { DecisionPoint } from '../story/exploreStory';
import { judgeOptions } from '../scoring/judgeDecision';
import { zeroDeltas } from '../scoring/totals';

export interface DecisionFigures {
  /** Decision variants met on some path (activities not counted). */
  decisions: number;
  /** Of those, how many have no best option (every option equal on all three dimensions). */
  unjudged: number;
  bestIsLongest: number;
  stanceUnique: number;
  /** Median over decisions of the longest option's length over the shortest's (characters). */
  medianLengthRatio: number | null;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function decisionFigures(points: readonly DecisionPoint[]): DecisionFigures {
  const decisions = points.filter((p) => !p.activity && p.options.length > 0);
  let unjudged = 0;
  let bestIsLongest = 0;
  let stanceUnique = 0;
  const ratios: number[] = [];
  for (const point of decisions) {
    const lengths = point.options.map((o) => o.text.length);
    ratios.push(Math.max(...lengths) / Math.max(1, Math.min(...lengths)));
    const judged = judgeOptions(point.options.map((o) => o.deltas ?? zeroDeltas()));
    if (judged.every((j) => j.quality === null)) { unjudged++; continue; }
    const best = judged.findIndex((j) => j.best);
    if (lengths.every((l, i) => i === best || l <= lengths[best]!)) bestIsLongest++;
    const stance = point.options[best]!.stance;
    if (point.options.every((o, i) => i === best || o.stance !== stance)) stanceUnique++;
  }
  return { decisions: decisions.length, unjudged, bestIsLongest, stanceUnique, medianLengthRatio: median(ratios) };
}
