/**
 * The players the audit sets against a story: a random player, five who follow a formula, and
 * best play. Each picks an option from the choice point alone, as a participant would see it.
 * At navigation and activities the formula still applies where it can (an activity's right
 * answer counts for nothing in the scores); a `with` player with no `with` option on offer
 * falls back to its formula over all options.
 * A choice point is read from the story runner or from the explorer's state graph
 * (story/storyGraph.ts: ChoicePointView), so the players pick alike on both.
 */
import type { ChoicePointView } from '../story/storyGraph';
import { judgeOptions, type JudgedOption } from '../scoring/judgeDecision';
import { zeroDeltas } from '../scoring/totals';

export type PlayerName = 'random' | 'longest' | 'first' | 'last' | 'longest-with' | 'random-with' | 'best';

/** Picks an option index at a choice point; `random` is the play's own seeded generator. */
export type Player = (point: ChoicePointView, random: () => number) => number;

const judged = new WeakMap<ChoicePointView, JudgedOption[]>();

/**
 * The options of a decision judged against one another (as decisions/choice.ts readOptions
 * judges them for the log), kept per choice point: a graph node is judged once.
 */
export function judgedOptions(point: ChoicePointView): JudgedOption[] {
  let options = judged.get(point);
  if (!options) {
    options = judgeOptions(point.choices.map((c) => c.deltas ?? zeroDeltas()));
    judged.set(point, options);
  }
  return options;
}

const longestOf = (p: ChoicePointView, among: readonly number[]): number =>
  among.reduce((best, i) => (p.choices[i]!.text.length > p.choices[best]!.text.length ? i : best), among[0]!);

const all = (p: ChoicePointView) => p.choices.map((_, i) => i);
const withOptions = (p: ChoicePointView) => all(p).filter((i) => p.choices[i]!.stance === 'with');
const anyOf = (among: readonly number[], random: () => number) => among[Math.floor(random() * among.length)]!;

export const PLAYERS: Record<PlayerName, Player> = {
  random: (p, random) => anyOf(all(p), random),
  longest: (p) => longestOf(p, all(p)),
  first: () => 0,
  last: (p) => p.choices.length - 1,
  'longest-with': (p) => longestOf(p, withOptions(p).length > 0 ? withOptions(p) : all(p)),
  'random-with': (p, random) => anyOf(withOptions(p).length > 0 ? withOptions(p) : all(p), random),
  // Always an option judged best, the first on ties; at an activity the first right answer;
  // at navigation the first option.
  best: (p) => {
    if (p.kind === 'navigation') return 0;
    if (p.kind === 'activity') return Math.max(0, p.choices.findIndex((c) => c.correct));
    return Math.max(0, judgedOptions(p).findIndex((o) => o.best));
  },
};
