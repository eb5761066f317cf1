import { describe, expect, it } from 'vitest';
import { drivePlay, pathChooser } from '../../src/engine/drivePlay';
import { timeWarnings } from '../../src/log/timeWarnings';
import type { DecisionLog } from '../../src/log/logSchema';
import { fixtureBundle } from '../helpers/fixtures';

const clock = () => new Date(Date.UTC(2026, 10, 23, 9, 0, 0));
const now = new Date(Date.UTC(2026, 10, 30, 12, 0, 0));
const played = (): DecisionLog => drivePlay({ bundle: fixtureBundle(), seed: 3, now: clock }, pathChooser([0, 0, 0, 0, 1])).log;
const edited = (change: (log: DecisionLog) => void) => {
  const log = structuredClone(played());
  change(log);
  return timeWarnings(log, now);
};

describe('times a log records that contradict each other', () => {
  it('finds none in a log as the game wrote it', () => {
    expect(timeWarnings(played(), now)).toEqual([]);
  });

  it('flags a decision chosen before it was shown, or shown before the game started', () => {
    expect(edited((log) => { log.entries[2]!.chosenAt = '2026-11-23T08:00:00.000Z'; })).toContainEqual({ code: 'chosen-before-shown', entry: 2 });
    expect(edited((log) => { log.entries[0]!.shownAt = '2026-11-22T09:00:00.000Z'; })).toContainEqual({ code: 'shown-before-start', entry: 0 });
  });

  it('flags a decision shown before the one before it was made, and one taken back before it was made', () => {
    expect(edited((log) => { log.entries[1]!.chosenAt = '2026-11-23T10:00:00.000Z'; })).toContainEqual({ code: 'shown-before-previous-choice', entry: 2 });
    expect(edited((log) => { log.entries[3]!.reconsideredAt = '2026-11-23T08:00:00.000Z'; })).toContainEqual({ code: 'reconsidered-before-chosen', entry: 3 });
  });

  it('flags a game finished before it started or before its last choice, a finish without an ending, and an ending without a finish', () => {
    expect(edited((log) => { log.finishedAt = '1970-01-01T00:00:00.000Z'; })).toEqual([{ code: 'finished-before-started' }]);
    expect(edited((log) => { log.entries[4]!.chosenAt = '2026-11-23T09:30:00.000Z'; })).toEqual([{ code: 'finished-before-last-choice' }]);
    expect(edited((log) => { log.ending = null; })).toEqual([{ code: 'finished-without-ending' }]);
    expect(edited((log) => { log.finishedAt = null; })).toEqual([{ code: 'ended-without-finish-time' }]);
  });

  it('flags times more than a day after the reader\'s clock, naming the field', () => {
    expect(edited((log) => { log.entries[3]!.chosenAt = '2030-01-01T00:00:00.000Z'; log.finishedAt = '2030-01-01T00:00:00.000Z'; }))
      .toEqual([{ code: 'in-the-future', field: 'entries.3.chosenAt' }, { code: 'shown-before-previous-choice', entry: 4 }, { code: 'in-the-future', field: 'finishedAt' }]);
    expect(edited((log) => { log.finishedAt = '2026-11-30T20:00:00.000Z'; })).toEqual([]);
  });
});
