/** How far a saved session has got, in words for the case list. */
import type { SavedSession } from '../engine/playMachine';
import { parsePart } from '../story/tagContract';

export function describeProgress(saved: SavedSession): string {
  if (saved.phase === 'debrief' || saved.phase === 'done') return 'Done: you can read the debrief again.';
  if (!saved.part) return 'In progress.';
  const part = parsePart(saved.part);
  if (saved.phase === 'partComplete') return part.number > 0 ? `Part ${part.number} done: the next part is ready.` : `${part.name}: done.`;
  return part.number > 0 ? `Part ${part.number} in progress.` : `${part.name}: in progress.`;
}
