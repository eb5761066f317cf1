/**
 * The decision walk moves one step at a time, so a trainer (or a presentation clicker) can
 * hold the room at each point: the situation and prompt first, then how the group split,
 * then each option's rationale and effect revealed one by one, then the next decision.
 */
export interface WalkPosition {
  decision: number;
  /** 0: situation and prompt; 1: the split; 1 + k: options 1..k revealed. */
  stage: number;
}

export const lastStage = (optionCount: number): number => 1 + optionCount;

export function nextPosition(at: WalkPosition, optionCounts: readonly number[]): WalkPosition {
  const count = optionCounts[at.decision];
  if (count === undefined) return at;
  if (at.stage < lastStage(count)) return { decision: at.decision, stage: at.stage + 1 };
  return at.decision + 1 < optionCounts.length ? { decision: at.decision + 1, stage: 0 } : at;
}

export function previousPosition(at: WalkPosition, optionCounts: readonly number[]): WalkPosition {
  if (at.stage > 0) return { decision: at.decision, stage: at.stage - 1 };
  if (at.decision === 0) return at;
  return { decision: at.decision - 1, stage: lastStage(optionCounts[at.decision - 1] ?? 0) };
}

/** What a key does in the walk: the keys a presentation clicker sends, and the arrows. */
export function walkKey(key: string, shift = false): 'next' | 'previous' | 'first' | 'last' | null {
  switch (key) {
    case 'ArrowRight': case 'ArrowDown': case 'PageDown': case 'Enter': return 'next';
    case ' ': return shift ? 'previous' : 'next';
    case 'ArrowLeft': case 'ArrowUp': case 'PageUp': case 'Backspace': return 'previous';
    case 'Home': return 'first';
    case 'End': return 'last';
    default: return null;
  }
}
