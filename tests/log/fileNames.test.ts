import { describe, expect, it } from 'vitest';
import { fileSlug, fileStamp } from '../../src/log/fileNames';
import { logFileName } from '../../src/ui/logActions';
import { drivePlay, pathChooser } from '../../src/engine/drivePlay';
import { fixtureBundle } from '../helpers/fixtures';

describe('the names of exported files', () => {
  it('carry the case, the pseudonym in safe characters and the time', () => {
    const log = drivePlay({ bundle: fixtureBundle(), seed: 3, participant: '<b>Sam</b> R.', now: () => new Date(Date.UTC(2026, 10, 30, 14, 5)) }, pathChooser([0, 0, 0, 0, 1])).log;
    expect(logFileName(log)).toBe('permanence-test-case-b-sam-b-r-2026-11-30-1405.json');
    expect(logFileName({ ...log, participant: '\u202e\u0000' })).toBe('permanence-test-case-participant-2026-11-30-1405.json');
  });

  it('cut a long name to 40 characters without a trailing hyphen', () => {
    expect(fileSlug(`${'a'.repeat(39)} b`, 'x')).toBe('a'.repeat(39));
    expect(fileSlug('', 'participant')).toBe('participant');
    expect(fileStamp('2026-01-02T03:04:05.000Z')).toBe('2026-01-02-0304');
  });
});
