import { describe, expect, it } from 'vitest';
import { rankingFor, refuseRanking, startOrder } from '../../src/decisions/rank';
import { expertOrder } from '../../src/scoring/rankDistance';
import { parseChoiceTags } from '../../src/story/tagContract';
import type { ChoiceView } from '../../src/story/StoryRunner';

const option = (index: number, expert: number): ChoiceView => {
  const tags = [`expert: ${expert}`];
  return { index, text: `Option ${index + 1}`, tags, meta: parseChoiceTags(tags) };
};

describe('a ranking opens in an order drawn from the seed', () => {
  for (const size of [2, 3, 4, 5]) {
    it(`never opens in the panel's order, over 200 seeds, with ${size} options`, () => {
      const choices = Array.from({ length: size }, (_, i) => option(i, ((i + 2) % size) + 1));
      const panel = expertOrder(choices).join();
      const seen = new Set<string>();
      for (let seed = 1; seed <= 200; seed++) {
        const start = startOrder(seed, 'test.rank', choices);
        expect([...start].sort()).toEqual(choices.map((c) => c.index));
        expect(start.join()).not.toBe(panel);
        expect(startOrder(seed, 'test.rank', choices)).toEqual(start);
        seen.add(start.join());
      }
      // Every other order turns up where 200 seeds can cover them; with five options, most do.
      const others = [1, 2, 6, 24, 120][size - 1]! - 1;
      if (others <= 24) expect(seen.size).toBe(others);
      else expect(seen.size).toBeGreaterThan(80);
    });
  }

  it('records a ranking confirmed unchanged, and the verifier holds it to the seed', () => {
    const choices = [option(0, 1), option(1, 2), option(2, 3)];
    const start = startOrder(9, 'test.rank', choices);
    const unchanged = rankingFor(start, choices, start);
    expect(unchanged.unchanged).toBe(true);
    expect(refuseRanking(unchanged, start[0]!, choices, start)).toBeNull();
    const moved = rankingFor([...start].reverse(), choices, start);
    expect(moved.unchanged).toBe(false);
    expect(refuseRanking({ ...moved, unchanged: true }, moved.order[0]!, choices, start)).toEqual({ code: 'ranking-start-mismatch' });
    expect(refuseRanking({ ...moved, startOrder: choices.map((c) => c.index) }, moved.order[0]!, choices, start)).toEqual({ code: 'ranking-start-mismatch' });
    // A log from the release whose rankings opened in the panel's order recorded no start.
    expect(refuseRanking({ ...moved, startOrder: null, unchanged: null }, moved.order[0]!, choices, start)).toBeNull();
  });
});
