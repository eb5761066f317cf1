/**
 * Finds replay codes in pasted text: one per line, or mixed with chat around them
 * ("Mine is bradley.3f9a1c.1k2j4.0u4a5k2m9.x7q2, sorry it's late"). Anything shaped like
 * a code (five dot-separated parts, the second six characters long) is decoded; one that
 * does not check out is reported as probably mistyped rather than silently dropped.
 */
import { decodeReplayCode, type ReplayCode } from '../log/replayCode';

export type FoundCode =
  | { ok: true; text: string; code: ReplayCode }
  | { ok: false; text: string; reason: string };

// Not preceded by a character that could belong to a code; not followed by one, nor by a sixth part.
// A code of a game started at a later part has `p<N>` after the scenario (chloe.p4.3f9a1c…).
const CANDIDATE = /(?<![A-Za-z0-9.-])[A-Za-z0-9][A-Za-z0-9-]{0,63}(?:\.[Pp][A-Za-z0-9]{1,2})?\.[A-Za-z0-9]{6}\.[A-Za-z0-9]+\.[A-Za-z0-9]+\.[A-Za-z0-9]{4}(?![A-Za-z0-9-]|\.[A-Za-z0-9])/g;

export function findReplayCodes(text: string): FoundCode[] {
  const found: FoundCode[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const candidate = match[0];
    const decoded = decodeReplayCode(candidate);
    found.push(decoded.ok ? { ok: true, text: candidate, code: decoded.code } : { ok: false, text: candidate, reason: decoded.reason });
  }
  return found;
}
