import { describe, expect, it } from 'vitest';
import { unreadVariables } from '../../src/story/unreadVariables';
import { exploreStory } from '../../src/story/exploreStory';
import { compileSource } from '../helpers/fixtures';

const head = '# title: Unread\nVAR tie_gran = 2\nVAR lives_with = "home"\nVAR trust = 0\nVAR kept = 0\n';

describe('variables nothing that happens depends on', () => {
  it('are those only set, or read only to work out another such variable', () => {
    const json = compileSource(`${head}~ tie_gran = MIN(tie_gran + 1, 4)\n~ lives_with = "Nana's"\n~ trust = trust + 1\n~ kept = tie_gran\n{trust > 0: Trusted.}\n-> END\n`);
    expect([...unreadVariables(json)].sort()).toEqual(['kept', 'lives_with', 'tie_gran']);
  });

  it('leave out any variable read in a condition, in printed text or by a function', () => {
    const printed = compileSource(`${head}She lives with {lives_with}.\n-> END\n`);
    expect(unreadVariables(printed).has('lives_with')).toBe(false);
    const condition = compileSource(`${head}{tie_gran < 2: She misses her.}\n-> END\n`);
    expect(unreadVariables(condition).has('tie_gran')).toBe(false);
    const passed = compileSource(`${head}~ kept = twice(tie_gran)\n-> END\n=== function twice(x) ===\n~ return x * 2\n`);
    expect(unreadVariables(passed).has('tie_gran')).toBe(false);
    // Read to work out a variable that is itself read: read too.
    const chained = compileSource(`${head}~ trust = tie_gran\n{trust > 2: Close.}\n-> END\n`);
    expect(unreadVariables(chained).has('tie_gran')).toBe(false);
  });

  it('let the explorer merge roads that differ only in them, with the same bounds and endings', () => {
    const steps = Array.from({ length: 8 }, (_, i) => `# decision: t.p1.d${i}\n* [Yes # permanence: +1 # contact: 0 # disruption: 0 # why: w # ref: r # stance: with]\n  ~ tie_gran = tie_gran + 1\n* [No # permanence: 0 # contact: 0 # disruption: 0 # why: w # ref: r # stance: not]\n- Step ${i} done.`).join('\n');
    const story = (ending: string) => compileSource(`${head}${steps}\n${ending}# ending: end\n# outcome: o\n-> END\n`);
    const merged = exploreStory(story(''));
    const apart = exploreStory(story('{tie_gran > 20: Never.}\n'));
    expect(merged.states).toBeLessThan(apart.states);
    expect(merged.bounds).toEqual(apart.bounds);
    expect(merged.endings).toEqual(apart.endings);
  });
});
