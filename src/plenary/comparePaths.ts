/**
 * Two participants side by side: each decision in story order with what each chose,
 * where their routes first parted, and what followed for each of them.
 */
import type { DecisionContext } from './decisionCatalogue';
import type { DecisionPick, Participant } from './participant';
import type { LogScores } from '../log/logSchema';

export interface CompareRow {
  decision: DecisionContext;
  a: DecisionPick | null;
  b: DecisionPick | null;
  /** Both chose here and chose the same option. */
  same: boolean;
}

export interface Comparison {
  rows: CompareRow[];
  /** How many decisions in a row they met and answered alike, from the start. */
  agreedFirst: number;
  /** The first decision at which they parted (chose differently, or met different decisions); null if they never did. */
  parted: { a: DecisionPick | null; b: DecisionPick | null } | null;
  /** Each one's decisions after the parting. */
  followed: { a: DecisionPick[]; b: DecisionPick[] };
  endings: { a: string | null; b: string | null };
  scores: { a: LogScores | null; b: LogScores | null };
}

export function comparePaths(order: readonly DecisionContext[], a: Participant, b: Participant): Comparison {
  const rows = order
    .map((decision) => {
      const pa = a.picks.find((p) => p.decision === decision.id) ?? null;
      const pb = b.picks.find((p) => p.decision === decision.id) ?? null;
      return { decision, a: pa, b: pb, same: pa !== null && pb !== null && pa.text === pb.text };
    })
    .filter((r) => r.a !== null || r.b !== null);
  let i = 0;
  while (i < a.picks.length && i < b.picks.length && a.picks[i]!.decision === b.picks[i]!.decision && a.picks[i]!.text === b.picks[i]!.text) i++;
  const neverParted = i === a.picks.length && i === b.picks.length;
  return {
    rows,
    agreedFirst: i,
    parted: neverParted ? null : { a: a.picks[i] ?? null, b: b.picks[i] ?? null },
    followed: neverParted ? { a: [], b: [] } : { a: a.picks.slice(i + 1), b: b.picks.slice(i + 1) },
    endings: { a: a.ending, b: b.ending },
    scores: { a: a.scores, b: b.scores },
  };
}
