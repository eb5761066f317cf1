import { describe, expect, it } from 'vitest';
import { StoryRunner } from '../../src/story/StoryRunner';
import { compileSource } from '../helpers/fixtures';

const RANDOM_STORY = `VAR roll = 0
VAR mood = "calm"
-> loop
=== loop ===
~ roll = RANDOM(1, 1000000)
Rolled {roll}.
* [Again]
  ~ mood = "restless"
  -> loop
* [Stop]
  Done. # ending: done
  -> END
`;

describe('the story runner', () => {
  it('reads choices with their parsed tags', () => {
    const runner = new StoryRunner(compileSource('# decision: t.p1.a\n* [Go # permanence: +1 # contact: -1 # disruption: 0 # why: w # ref: r # stance: for]\n  -> END\n'));
    runner.reset(1);
    const passage = runner.continuePassage();
    expect(passage.meta.decision).toBe('t.p1.a');
    expect(passage.choices[0]!.meta.deltas).toEqual({ permanence: 1, contact: -1, disruption: 0 });
    expect(passage.choices[0]!.meta.stance).toBe('for');
  });

  it('repeats RANDOM exactly for the same seed and differs for another', () => {
    const json = compileSource(RANDOM_STORY);
    const run = (seed: number) => {
      const r = new StoryRunner(json);
      r.reset(seed);
      const out = [r.continuePassage().lines[0]!.text];
      r.choose(0);
      out.push(r.continuePassage().lines[0]!.text);
      return out;
    };
    expect(run(42)).toEqual(run(42));
    expect(run(42)).not.toEqual(run(43));
  });

  it('saves and restores its state, continuing identically', () => {
    const json = compileSource(RANDOM_STORY);
    const a = new StoryRunner(json);
    a.reset(9);
    a.continuePassage();
    a.choose(0);
    a.continuePassage();
    const saved = a.saveState();
    a.choose(0);
    const expected = a.continuePassage().lines;
    const b = new StoryRunner(json);
    b.restoreState(saved);
    b.choose(0);
    expect(b.continuePassage().lines).toEqual(expected);
    expect(b.variable('mood')).toBe('restless');
  });

  it('reads and observes variables', () => {
    const runner = new StoryRunner(compileSource(RANDOM_STORY));
    runner.reset(1);
    const seen: unknown[] = [];
    runner.observe('mood', (_n, value) => seen.push(value));
    runner.continuePassage();
    expect(runner.variables()).toMatchObject({ mood: 'calm' });
    runner.choose(0);
    runner.continuePassage();
    expect(seen).toEqual(['restless']);
  });

  it('keeps text such as ", 10.00," intact through loading, saving and restoring', () => {
    const runner = new StoryRunner(compileSource('We met at 10.00, then at 11.00, 3.0 hours later.\n* [Go on]\n  -> END\n'));
    runner.reset(1);
    expect(runner.continuePassage().lines[0]!.text).toBe('We met at 10.00, then at 11.00, 3.0 hours later.');
    const saved = runner.saveState();
    runner.restoreState(saved);
    expect(runner.saveState()).toBe(saved);
  });

  it('refuses a choice that is not offered', () => {
    const runner = new StoryRunner(compileSource(RANDOM_STORY));
    runner.reset(1);
    runner.continuePassage();
    expect(() => runner.choose(5)).toThrow(/not one of the 2 options/);
  });
});
