/**
 * The address of a case being played: `#play/<case>`, or `#play/<case>?seed=<n>` for a link a
 * trainer shares so that the whole room meets the same hidden facts (and rankings open in the
 * same order). A seed out of range makes the address not a case's, rather than a silent change.
 */
export interface PlayAddress {
  caseId: string;
  seed: number | null;
}

const MAX_SEED = 2 ** 31 - 1;

export function parsePlayAddress(hash: string): PlayAddress | null {
  const m = /^#play\/([a-z0-9-]+)(?:\?seed=(\d{1,10}))?$/.exec(hash);
  if (!m) return null;
  const seed = m[2] === undefined ? null : Number(m[2]);
  if (seed !== null && seed > MAX_SEED) return null;
  return { caseId: m[1]!, seed };
}

export function playAddress(caseId: string, seed: number | null = null): string {
  return seed === null ? `#play/${caseId}` : `#play/${caseId}?seed=${seed}`;
}
