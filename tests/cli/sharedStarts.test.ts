/**
 * Every part of every multi-part case has a shared start that plays to an ending and explores
 * with no dead end: `permanence play <case> --part N` and `permanence explore <case> --part N`.
 * The cases' parts are read from the stories, so a new part is covered without editing this file.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { FIXTURE } from '../helpers/fixtures';
import { listScenarioIds, loadScenario } from '../../src/content/loadStoriesNode';
import { storyParts } from '../../src/story/sharedStarts';
import { drivePlay, randomChooser, seededRandom } from '../../src/engine/drivePlay';
import { activePath } from '../../src/log/activePath';
import { importLogText } from '../../src/log/importLog';

const MAIN = resolve(import.meta.dirname, '../../src/cli/main.ts');
const TSX = createRequire(import.meta.url).resolve('tsx/cli');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [TSX, MAIN, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const targets = [FIXTURE, ...listScenarioIds()];

describe.each(targets)('the shared starts of %s', (target) => {
  // A case that does not build (a story mid-edit) fails here, by name, and the other cases still run.
  let built: ReturnType<typeof loadScenario> | null = null;
  let problem: unknown = null;
  try {
    built = loadScenario(target);
  } catch (err) {
    problem = err;
  }
  it('builds', () => {
    if (problem) throw problem;
  });
  const bundle = built?.bundle ?? loadScenario(FIXTURE).bundle;
  const parts = built ? storyParts(bundle.parts).filter((p) => p.number > 1) : [];

  it.each(parts.map((p) => [p.number, p.name] as const))('part %i (%s) plays to an ending by the CLI and explores with no dead end', (part) => {
    // A random road from the shared start, then the same road through the CLI.
    const { log } = drivePlay({ bundle, seed: 7, startPart: part }, randomChooser(seededRandom(part)));
    expect(log.ending, 'the random play-through from the shared start reaches an ending').not.toBeNull();
    const out = join(mkdtempSync(join(tmpdir(), 'permanence-part-')), 'log.json');
    const played = cli('play', target, '--part', String(part), '--seed', '7', '--choices', activePath(log).join(','), '--out', out);
    expect(played.err).toBe('');
    expect(played.code).toBe(0);
    expect(played.out).toMatch(/— Ending: /);
    const written = importLogText(readFileSync(out, 'utf8'));
    expect(written.ok && written.log.startPart).toBe(part);
    expect(cli('verify', out, ...(target === FIXTURE ? ['--story', FIXTURE] : [])).out).toMatch(/verified/);
    const explored = cli('explore', target, '--part', String(part), '--json');
    expect(explored.err).toBe('');
    const report = JSON.parse(explored.out) as { deadEnds: unknown[]; endings: string[]; startPart: number };
    expect(report.startPart).toBe(part);
    expect(report.deadEnds).toEqual([]);
    expect(report.endings.length).toBeGreaterThan(0);
    expect(explored.code).toBe(0);
  // The explorations come from the one kept for the story (the lint before the tests makes it); with
  // none kept, the first part explores the whole case and every shared start, minutes for Chloe.
  }, 600_000);
});

describe('--part with a part the case does not have', () => {
  it('is a clear error naming the parts it has', () => {
    for (const command of ['play', 'explore']) {
      const r = cli(command, FIXTURE, '--part', '9');
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/--part 9: the case has no part 9: it has parts 1 The first week, 2 The review/);
    }
  });
});
