import { describe, expect, it } from 'vitest';
import { cueBetween, type CueState } from '../../src/ui/soundCues';

const at = (choices: number, partEnded = false, refusal: string | null = null): CueState => ({ choices, partEnded, refusal });

describe('sound cues', () => {
  it('make no sound for the first snapshot, so a resumed game is quiet', () => {
    expect(cueBetween(null, at(5, true, 'x'))).toBeNull();
  });

  it('click when a choice is made, and not when one is taken back', () => {
    expect(cueBetween(at(1), at(2))).toBe('choose');
    expect(cueBetween(at(2), at(1))).toBeNull();
    expect(cueBetween(at(2), at(2))).toBeNull();
  });

  it('chime when a part ends, even on the choice that ends it', () => {
    expect(cueBetween(at(3), at(4, true))).toBe('part-end');
    expect(cueBetween(at(4, true), at(4, true))).toBeNull();
  });

  it('sound a low tone once for each new refusal', () => {
    expect(cueBetween(at(1), at(1, false, 'Put every option in order'))).toBe('refusal');
    expect(cueBetween(at(1, false, 'Put every option in order'), at(1, false, 'Put every option in order'))).toBeNull();
    expect(cueBetween(at(1, false, 'a'), at(1, false, 'b'))).toBe('refusal');
  });
});
