import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { compileInkFile } from '../../src/story/compileInk';
import { StoryLoopError, StoryRunner } from '../../src/story/StoryRunner';
import { exploreStory } from '../../src/story/exploreStory';
import { lintStory } from '../../src/story/lintStory';
import { buildScenario, StoryBuildError } from '../../src/content/loadStoriesNode';

const LOOPS = resolve(import.meta.dirname, '../fixtures/loops');
const fixture = (name: string) => resolve(LOOPS, `${name}.ink`);

function compiled(name: string): string {
  const result = compileInkFile(fixture(name));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.json;
}

/** Runs `work` and says how long it took, in seconds. */
function timed(work: () => void): number {
  const started = performance.now();
  work();
  return (performance.now() - started) / 1000;
}

describe('a story that loops without offering a choice', () => {
  for (const name of ['loop-text', 'loop-divert']) {
    it(`stops the runner in ${name} at the step budget, naming the knot`, () => {
      const runner = new StoryRunner(compiled(name));
      runner.reset(1);
      let caught: unknown;
      const seconds = timed(() => {
        try { runner.continuePassage(); } catch (err) { caught = err; }
      });
      expect(caught).toBeInstanceOf(StoryLoopError);
      expect((caught as StoryLoopError).where).toBe('a');
      expect((caught as Error).message).toMatch(/^the story runs on at "a" for more than 100,000 steps without offering a choice or ending/);
      expect(seconds).toBeLessThan(5);
      // The runner still works after a reset.
      runner.reset(1);
      expect(runner.story.canContinue).toBe(true);
    });

    it(`fails the lint of ${name} with the loop named, and fails its build`, () => {
      const { problems } = lintStory(compiled(name));
      expect(problems.map((p) => `${p.where}: ${p.message}`)).toContainEqual(expect.stringMatching(/^story: could not be explored: the story runs on at "a"/));
      expect(() => buildScenario(fixture(name))).toThrow(StoryBuildError);
    });
  }
});

describe('a story whose choices lead to new states without end', () => {
  it('stops the explorer on a sticky choice that counts up, naming the knot, without overflowing the stack', () => {
    const json = compiled('loop-counter');
    expect(() => exploreStory(json)).toThrow(/^more than 2000 choices in a row each lead to a state not met before, at "a": a loop raises a variable without end/);
    // Deeper than the call stack would go: the walk keeps its depth on the heap.
    expect(() => exploreStory(json, { maxDepth: 20_000, maxStates: 5_000 })).toThrow(/^more than 5000 distinct states, the last at "a"/);
  });

  it('stops the explorer on a text that doubles on every pass, before it fills memory', () => {
    let message = '';
    const seconds = timed(() => {
      try { exploreStory(compiled('loop-grow')); } catch (err) { message = (err as Error).message; }
    });
    expect(message).toMatch(/^the story's state grows past 256 million characters, at "a": a loop adds to a variable without end/);
    expect(seconds).toBeLessThan(10);
  });

  it('fails the lint with the loop named', () => {
    const { problems } = lintStory(compiled('loop-counter'));
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/^could not be explored: more than 2000 choices in a row/));
  });
});

describe('the permanence command on a looping story', () => {
  const MAIN = resolve(import.meta.dirname, '../../src/cli/main.ts');
  const TSX = createRequire(import.meta.url).resolve('tsx/cli');
  const cli = (...args: string[]) => spawnSync(process.execPath, [TSX, MAIN, ...args], { encoding: 'utf8', timeout: 60_000 });

  it('explore, lint, play and verify --story stop with the knot named and a failing exit code', () => {
    const explore = cli('explore', fixture('loop-divert'));
    expect(explore.status).toBe(2);
    expect(explore.stderr).toMatch(/the story runs on at "a"/);
    const lint = cli('lint', fixture('loop-text'));
    expect(lint.status).toBe(1);
    expect(lint.stdout).toMatch(/could not be explored: the story runs on at "a"/);
    const play = cli('play', fixture('loop-counter'), '--choices', '0');
    expect(play.status).toBe(1);
    expect(play.stderr).toMatch(/loop-counter\.ink: could not be explored: more than 2000 choices in a row/);
    const verify = cli('verify', 'log.json', '--story', fixture('loop-text'));
    expect(verify.status).toBe(1);
    expect(verify.stderr).toMatch(/loop-text\.ink: could not be explored: the story runs on at "a"/);
  });
});
