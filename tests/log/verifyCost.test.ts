/**
 * Verification costs time linear in the length of the log, however often the log goes back
 * to choose again: a hostile log of thousands of re-choices must not replay the story from
 * the start for each. Counted in story steps (the runner's resets and choices), not in time.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { drivePlay, pathChooser } from '../../src/engine/drivePlay';
import { StoryRunner } from '../../src/story/StoryRunner';
import { verifyLog } from '../../src/log/verifyLog';
import type { DecisionLog, LogEntry } from '../../src/log/logSchema';
import { fixtureBundle, lookupFixture } from '../helpers/fixtures';

const clock = () => new Date(Date.UTC(2026, 10, 23, 9, 0, 0));
// To "home" and to long-term fostering: the same road but for the last decision.
const home = () => drivePlay({ bundle: fixtureBundle(), seed: 3, now: clock }, pathChooser([0, 0, 0, 0, 1])).log;
const fostering = () => drivePlay({ bundle: fixtureBundle(), seed: 3, now: clock }, pathChooser([0, 0, 0, 0, 2])).log;

const takenBack = (e: LogEntry): LogEntry => ({ ...structuredClone(e), reconsideredAt: e.chosenAt });

/** The last decision chosen `count` times more before the choice that stands, each taken back (the red team's F17 log). */
function rechosen(log: DecisionLog, count: number): DecisionLog {
  const last = log.entries.at(-1)!;
  return { ...log, entries: [...log.entries.slice(0, -1), ...Array.from({ length: count }, () => takenBack(last)), last] };
}

/** The last decision chosen `count` times more, alternating between two options. */
function alternated(log: DecisionLog, other: DecisionLog, count: number): DecisionLog {
  const a = other.entries.at(-1)!;
  const b = log.entries.at(-1)!;
  return { ...log, entries: [...log.entries.slice(0, -1), ...Array.from({ length: count }, (_, i) => takenBack(i % 2 ? b : a)), b] };
}

/** The whole road played `count` times more from the first choice, each time taken back to the start. */
function replayedFromStart(log: DecisionLog, count: number): DecisionLog {
  const again = Array.from({ length: count }, () => log.entries.map(takenBack)).flat();
  return { ...log, entries: [...again, ...log.entries] };
}

/** Story steps taken by one verification. */
function stepsOf(log: DecisionLog): { verdict: string; resets: number; chosen: number } {
  const reset = vi.spyOn(StoryRunner.prototype, 'reset');
  const choose = vi.spyOn(StoryRunner.prototype, 'choose');
  const verdict = verifyLog(log, lookupFixture).kind;
  const counts = { verdict, resets: reset.mock.calls.length, chosen: choose.mock.calls.length };
  vi.restoreAllMocks();
  return counts;
}

afterEach(() => vi.restoreAllMocks());

describe('the cost of verifying a log that goes back to choose again', () => {
  it.each([
    ['the same option chosen again and again', (n: number) => rechosen(home(), n)],
    ['two options in turn', (n: number) => alternated(home(), fostering(), n)],
    ['the whole road replayed from the start', (n: number) => replayedFromStart(home(), n)],
  ])('verifies %s with no replay from the start per entry', (_name, make) => {
    const depth = home().entries.length;
    for (const n of [10, 40, 160]) {
      const log = make(n);
      const { verdict, resets, chosen } = stepsOf(log);
      expect(verdict).toBe('verified');
      // One start, and one walk of the path in force for the hidden facts drawn on it.
      expect(resets).toBeLessThanOrEqual(2);
      // At most one story step per entry, and one walk of the path.
      expect(chosen).toBeLessThanOrEqual(log.entries.length + depth);
    }
  });

  it('takes no more story steps for 4,000 re-choices of one decision than for 10', () => {
    const few = stepsOf(rechosen(home(), 10));
    const many = stepsOf(rechosen(home(), 4_000));
    expect(many.verdict).toBe('verified');
    expect(many.chosen).toBe(few.chosen);
  });

  it('still finds a lie among thousands of re-choices, at the entry that tells it', () => {
    const log = rechosen(home(), 3_000);
    log.entries[1_500] = { ...log.entries[1_500]!, deltas: { ...log.entries[1_500]!.deltas, contact: 9 } };
    const verdict = verifyLog(log, lookupFixture);
    expect(verdict).toMatchObject({ kind: 'diverges', at: 1_501 });
  });
});
