/**
 * Which sound a change of play snapshot calls for: a soft click when a choice is made, a
 * chime when a part ends, a low tone when the game refuses a move (its message appears).
 * Pure, so it is tested without a browser; the page plays what it returns.
 */
import type { Cue } from '../audio/soundCatalogue';
import type { PlaySnapshot } from '../engine/saveSession';
import { activeEntries } from '../log/activePath';

export interface CueState {
  choices: number;
  partEnded: boolean;
  /** The refusal shown, if any (a failure to open the case is not a refusal). */
  refusal: string | null;
}

export function cueStateOf(snapshot: PlaySnapshot): CueState {
  const { log, message } = snapshot.context;
  return {
    choices: log ? activeEntries(log).length : 0,
    partEnded: snapshot.matches('partComplete') || snapshot.matches('debrief'),
    refusal: snapshot.matches('failed') || snapshot.matches('loading') ? null : message,
  };
}

/** Nothing on the first snapshot: a resumed game makes no sound for what happened before. */
export function cueBetween(before: CueState | null, after: CueState): Cue | null {
  if (!before) return null;
  if (after.partEnded && !before.partEnded) return 'part-end';
  if (after.refusal !== null && after.refusal !== before.refusal) return 'refusal';
  if (after.choices > before.choices) return 'choose';
  return null;
}

/** Follows one session's snapshots and calls `play` with each cue. */
export function cueFollower(play: (cue: Cue) => void): (snapshot: PlaySnapshot) => void {
  let last: CueState | null = null;
  return (snapshot) => {
    const next = cueStateOf(snapshot);
    const cue = cueBetween(last, next);
    last = next;
    if (cue) play(cue);
  };
}
