import { describe, expect, it } from 'vitest';
import { scaleScore, scaleScores } from '../../src/scoring/scaleScores';
import { readBand, SCORES_ARE_PROMPTS } from '../../src/scoring/bands';
import { expertOrder, footrule, isFullOrdering } from '../../src/scoring/rankDistance';
import { sumDeltas } from '../../src/scoring/totals';
import { parseChoiceTags } from '../../src/story/tagContract';

describe('scoring', () => {
  it('scales totals to 0-100 between the worst and best reachable totals', () => {
    expect(scaleScore(-2, -2, 8)).toBe(0);
    expect(scaleScore(8, -2, 8)).toBe(100);
    expect(scaleScore(3, -2, 8)).toBe(50);
    expect(scaleScore(4, 4, 4)).toBe(50);
  });

  it('scales disruption so that 0 is the lowest reachable risk', () => {
    const bounds = { permanence: { min: 0, max: 10 }, contact: { min: 0, max: 10 }, disruption: { min: -4, max: 4 } };
    expect(scaleScores({ permanence: 10, contact: 0, disruption: -4 }, bounds)).toEqual({ permanence: 100, contact: 0, disruption: 0 });
  });

  it('words the bands, with lower disruption risk as the favourable end', () => {
    expect(readBand('disruption', 10)).toMatchObject({ band: 'low', favourable: true });
    expect(readBand('permanence', 10)).toMatchObject({ band: 'low', favourable: false });
    expect(readBand('contact', 90).words).toMatch(/child's right/);
    expect(SCORES_ARE_PROMPTS).toMatch(/not a judgement/);
  });

  it('sums deltas', () => {
    expect(sumDeltas([{ permanence: 1, contact: -1, disruption: 2 }, { permanence: 2, contact: 0, disruption: -3 }])).toEqual({ permanence: 3, contact: -1, disruption: -1 });
  });

  it('measures a ranking\'s distance from the panel\'s order', () => {
    const choices = [3, 1, 2].map((expert, index) => ({ index, text: `o${index}`, tags: [], meta: { ...parseChoiceTags([]), expert } }));
    expect(expertOrder(choices)).toEqual([1, 2, 0]);
    expect(footrule([1, 2, 0], [1, 2, 0])).toBe(0);
    expect(footrule([0, 2, 1], [1, 2, 0])).toBe(4);
    expect(isFullOrdering([2, 0, 1], 3)).toBe(true);
    expect(isFullOrdering([2, 2, 1], 3)).toBe(false);
    expect(isFullOrdering([0, 1], 3)).toBe(false);
  });
});
