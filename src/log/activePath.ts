/** The choices of a log that are in force: every entry not taken back and reconsidered. */
import type { DecisionLog, LogEntry } from './logSchema';

export function activeEntries(log: DecisionLog): LogEntry[] {
  return log.entries.filter((e) => e.reconsideredAt === null);
}

export function activePath(log: DecisionLog): number[] {
  return activeEntries(log).map((e) => e.choice);
}
