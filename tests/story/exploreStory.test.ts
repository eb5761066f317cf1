import { describe, expect, it } from 'vitest';
import { exploreStory } from '../../src/story/exploreStory';
import { compileInkFile } from '../../src/story/compileInk';
import { compileSource, FIXTURE } from '../helpers/fixtures';

describe('exploring a story', () => {
  it('finds every ending of the test story and its score bounds', () => {
    const compiled = compileInkFile(FIXTURE);
    if (!compiled.ok) throw new Error('fixture does not compile');
    const report = exploreStory(compiled.json);
    // Pat's health (a hidden fact) splits the SGO: both values are explored, not a sample of seeds.
    expect(new Set(report.endings)).toEqual(new Set(['home', 'sgo-pat', 'sgo-pat-ends', 'long-term-fostering']));
    expect(report.facts).toEqual({ 'grandmother-health': 2 });
    expect(report.endingDraws['sgo-pat']).toEqual({ 'grandmother-health': 2 });
    expect(report.endingDraws['sgo-pat-ends']).toEqual({ 'grandmother-health': 1 });
    expect(report.decisions).toBe(4);
    expect(report.activityIds).toEqual(['test.p1.fact-or-opinion']);
    expect(report.unreachable).toEqual([]);
    expect(report.deadEnds).toEqual([]);
    // Worked by hand from the fixture: best permanence is +2 +1 +2 +3 = 8 (the SGO needs the meeting).
    expect(report.bounds.permanence).toEqual({ min: -2, max: 8 });
    expect(report.bounds.disruption).toEqual({ min: -4, max: 4 });
  });

  it('finds an ending and a hidden fact named after an Object.prototype member', () => {
    const fact = '# fact: constructor = Whether it holds \\| Yes \\| No\nEXTERNAL draw(fact, n)\n';
    const report = exploreStory(compileSource(`# title: Names\n${fact}~ temp x = draw("constructor", 2)\n* [One] # ending: constructor\n  # outcome: o\n  -> END\n* [Two] # ending: tostring\n  # outcome: o\n  -> END\n=== function draw(fact, n) ===\n~ return RANDOM(1, n)\n`));
    expect(report.endings.sort()).toEqual(['constructor', 'tostring']);
    expect(report.facts).toEqual({ constructor: 2 });
    expect(report.problems).toEqual([]);
  });

  it('merges identical states, so converging branches are walked once', () => {
    const steps = Array.from({ length: 16 }, (_, i) => `# decision: t.p1.d${i}\n* [Yes # permanence: +1 # contact: 0 # disruption: 0 # why: w # ref: r # stance: with]\n* [No # permanence: 0 # contact: 0 # disruption: 0 # why: w # ref: r # stance: not]\n- Step ${i} done.`).join('\n');
    const report = exploreStory(compileSource(`# title: Wide\n${steps}\n# ending: end\n-> END\n`));
    // 2^16 paths, but only a few dozen distinct states.
    expect(report.states).toBeLessThan(100);
    expect(report.bounds.permanence).toEqual({ min: 0, max: 16 });
  });
  it('merges states by the story\'s variables, so a fact whose variable is cleared no longer splits them', () => {
    const fact = '# fact: f = Whether it holds \\| No \\| Yes\nEXTERNAL draw(fact, n)\nVAR f = 0\n';
    const steps = Array.from({ length: 6 }, (_, i) => `# decision: t.p1.d${i}\n* [Yes # permanence: +1 # contact: 0 # disruption: 0 # why: w # ref: r # stance: with]\n* [No # permanence: 0 # contact: 0 # disruption: 0 # why: w # ref: r # stance: not]\n- Step ${i} done.`).join('\n');
    const story = (clear: string) => compileSource(`# title: Facts\n${fact}* [Begin]\n- ~ f = draw("f", 2)\n{f == 2: It holds.|It does not.}\n${clear}${steps}\n# ending: end\n-> END\n=== function draw(fact, n) ===\n~ return RANDOM(1, n)\n`);
    const kept = exploreStory(story(''));
    const cleared = exploreStory(story('~ f = 0\n'));
    expect(kept.problems).toEqual([]);
    expect(cleared.problems).toEqual([]);
    expect(cleared.states).toBeLessThan(kept.states);
    expect(cleared.bounds.permanence).toEqual({ min: 0, max: 6 });
  });

  it('refuses a fact drawn twice on one path', () => {
    const fact = '# fact: f = Whether it holds \\| No \\| Yes\nEXTERNAL draw(fact, n)\n';
    const report = exploreStory(compileSource(`# title: Twice\n${fact}~ temp a = draw("f", 2)\n* [On]\n~ temp b = draw("f", 2)\n# ending: end\n# outcome: o\n-> END\n=== function draw(fact, n) ===\n~ return RANDOM(1, n)\n`));
    expect(report.problems.map((p) => p.message)).toContain('the fact is drawn a second time on one path: draw each fact once and keep its value in a variable');
  });
});
