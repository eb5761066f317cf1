import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { FIXTURE, writeInk } from '../helpers/fixtures';

const MAIN = resolve(import.meta.dirname, '../../src/cli/main.ts');
const TSX = createRequire(import.meta.url).resolve('tsx/cli');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [TSX, MAIN, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'permanence-cli-'));
const logPath = join(dir, 'log.json');

describe('the permanence command', () => {
  it('plays a scripted path, writes a log and prints a replay code', () => {
    // Seed 2 draws "grandmother-health" = 2: Pat stays well, so the SGO holds.
    const r = cli('play', FIXTURE, '--choices', '0,0,0,0,0', '--seed', '2', '--reasons', 'Kinship first.', '--out', logPath);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Ending: Maya lives with her grandmother under an SGO\. \(sgo-pat\)/);
    expect(r.out).toMatch(/Replay code: test-case\.[0-9a-f]{6}\.2\./);
    expect(JSON.parse(readFileSync(logPath, 'utf8')).entries[2].justification).toBe('Kinship first.');
  });

  it('verifies the log it wrote (exit 0), a tampered copy diverges (exit 1), garbage is invalid (exit 2)', () => {
    expect(cli('verify', logPath, '--story', FIXTURE)).toMatchObject({ code: 0 });
    const log = JSON.parse(readFileSync(logPath, 'utf8'));
    log.entries[1].deltas.contact = 3;
    const tampered = join(dir, 'tampered.json');
    writeFileSync(tampered, JSON.stringify(log));
    const diverged = cli('verify', logPath, tampered, '--story', FIXTURE);
    expect(diverged.code).toBe(1);
    expect(diverged.out).toMatch(/tampered\.json: diverges at decision 2/);
    const garbage = join(dir, 'garbage.json');
    writeFileSync(garbage, '{"format": "permanence-decision-log", "version": 1, "entries": "lots"');
    const invalid = cli('verify', logPath, garbage, '--story', FIXTURE);
    expect(invalid.code).toBe(2);
    expect(invalid.out).toMatch(/garbage\.json: invalid: \(file\) is not valid JSON/);
    expect(invalid.err).not.toMatch(/at .*\.ts:\d+/);
  });

  it('audits a story as JSON, with the figures worked by hand in tests/authoring', () => {
    const r = cli('audit', FIXTURE, '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report).toMatchObject({ scenario: 'test-case', decisions: 7, bestIsLongest: 6, stanceUnique: 4, medianLengthRatio: 1.53 });
    expect(report.random.players).toBe(1000);
    expect([report.formula.first.score, report.formula.last.score, report.formula.longest.score, report.formula['longest-with'].score]).toEqual([79, 35, 58, 76]);
    expect(report.goals.filter((g: { met: boolean }) => g.met).map((g: { id: string }) => g.id)).toEqual(['best-play-endings']);
  }, 60_000);

  it('explores a story and prints the figures as JSON', () => {
    const r = cli('explore', FIXTURE, '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report).toMatchObject({ decisions: 4, unreachable: [], deadEnds: [], words: expect.any(Number) });
    expect(report.endings.sort()).toEqual(['home', 'long-term-fostering', 'sgo-pat', 'sgo-pat-ends']);
    expect(report.bounds.permanence).toEqual({ min: -2, max: 8 });
  });

  it('lints a broken story with exit 1 and names the problem', () => {
    const broken = writeInk({ 'mine.ink': '# title: Mine\n# decision: m.p1.a\n* [Only # permanence: +1 # contact: 0 # disruption: 0 # why: w # stance: with]\n  The end.\n  -> END\n' });
    const r = cli('lint', broken);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/decision m\.p1\.a, choice "Only": lacks # ref/);
    expect(r.out).toMatch(/stops without an "# ending:" tag/);
  });

  it('names the file and line of a story that does not compile', () => {
    const broken = writeInk({ 'typo.ink': 'Hello\n* [Unclosed\n' });
    const r = cli('lint', broken);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/typo\.ink line 2/);
  });

  it('says what is wrong, without a stack trace, for a scenario that does not exist', () => {
    const r = cli('explore', 'no-such-case');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/"no-such-case" is neither a scenario/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('refuses a mistyped replay code', () => {
    const r = cli('replay', 'bradley.3f9a1c.8.05223.zzzz');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/does not check out/);
  });
});
