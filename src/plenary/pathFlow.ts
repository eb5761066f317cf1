/**
 * The group's routes through the case as a flow from decision to decision: for every
 * option chosen at a decision, where those participants went next (the next decision they
 * met, or the ending they reached, or the point where they stopped playing). Counted on the
 * current version's play-throughs only, since an older version's routes may differ.
 */
import type { DecisionSplit } from './decisionSplits';
import type { Participant } from './participant';

/** Where agreement turns into a split: the most chosen option's share at or above this is "agreed". */
export const AGREED_PERCENT = 75;

export type Destination =
  | { kind: 'decision'; id: string }
  | { kind: 'ending'; id: string }
  | { kind: 'stopped' };

export interface FlowLink {
  to: Destination;
  count: number;
}

export interface FlowOption {
  text: string;
  count: number;
  percent: number;
  next: FlowLink[];
}

export interface FlowStep {
  decision: string;
  prompt: string | null;
  part: string | null;
  reached: number;
  agreed: boolean;
  options: FlowOption[];
}

export interface PathFlow {
  participants: number;
  steps: FlowStep[];
  /** The first decision each participant met. */
  starts: FlowLink[];
  endings: { id: string; count: number }[];
}

const sameTo = (a: Destination, b: Destination) => a.kind === b.kind && (a.kind === 'stopped' || a.id === (b as { id: string }).id);

function add(links: FlowLink[], to: Destination): void {
  const link = links.find((l) => sameTo(l.to, to));
  if (link) link.count++;
  else links.push({ to, count: 1 });
}

export function pathFlow(splits: readonly DecisionSplit[], participants: readonly Participant[]): PathFlow {
  const current = participants.filter((p) => !p.olderVersion);
  const steps: FlowStep[] = splits.map((s) => {
    const split = s.options.map((o) => ({ text: o.text, count: 0, percent: 0, next: [] as FlowLink[] }));
    return { decision: s.context.id, prompt: s.context.prompt, part: s.context.part, reached: 0, agreed: false, options: split };
  });
  const byId = new Map(steps.map((s) => [s.decision, s]));
  const starts: FlowLink[] = [];
  const endings = new Map<string, number>();
  for (const p of current) {
    const first = p.picks[0];
    add(starts, first ? { kind: 'decision', id: first.decision } : p.ending ? { kind: 'ending', id: p.ending } : { kind: 'stopped' });
    if (p.ending) endings.set(p.ending, (endings.get(p.ending) ?? 0) + 1);
    p.picks.forEach((pick, i) => {
      const step = byId.get(pick.decision);
      const option = step?.options.find((o) => o.text === pick.text);
      if (!step || !option) return;
      const after = p.picks[i + 1];
      step.reached++;
      option.count++;
      add(option.next, after ? { kind: 'decision', id: after.decision } : p.ending ? { kind: 'ending', id: p.ending } : { kind: 'stopped' });
    });
  }
  for (const step of steps) {
    for (const o of step.options) {
      o.percent = step.reached ? Math.round((o.count / step.reached) * 100) : 0;
      o.next.sort((a, b) => b.count - a.count);
    }
    step.agreed = step.options.some((o) => o.percent >= AGREED_PERCENT);
  }
  return {
    participants: current.length,
    steps: steps.filter((s) => s.reached > 0),
    starts: starts.sort((a, b) => b.count - a.count),
    endings: [...endings].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count),
  };
}
