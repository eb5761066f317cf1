import { describe, expect, it } from 'vitest';
import { nextPosition, previousPosition, walkKey, type WalkPosition } from '../../src/plenary/walkSteps';

describe('the decision walk, one step at a time', () => {
  const counts = [3, 2];

  it('shows the situation, then the split, then reveals each option, then moves on', () => {
    const seen: WalkPosition[] = [{ decision: 0, stage: 0 }];
    for (let i = 0; i < 10; i++) seen.push(nextPosition(seen[seen.length - 1]!, counts));
    expect(seen.map((p) => `${p.decision}.${p.stage}`)).toEqual(['0.0', '0.1', '0.2', '0.3', '0.4', '1.0', '1.1', '1.2', '1.3', '1.3', '1.3']);
  });

  it('steps back the same way, and stops at the start', () => {
    expect(previousPosition({ decision: 1, stage: 0 }, counts)).toEqual({ decision: 0, stage: 4 });
    expect(previousPosition({ decision: 0, stage: 0 }, counts)).toEqual({ decision: 0, stage: 0 });
  });

  it('answers the keys a presentation clicker sends', () => {
    expect(['PageDown', 'ArrowRight', ' '].map((k) => walkKey(k))).toEqual(['next', 'next', 'next']);
    expect(['PageUp', 'ArrowLeft'].map((k) => walkKey(k))).toEqual(['previous', 'previous']);
    expect(walkKey(' ', true)).toBe('previous');
    expect(walkKey('a')).toBeNull();
  });
});
