/**
 * Playing a finished game again, from the debrief or the case list: the finished game is kept
 * aside (listed under "Games kept aside" with its debrief and its log) and the same start is
 * played anew. A game begun at a part's shared starting point starts there again, in that
 * part's own save slot, so the player's continuing game of the case is never touched.
 */
import { saveSlot, type SessionStore } from '../persistence/sessionStore';
import { startPartOf } from '../log/logSchema';
import type { SavedSession } from '../engine/playMachine';

export const EARLIER_ATTEMPT = 'an earlier attempt at this case, finished, kept when the case was played again';

/** Why a finished game was kept aside, as the list of games kept aside shows it. */
export function earlierAttempt(startPart: number): string {
  return startPart > 1
    ? `an earlier attempt at part ${startPart} of this case from its shared starting point, finished, kept when that part was played again`
    : EARLIER_ATTEMPT;
}

/** Keeps a finished game aside before its start is played again; an unfinished game is left to be resumed. True when one was kept. */
export function keepFinishedAside(store: SessionStore, saved: SavedSession | null): boolean {
  if (!saved?.log.ending) return false;
  return store.keepAside(saved, earlierAttempt(startPartOf(saved.log))) !== null;
}

/** From the case list: keeps aside the finished game saved for this case and start (1: the beginning). */
export function keepFinishedSlotAside(store: SessionStore, caseId: string, startPart: number): boolean {
  const found = store.load(saveSlot(caseId, startPart));
  return keepFinishedAside(store, found.kind === 'found' ? found.saved : null);
}
