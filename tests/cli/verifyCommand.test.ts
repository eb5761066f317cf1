import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { FIXTURE } from '../helpers/fixtures';
import { REPLAY_SCOPE_WORDS as SCOPE } from '../../src/log/verifyLog';

const MAIN = resolve(import.meta.dirname, '../../src/cli/main.ts');
const TSX = createRequire(import.meta.url).resolve('tsx/cli');
const ESC = '\u001B';
const RAW = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** The CLI, killed after 60 s: a command that hangs fails the test instead of stalling it. */
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [TSX, MAIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'permanence-verify-'));
const good = join(dir, 'a.json');
const play = cli('play', FIXTURE, '--choices', '0,0,0,0,0', '--seed', '2', '--reasons', 'Kinship first.', '--out', good);
if (play.code !== 0) throw new Error(`the fixture log could not be played: ${play.err}`);
const tamperedLog = JSON.parse(readFileSync(good, 'utf8'));
tamperedLog.entries[1].deltas.contact = 3;

describe('permanence verify on a batch', () => {
  it('gives a folder, a pipe and a missing file a verdict each, and goes on to the rest', () => {
    const folder = join(dir, 'sub.json');
    mkdirSync(folder);
    const fifo = join(dir, 'fifo.json');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const tampered = join(dir, 'z.json');
    writeFileSync(tampered, JSON.stringify(tamperedLog));
    const r = cli('verify', good, folder, fifo, join(dir, 'missing.json'), tampered, '--story', FIXTURE);
    const lines = r.out.trim().split('\n');
    // Issue 19 F10: what the verdicts cover, once under them all.
    expect(lines.slice(-2)).toEqual(['', SCOPE]);
    expect(lines.slice(0, -2)).toEqual([
      `${good}: verified: the log replays true against the story`,
      `${folder}: invalid: (file) is a folder, not a log file`,
      `${fifo}: invalid: (file) is not a regular file (a pipe, socket or device): save the log to a file first`,
      `${join(dir, 'missing.json')}: invalid: (file) cannot be found: check the path`,
      expect.stringMatching(/^.*z\.json: diverges at decision 2/),
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toBe('');
  });

  it('exits non-zero when any file fails, even if the last one verifies', () => {
    expect(cli('verify', join(dir, 'missing.json'), good, '--story', FIXTURE).code).toBe(2);
    expect(cli('verify', good, '--story', FIXTURE).code).toBe(0);
  });

  it('prints a file name that carries terminal control sequences harmlessly, so a forged "verified" cannot hide the verdict', () => {
    const forged = join(dir, `x.json${ESC}[2K\rbob.json: verified: the log replays true against the story${ESC}[8m`);
    writeFileSync(forged, JSON.stringify(tamperedLog));
    const r = cli('verify', forged, '--story', FIXTURE);
    expect(r.code).toBe(1);
    expect(r.out).not.toMatch(RAW);
    expect(r.out).toMatch(/^.*x\.json\uFFFD\uFFFDbob\.json: verified: the log replays true against the story\uFFFD: diverges at decision 2/);
  });

  it('prints the verdict on a log whose text carries escape sequences without them', () => {
    const hostile = structuredClone(tamperedLog);
    hostile.entries[2].decision = `${ESC}]0;pwned\u0007${ESC}[32mtest.p1.x`;
    const file = join(dir, 'hostile.json');
    writeFileSync(file, JSON.stringify(hostile));
    const r = cli('verify', file, '--story', FIXTURE);
    expect(r.code).toBe(1);
    expect(r.out).not.toMatch(RAW);
  });
});
