import { describe, expect, it } from 'vitest';
import { judgeOptions, qualityOf } from '../../src/scoring/judgeDecision';
import { closeness, decisionScores } from '../../src/scoring/decisionScores';
import { overallScore } from '../../src/scoring/overallScore';

const d = (permanence: number, contact: number, disruption: number) => ({ permanence, contact, disruption });

describe('judging a decision against the options offered there', () => {
  it('places each option between the worst (0) and best (1) offered, the least risky best for disruption', () => {
    // permanence 3, 1, -1: 1, 0.5, 0. contact 0, 0, 2: 0, 0, 1. disruption -1, 0, 3 (risk): 1, 0.75, 0.
    const [a, b, c] = judgeOptions([d(3, 0, -1), d(1, 0, 0), d(-1, 2, 3)]);
    expect(a!.judgement).toEqual({ permanence: 1, contact: 0, disruption: 1 });
    expect(b!.judgement).toEqual({ permanence: 0.5, contact: 0, disruption: 0.75 });
    expect(c!.judgement).toEqual({ permanence: 0, contact: 1, disruption: 0 });
    expect(a!.quality).toBeCloseTo(2 / 3);
    expect(b!.quality).toBeCloseTo(1.25 / 3);
    expect(c!.quality).toBeCloseTo(1 / 3);
    expect([a!.best, b!.best, c!.best]).toEqual([true, false, false]);
  });

  it('leaves out a dimension on which every option offered is equal, and counts tied options all best', () => {
    const [a, b] = judgeOptions([d(2, 1, 0), d(0, 3, 0)]);
    expect(a!.judgement.disruption).toBeNull();
    expect(a!.quality).toBe(0.5);
    expect(b!.quality).toBe(0.5);
    expect([a!.best, b!.best]).toEqual([true, true]);
  });

  it('judges nothing where every option is equal on all three', () => {
    const judged = judgeOptions([d(1, 1, 1), d(1, 1, 1)]);
    expect(judged.map((j) => j.quality)).toEqual([null, null]);
    expect(qualityOf({ permanence: null, contact: null, disruption: null })).toBeNull();
  });

  it('is the same whatever the size of the effects: a short case and a long one share one scale', () => {
    const small = judgeOptions([d(1, 0, 0), d(0, 0, 1)]);
    const large = judgeOptions([d(10, 0, 0), d(0, 0, 10)]);
    expect(small.map((j) => j.judgement)).toEqual(large.map((j) => j.judgement));
  });
});

describe('0-100 scores as means over the decisions played', () => {
  it('averages each dimension over the decisions judged on it, disruption worded as a risk', () => {
    const scores = decisionScores([
      { permanence: 1, contact: null, disruption: 1 },
      { permanence: 0.5, contact: 0, disruption: 0.5 },
    ]);
    // permanence (1 + 0.5) / 2 = 75; contact 0 over one decision; disruption risk 100 - 75 = 25.
    expect(scores).toEqual({ permanence: 75, contact: 0, disruption: 25 });
  });

  it('has no score for a dimension no decision judged', () => {
    expect(decisionScores([])).toEqual({ permanence: null, contact: null, disruption: null });
  });

  it('says how close a choice came to the best offered, between the weakest (0) and the best (1)', () => {
    expect(closeness(0.5, [0.25, 0.5, 0.75])).toBe(0.5);
    expect(closeness(0.75, [0.25, 0.5, 0.75])).toBe(1);
    expect(closeness(0.5, [0.5, 0.5])).toBe(1);
    expect(closeness(null, [null, null])).toBeNull();
  });

  it('gives one overall score from the three, over those that have one', () => {
    expect(overallScore({ permanence: 80, contact: 60, disruption: 40 })).toBe(67);
    expect(overallScore({ permanence: 80, contact: null, disruption: 20 })).toBe(80);
    expect(overallScore({ permanence: null, contact: null, disruption: null })).toBeNull();
  });
});
