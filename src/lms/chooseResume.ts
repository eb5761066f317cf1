/**
 * Inside an LMS there can be two saved games for a case: the LMS's suspend data and this
 * browser's own save. The LMS's is the record (it follows the learner to any computer),
 * unless this browser holds the same play-through further on (the LMS missed the last
 * commit) or more fully (the LMS kept only the choices): then nothing is thrown away.
 * A browser save that is not used is set aside, never overwritten.
 */
import type { SavedSession } from '../engine/playMachine';
import type { LoadResult } from '../persistence/sessionStore';

export type FromLms =
  | { kind: 'none' }
  | { kind: 'unusable'; reason: string }
  | {
    kind: 'session';
    saved: SavedSession;
    /** Rebuilt from the choices form: the written reasons were not in the LMS. */
    rebuilt: boolean;
    /** How many log entries of this play-through the LMS has recorded as interactions. */
    recorded: number;
  };

export interface ResumeChoice {
  /** What the play session resumes from. */
  found: LoadResult;
  /** Log entries of `found` the LMS has already recorded as interactions. */
  recorded: number;
  /** This browser's save is of another play-through and must be kept aside. */
  setAsideLocal: boolean;
  /** What to tell the learner, if anything. */
  notice: string | null;
}

export const REBUILT_NOTICE = 'Your choices in this case were restored from the LMS. The LMS could hold only your choices, so the reasons you wrote read "Not kept" here: they stay in the browser where you wrote them, and you can export your log there.';

export function samePlayThrough(a: SavedSession, b: SavedSession): boolean {
  return a.log.scenario === b.log.scenario && a.log.seed === b.log.seed && a.log.startedAt === b.log.startedAt;
}

export function chooseResume(fromLms: FromLms, local: LoadResult): ResumeChoice {
  if (fromLms.kind === 'none') return { found: local, recorded: 0, setAsideLocal: false, notice: null };
  if (fromLms.kind === 'unusable') {
    const then = local.kind === 'found' ? 'You carry on from the game saved in this browser.' : 'You can start the case again.';
    return { found: local, recorded: 0, setAsideLocal: false, notice: `The progress your LMS kept for this case could not be used: ${fromLms.reason}. It has been kept aside in this browser. ${then}` };
  }
  if (local.kind === 'found' && samePlayThrough(local.saved, fromLms.saved) && local.saved.log.entries.length >= fromLms.recorded) {
    return { found: local, recorded: fromLms.recorded, setAsideLocal: false, notice: null };
  }
  // A rebuilt session has no written reasons: a browser save with some of them is kept too.
  const setAsideLocal = local.kind === 'found' && (fromLms.rebuilt || !samePlayThrough(local.saved, fromLms.saved));
  const notices = [
    fromLms.rebuilt ? REBUILT_NOTICE : null,
    local.kind === 'set-aside' ? 'The game saved in this browser could not be used and has been kept aside; your progress was restored from the LMS.' : null,
  ].filter((n): n is string => n !== null);
  return { found: { kind: 'found', saved: fromLms.saved }, recorded: fromLms.rebuilt ? fromLms.saved.log.entries.length : fromLms.recorded, setAsideLocal, notice: notices.join(' ') || null };
}
