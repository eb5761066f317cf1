/**
 * How the group split at each decision: for every option, how many chose it, out of the
 * participants who reached the decision. Options are counted by their text (the same
 * option can sit in another place when the options depend on earlier choices).
 * A participant who met a decision twice is counted once, by their first choice there.
 */
import type { DecisionContext } from './decisionCatalogue';
import type { Participant } from './participant';
import type { OptionInfo } from './replayPath';

export interface OptionSplit {
  text: string;
  count: number;
  /** Whole per cent of those who reached the decision. */
  percent: number;
  /** The story's rationale and effect; null only if the story no longer offers it. */
  info: OptionInfo | null;
}

export interface DecisionSplit {
  context: DecisionContext;
  reached: number;
  /** Of those who reached it, how many came from older-version logs. */
  fromOlderVersions: number;
  options: OptionSplit[];
  /** The option most chosen (the first in story order on a tie); null if nobody chose. */
  top: OptionSplit | null;
  /** At an activity (a check): how many of those who reached it got it right; null at a decision. */
  right: number | null;
}

export const percentOf = (count: number, total: number): number => (total === 0 ? 0 : Math.round((count / total) * 100));

export function splitAt(context: DecisionContext, participants: readonly Participant[]): DecisionSplit {
  const counts = new Map<string, number>();
  let reached = 0;
  let fromOlderVersions = 0;
  let right = 0;
  for (const p of participants) {
    const pick = p.picks.find((k) => k.decision === context.id);
    if (!pick) continue;
    reached++;
    if (pick.correct === true) right++;
    if (p.olderVersion) fromOlderVersions++;
    counts.set(pick.text, (counts.get(pick.text) ?? 0) + 1);
  }
  const options: OptionSplit[] = context.options.map((info) => ({ text: info.text, count: counts.get(info.text) ?? 0, percent: 0, info }));
  for (const [text, count] of counts) if (!options.some((o) => o.text === text)) options.push({ text, count, percent: 0, info: null });
  for (const o of options) o.percent = percentOf(o.count, reached);
  const top = options.reduce<OptionSplit | null>((best, o) => (o.count > 0 && (!best || o.count > best.count) ? o : best), null);
  return { context, reached, fromOlderVersions, options, top, right: context.kind === 'activity' ? right : null };
}

export function decisionSplits(order: readonly DecisionContext[], participants: readonly Participant[]): DecisionSplit[] {
  return order.map((context) => splitAt(context, participants));
}
