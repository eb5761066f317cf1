/**
 * Which tab saves a case. Each play session claims its case with an id and the time it
 * opened it, written into every save. When two tabs play the same case, the one that
 * opened it last saves it; the other is told, stops writing over it, and keeps its own
 * game aside, so neither tab's decisions are overwritten.
 */
import * as v from 'valibot';

export const TabClaimSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]{1,32}$/)),
  since: v.pipe(v.string(), v.maxLength(40), v.isoTimestamp()),
});

export type TabClaim = v.InferOutput<typeof TabClaimSchema>;

export function newTabClaim(now: Date, random: () => number = Math.random): TabClaim {
  const id = Array.from({ length: 12 }, () => Math.floor(random() * 36).toString(36)).join('');
  return { id, since: now.toISOString() };
}

/** True when `a` opened the case after `b` (ties broken by id, so two tabs always agree). */
export function isNewer(a: TabClaim, b: TabClaim): boolean {
  return a.since === b.since ? a.id > b.id : a.since > b.since;
}

/** The claim written in a saved session's text, or null (no claim, not JSON, or not a claim). */
export function claimInText(text: string | null): TabClaim | null {
  if (text === null) return null;
  try {
    const data: unknown = JSON.parse(text);
    const tab = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>).tab : undefined;
    return v.is(TabClaimSchema, tab) ? { id: tab.id, since: tab.since } : null;
  } catch {
    return null;
  }
}

/** Whether a claim found in storage means this tab has been overtaken by another. */
export function overtakenBy(mine: TabClaim, stored: TabClaim | null): TabClaim | null {
  return stored && stored.id !== mine.id && isNewer(stored, mine) ? stored : null;
}
