/**
 * Ranking decisions (the expert-panel method): the participant puts every option in order and
 * gives reasons; the first is played; the debrief sets the order beside the panel's.
 * The form opens in an order drawn from the seed that is never the panel's own, so confirming
 * the opening order cannot match the panel by accident; a ranking confirmed unchanged is recorded.
 */
import type { ChoiceView } from '../story/StoryRunner';
import { seededWord } from '../story/seededDraw';
import { seededRandom } from '../story/seededRandom';
import { expertOrder, footrule, isFullOrdering } from '../scoring/rankDistance';
import type { Ranking } from '../log/logSchema';
import type { Refusal } from './kind';

/** The order the ranking form opens in: a seeded shuffle, never the panel's order. */
export function startOrder(seed: number, decision: string, choices: readonly ChoiceView[]): number[] {
  const order = choices.map((c) => c.index);
  const random = seededRandom(seededWord(seed, `rank:${decision}`));
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const panel = expertOrder(choices);
  // One step of rotation turns the panel's order into another; with one option there is no other.
  return order.length > 1 && order.join() === panel.join() ? [...order.slice(1), order[0]!] : order;
}

export function rankingFor(order: readonly number[], choices: readonly ChoiceView[], start: readonly number[]): Ranking {
  const panel = expertOrder(choices);
  return {
    order: [...order], expertOrder: panel, distance: footrule(order, panel),
    startOrder: [...start], unchanged: order.join() === start.join(),
  };
}

/** What a ranking must be at this point of the story (the machine and the verifier share it). */
export function refuseRanking(ranking: Ranking | null, played: number, choices: readonly ChoiceView[], start: readonly number[]): Refusal | null {
  if (!ranking) return { code: 'ranking-missing' };
  if (!isFullOrdering(ranking.order, choices.length) || ranking.order[0] !== played) return { code: 'ranking-incomplete' };
  const panel = expertOrder(choices);
  if (ranking.expertOrder.join() !== panel.join() || ranking.distance !== footrule(ranking.order, panel)) return { code: 'ranking-panel-mismatch' };
  // null: a log from a release whose rankings opened in the panel's order and did not record it.
  if (ranking.startOrder !== null && (ranking.startOrder.join() !== start.join() || ranking.unchanged !== (ranking.order.join() === start.join()))) {
    return { code: 'ranking-start-mismatch' };
  }
  return null;
}
