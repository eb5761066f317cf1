/**
 * The address of a case being played: `#play/<case>`, with `?seed=<n>` for a link a trainer
 * shares so that the whole room meets the same hidden facts (and rankings open in the same
 * order), and `cohort=<name>` so that every log made from the link carries the group's name.
 * A seed out of range, a cohort that is empty, too long or holds hidden characters, or anything
 * else in the query makes the address not a case's, rather than a silent change.
 * A cohort can also come on the page's own address (`?cohort=<name>` before the `#`), so a link
 * to the case list names the group for every case started from it.
 */
import { TEXT_LIMITS } from '../log/textLimits';
import { hasHiddenCharacters } from '../log/visibleName';

export interface PlayAddress {
  caseId: string;
  /** `#play/<case>/part/<N>`: start at part N from its shared starting point (1: the beginning). */
  startPart: number;
  seed: number | null;
  cohort: string | null;
}

const MAX_SEED = 2 ** 31 - 1;

/** A cohort name from a link, or undefined when it cannot be one. */
function cohortOf(raw: string): string | undefined {
  const name = raw.trim();
  return name.length > 0 && name.length <= TEXT_LIMITS.cohort && !hasHiddenCharacters(name) ? name : undefined;
}

export function parsePlayAddress(hash: string): PlayAddress | null {
  const m = /^#play\/([a-z0-9-]+)(?:\/part\/([1-9]\d?))?(?:\?(.*))?$/s.exec(hash);
  if (!m) return null;
  const startPart = m[2] === undefined ? 1 : Number(m[2]);
  let seed: number | null = null;
  let cohort: string | null = null;
  for (const [key, value] of new URLSearchParams(m[3] ?? '')) {
    if (key === 'seed' && seed === null && /^\d{1,10}$/.test(value) && Number(value) <= MAX_SEED) seed = Number(value);
    else if (key === 'cohort' && cohort === null && cohortOf(value) !== undefined) cohort = cohortOf(value)!;
    else return null;
  }
  return { caseId: m[1]!, startPart, seed, cohort };
}

/** The cohort on the page's own address (`location.search`), or null. */
export function cohortInSearch(search: string): string | null {
  const raw = new URLSearchParams(search).get('cohort');
  return raw === null ? null : cohortOf(raw) ?? null;
}

export function playAddress(caseId: string, seed: number | null = null, cohort: string | null = null, startPart = 1): string {
  const query = new URLSearchParams();
  if (seed !== null) query.set('seed', String(seed));
  if (cohort !== null) query.set('cohort', cohort);
  const text = query.toString();
  const path = startPart > 1 ? `#play/${caseId}/part/${startPart}` : `#play/${caseId}`;
  return text ? `${path}?${text}` : path;
}
