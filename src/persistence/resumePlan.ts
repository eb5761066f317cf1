/**
 * Which story version a saved game (this browser's, or the LMS's) resumes on: the current
 * one, an archived one (stories/<case>/versions/), or none, in which case it is kept aside,
 * never overwritten by a new game. Pure, so Node tests check the rule.
 */
import type { SavedSession } from '../engine/playMachine';

export type ResumePlan =
  | { kind: 'fresh' }
  | { kind: 'resume'; saved: SavedSession; version: string; current: boolean }
  | { kind: 'set-aside'; saved: SavedSession; reason: string };

export function planResume(saved: SavedSession | undefined, currentVersion: string, versionsKept: readonly string[]): ResumePlan {
  if (!saved) return { kind: 'fresh' };
  const version = saved.log.storyVersion;
  if (version === currentVersion) return { kind: 'resume', saved, version, current: true };
  if (versionsKept.includes(version)) return { kind: 'resume', saved, version, current: false };
  return { kind: 'set-aside', saved, reason: cannotResumeReason(version) };
}

export const cannotResumeReason = (version: string): string =>
  `it was made on a version of this case (${version}) that this game no longer keeps, so it cannot be resumed`;

/** What the player reads: what happened, that nothing is lost, and where to export it (the button beside it). */
export function cannotResumeMessage(reason: string): string {
  return `Your saved game for this case could not be resumed: ${reason}. It has been kept aside in this browser, not overwritten. ` +
    'Export its log with the button here to keep your decisions, then start the case again.';
}
