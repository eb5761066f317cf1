/** `permanence verify` prints the contradictions in a log's times beside its verdict, and the note on a choice taken back at the end. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { verifyCommand } from '../../src/cli/verifyCommand';
import { REPLAY_SCOPE_WORDS as SCOPE } from '../../src/log/verifyLog';
import { drivePlay, pathChooser } from '../../src/engine/drivePlay';
import { logToJson } from '../../src/log/exportLog';
import type { DecisionLog } from '../../src/log/logSchema';
import { FIXTURE, fixtureBundle } from '../helpers/fixtures';

const clock = () => new Date(Date.UTC(2026, 10, 23, 9, 0, 0));
const dir = mkdtempSync(join(tmpdir(), 'permanence-verify-times-'));

function verifyPrinting(log: DecisionLog): { code: number; out: string } {
  const file = join(dir, 'log.json');
  writeFileSync(file, logToJson(log));
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => { out += String(chunk); return true; });
  const code = verifyCommand([file, '--story', FIXTURE]);
  vi.restoreAllMocks();
  // The note on what replay covers closes every run; these tests are about what comes before it.
  return { code, out: out.replaceAll(`${file}: `, '').replace(`\n${SCOPE}\n`, '') };
}

afterEach(() => vi.restoreAllMocks());

describe('permanence verify on a log with impossible times', () => {
  it('says the log replays true, and warns of each contradiction beneath it', () => {
    const log = structuredClone(drivePlay({ bundle: fixtureBundle(), seed: 3, now: clock }, pathChooser([0, 0, 0, 0, 1])).log);
    for (const e of log.entries.slice(1)) e.chosenAt = '1999-01-01T09:00:00.000Z';
    log.entries[0]!.chosenAt = '2026-11-23T10:00:00.000Z';
    log.finishedAt = '1970-01-01T00:00:00.000Z';
    const { code, out } = verifyPrinting(log);
    expect(code).toBe(0);
    expect(out.split('\n')).toEqual([
      'verified: the log replays true against the story',
      "  warning: decision 2 was shown before the decision before it was made (times are as the participant's device recorded them)",
      "  warning: decisions 2, 3, 4, 5 were chosen before they were shown (times are as the participant's device recorded them)",
      "  warning: the game finished before it started (times are as the participant's device recorded them)",
      '',
    ]);
  });

  it('prints nothing more for a log as the game wrote it', () => {
    const { out } = verifyPrinting(drivePlay({ bundle: fixtureBundle(), seed: 3, now: clock }, pathChooser([0, 0, 0, 0, 1])).log);
    expect(out).toBe('verified: the log replays true against the story\n');
  });
});
