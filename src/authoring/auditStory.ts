/**
 * `permanence audit`: does a story teach judgement or a formula? (issue 12, item 9.)
 * Figures from every decision variant exploration found, from 1,000 random players and five
 * formula players (seeds 1 to 1,000), and from best play over seeds 1 to 30, with the goals
 * every shipped case must meet. The players walk the explorer's state graph
 * (exploreStory(json, { graph: true })), not inkjs: the same plays, in milliseconds.
 */
import type { DecisionPoint } from '../story/exploreStory';
import type { StoryGraph } from '../story/storyGraph';
import type { EndingInfo } from '../story/walk';
import { decisionFigures, type DecisionFigures } from './decisionFigures';
import { PLAYERS, type PlayerName } from './auditPlayers';
import { playGraph } from './playForAudit';

export const RANDOM_PLAYERS = 1_000;
export const BEST_PLAY_SEEDS = 30;
export const FORMULA_PLAYERS = ['longest', 'first', 'last', 'longest-with', 'random-with'] as const satisfies readonly PlayerName[];
type FormulaName = (typeof FORMULA_PLAYERS)[number];

export interface FormulaFigure {
  /** Mean overall score over the seeds. */
  score: number;
  /** Its percentile rank among the random players: the share scoring below it, half the ties counted. */
  percentile: number;
}

export interface BestEnding extends EndingInfo {
  /** Of the best-play seeds, how many reached it. */
  seeds: number;
}

export interface Goal {
  id: 'best-longest' | 'stance-unique' | 'length-ratio' | 'surface-cues' | 'stance-players' | 'best-play-endings';
  goal: string;
  met: boolean;
}

export interface AuditReport extends DecisionFigures {
  scenario: string;
  /** bestIsLongest and stanceUnique as shares (0-1) of the decisions judged. */
  bestIsLongestShare: number | null;
  stanceUniqueShare: number | null;
  random: { players: number; mean: number | null; percentiles: Record<'p10' | 'p25' | 'p50' | 'p75' | 'p90', number | null> };
  formula: Record<FormulaName, FormulaFigure | null>;
  bestPlay: { seeds: number; endings: BestEnding[]; differInPermanence: boolean };
  goals: Goal[];
}

const mean = (xs: readonly number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
const round = (x: number, places = 2) => Math.round(x * 10 ** places) / 10 ** places;

/** Nearest-rank percentile of a sorted list. */
function percentileOf(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function percentileRank(sorted: readonly number[], score: number): number {
  const below = sorted.filter((s) => s < score).length;
  const equal = sorted.filter((s) => s === score).length;
  return (100 * (below + equal / 2)) / Math.max(1, sorted.length);
}

/** What the child has at an ending: two endings differ only if this differs. */
const permanenceOf = (e: EndingInfo) => JSON.stringify([e.legal, e.relational, e.cultural, e.timescale]);

export interface AuditOptions {
  randomPlayers?: number;
  bestPlaySeeds?: number;
}

/** What the audit reads from exploration: the decision variants and the state graph. */
export interface AuditInput {
  decisionPoints: readonly DecisionPoint[];
  graph?: StoryGraph;
}

export function auditStory(scenario: string, explored: AuditInput, options: AuditOptions = {}): AuditReport {
  const players = options.randomPlayers ?? RANDOM_PLAYERS;
  const bestSeeds = options.bestPlaySeeds ?? BEST_PLAY_SEEDS;
  const { graph } = explored;
  if (!graph) throw new Error('the audit walks the state graph: explore with { graph: true }');
  const figures = decisionFigures(explored.decisionPoints);
  const judged = figures.decisions - figures.unjudged;
  const seeds = Array.from({ length: players }, (_, i) => i + 1);
  const play = (name: PlayerName, seed: number) => playGraph(graph, seed, PLAYERS[name]);
  const scoresOf = (name: PlayerName) => seeds.map((seed) => play(name, seed).score).filter((s): s is number => s !== null);

  const random = scoresOf('random').sort((a, b) => a - b);
  const formula = {} as Record<FormulaName, FormulaFigure | null>;
  for (const name of FORMULA_PLAYERS) {
    const score = mean(scoresOf(name));
    formula[name] = score === null ? null : { score: round(score), percentile: round(percentileRank(random, score), 1) };
  }

  const endings = new Map<string, BestEnding>();
  for (let seed = 1; seed <= bestSeeds; seed++) {
    const { ending } = play('best', seed);
    if (!ending) continue;
    const known = endings.get(ending.id);
    if (known) known.seeds++;
    else endings.set(ending.id, { ...ending, seeds: 1 });
  }
  const bestEndings = [...endings.values()];
  const differInPermanence = new Set(bestEndings.map(permanenceOf)).size >= 2;

  const bestIsLongestShare = judged === 0 ? null : figures.bestIsLongest / judged;
  const stanceUniqueShare = judged === 0 ? null : figures.stanceUnique / judged;
  const below = (name: FormulaName, p: number) => formula[name] === null || formula[name].percentile < p;
  const goals: Goal[] = [
    { id: 'best-longest', goal: 'the best option is the longest at 35% of decisions or fewer', met: bestIsLongestShare !== null && bestIsLongestShare <= 0.35 },
    { id: 'stance-unique', goal: "the best option's stance is carried by no other option at 50% or fewer", met: stanceUniqueShare !== null && stanceUniqueShare <= 0.5 },
    { id: 'length-ratio', goal: 'the median length ratio (longest to shortest option) is 1.4 or less', met: figures.medianLengthRatio !== null && figures.medianLengthRatio <= 1.4 },
    { id: 'surface-cues', goal: 'always the longest, the first or the last option stays below the 75th percentile of random players', met: below('longest', 75) && below('first', 75) && below('last', 75) },
    { id: 'stance-players', goal: 'the longest or a random `with` option stays below the 90th percentile', met: below('longest-with', 90) && below('random-with', 90) },
    { id: 'best-play-endings', goal: `best play reaches at least two endings that differ in permanence or timescale (seeds 1 to ${bestSeeds})`, met: differInPermanence },
  ];

  return {
    scenario,
    ...figures,
    medianLengthRatio: figures.medianLengthRatio === null ? null : round(figures.medianLengthRatio),
    bestIsLongestShare: bestIsLongestShare === null ? null : round(bestIsLongestShare, 3),
    stanceUniqueShare: stanceUniqueShare === null ? null : round(stanceUniqueShare, 3),
    random: {
      players: random.length,
      mean: random.length === 0 ? null : round(mean(random)!),
      percentiles: {
        p10: percentileOf(random, 10), p25: percentileOf(random, 25), p50: percentileOf(random, 50),
        p75: percentileOf(random, 75), p90: percentileOf(random, 90),
      },
    },
    formula,
    bestPlay: { seeds: bestSeeds, endings: bestEndings, differInPermanence },
    goals,
  };
}
