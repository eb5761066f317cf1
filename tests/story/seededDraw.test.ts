import { describe, expect, it } from 'vitest';
import { drawFact, seedForDraws } from '../../src/story/seededDraw';
import { StoryRunner } from '../../src/story/StoryRunner';
import { exploreStory } from '../../src/story/exploreStory';
import { compileSource } from '../helpers/fixtures';

const STORY = `
EXTERNAL draw(fact, n)
VAR holds = 0
~ holds = draw("health", 2)
Pat's health is tested this winter.
* [Go on]
  {holds == 1: Pat is well. -> well | Pat is in hospital. -> ill}
=== well ===
# ending: well
-> END
=== ill ===
{draw("health", 2) == 2: Still in hospital.}
# ending: ill
-> END
=== function draw(fact, n) ===
~ return RANDOM(1, n)
`;

describe('hidden facts drawn from the seed', () => {
  it('draws a value from 1 to n that depends only on the seed and the fact', () => {
    for (let seed = 0; seed < 200; seed++) {
      const v = drawFact(seed, 'health', 3);
      expect(v).toBeGreaterThanOrEqual(1);
      expect(v).toBeLessThanOrEqual(3);
      expect(drawFact(seed, 'health', 3)).toBe(v);
    }
    const values = new Set(Array.from({ length: 200 }, (_, s) => drawFact(s, 'health', 3)));
    expect(values).toEqual(new Set([1, 2, 3]));
  });

  it('finds a seed that draws the facts a path needs', () => {
    const seed = seedForDraws({ health: 2, court: 1 }, { health: 2, court: 3 })!;
    expect(drawFact(seed, 'health', 2)).toBe(2);
    expect(drawFact(seed, 'court', 3)).toBe(1);
  });

  it("is drawn through the story's one draw function, once per fact, and recorded", () => {
    const runner = new StoryRunner(compileSource(STORY));
    const seed = seedForDraws({ health: 2 }, { health: 2 })!;
    runner.reset(seed);
    runner.continuePassage();
    runner.choose(0);
    const end = runner.continuePassage();
    expect(end.meta.ending).toBe('ill');
    expect(end.lines.map((l) => l.text).join(' ')).toMatch(/Still in hospital\./);
    expect(runner.draws()).toEqual([{ fact: 'health', value: 2, of: 2 }]);
    runner.reset(seed);
    expect(runner.draws()).toEqual([]);
  });

  it('is explored over every value, not a sample of seeds', () => {
    const report = exploreStory(compileSource(STORY));
    expect(report.endings.sort()).toEqual(['ill', 'well']);
    expect(report.facts).toEqual({ health: 2 });
    expect(report.endingDraws).toEqual({ well: { health: 1 }, ill: { health: 2 } });
    expect(report.deadEnds).toEqual([]);
  });
});
