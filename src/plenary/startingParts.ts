/**
 * The starting parts in a group: a game from the beginning (part 1), or one a participant began
 * at part N's shared starting point (a trainer's link, `#play/<case>/part/N`). Play-throughs that
 * started at different parts are never compared in one split: a full game and a game begun at
 * part 4 did not meet the same decisions from the same place.
 */
import type { Participant } from './participant';

export interface StartingPartCount {
  part: number;
  count: number;
}

/** The starting parts among the participants, in story order. */
export function startingPartsOf(participants: readonly Participant[]): StartingPartCount[] {
  const counts = new Map<number, number>();
  for (const p of participants) counts.set(p.startPart, (counts.get(p.startPart) ?? 0) + 1);
  return [...counts].map(([part, count]) => ({ part, count })).sort((a, b) => a.part - b.part);
}

/** The participants whose play-through started at this part. */
export function startedAt(participants: readonly Participant[], part: number): Participant[] {
  return participants.filter((p) => p.startPart === part);
}

/** The starting part in plain words, for a select or a heading. */
export function describeStart(part: number, partName?: string): string {
  if (part <= 1) return 'From the beginning';
  return `At part ${part}${partName ? `, ${partName},` : ''} from the shared starting point`;
}
