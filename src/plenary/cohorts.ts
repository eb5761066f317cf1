/**
 * The cohorts in a group: the name each log carries from the link its participant followed
 * (`cohort=<name>`). Replay codes and logs made without such a link carry none. A trainer who
 * loads the logs of several groups can look at one at a time.
 */
import type { Participant } from './participant';

export interface CohortCount {
  /** The cohort's name, or null for the participants whose logs name none. */
  name: string | null;
  count: number;
}

/** The cohorts among the participants, most first, those with no cohort last. */
export function cohortsOf(participants: readonly Participant[]): CohortCount[] {
  const counts = new Map<string | null, number>();
  for (const p of participants) counts.set(p.cohort, (counts.get(p.cohort) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count }))
    .sort((a, b) => Number(a.name === null) - Number(b.name === null) || b.count - a.count || (a.name ?? '').localeCompare(b.name ?? ''));
}

/** The participants of one cohort (null: those with none); `undefined` keeps everyone. */
export function inCohort(participants: readonly Participant[], cohort: string | null | undefined): Participant[] {
  return cohort === undefined ? [...participants] : participants.filter((p) => p.cohort === cohort);
}
