/**
 * Long work run in slices: the page is given back once a slice has run its time, told how far
 * the work has got no more often than asked, and the work's answer is the same as run at once.
 */
import { describe, expect, it } from 'vitest';
import { runAtOnce, runInSlices } from '../../src/log/inSlices';
import { verifyLog, verifySteps } from '../../src/log/verifyLog';
import { drivePlay, pathChooser } from '../../src/engine/drivePlay';
import { fixtureBundle, lookupFixture } from '../helpers/fixtures';

/** Ten steps, each costing 10 ms on the fake clock. */
function* tenSteps(clock: { now: number }): Generator<number, string> {
  for (let n = 1; n <= 10; n++) {
    clock.now += 10;
    yield n;
  }
  return 'done';
}

describe('work run in slices', () => {
  it('runs at once to the same answer', () => {
    expect(runAtOnce(tenSteps({ now: 0 }))).toBe('done');
  });

  it('pauses once each slice has run its time, and reports at most once per reportMs', async () => {
    const clock = { now: 0 };
    const pauses: number[] = [];
    const reports: number[] = [];
    const answer = await runInSlices(tenSteps(clock), {
      pause: async () => { pauses.push(clock.now); },
      sliceMs: 30,
      reportMs: 50,
      onPause: (n) => reports.push(n),
      clock: () => clock.now,
    });
    expect(answer).toBe('done');
    // Slices end at 30, 60 and 90 ms; the last step ends the work without a pause.
    expect(pauses).toEqual([30, 60, 90]);
    // Reported at 60 (50 ms after the start), not at 30 or 90 (within 50 ms of a report).
    expect(reports).toEqual([6]);
  });

  it('gives a log the same verdict whether verified at once or in slices', async () => {
    const log = drivePlay({ bundle: fixtureBundle(), seed: 3 }, pathChooser([0, 0, 0, 0, 1])).log;
    const now = new Date(Date.UTC(2026, 10, 23));
    let pauses = 0;
    const sliced = await runInSlices(verifySteps(log, lookupFixture, now), { pause: async () => { pauses++; }, sliceMs: 0 });
    expect(sliced).toEqual(verifyLog(log, lookupFixture, now));
    expect(sliced.kind).toBe('verified');
    // A slice of 0 ms pauses after every entry; the checks of the whole log follow the last.
    expect(pauses).toBe(log.entries.length);
  });
});
