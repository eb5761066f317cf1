import { describe, expect, it } from 'vitest';
import { drivePlay, randomChooser, seededRandom } from '../../src/engine/drivePlay';
import { rankingStart } from '../../src/engine/playMachine';
import { startOrder } from '../../src/decisions/rank';
import { expertOrder } from '../../src/scoring/rankDistance';
import { runnerFor } from '../../src/log/verifyLog';
import { walk } from '../../src/story/walk';
import { loadScenario } from '../../src/content/loadStoriesNode';
import { activeEntries } from '../../src/log/activePath';
import { fixtureBundle } from '../helpers/fixtures';

const SEEDS = Array.from({ length: 200 }, (_, i) => i + 1);

describe('a ranking opens shuffled, never in the panel\'s order', () => {
  // The fixture's panel order depends on the evidence: with the network meeting, and without it.
  for (const [label, path] of [['after the network meeting', [0, 0, 0]], ['with no meeting', [1, 2, 1]]] as const) {
    it(`opens the fixture's ranking ${label} in an order that is never the panel's, over 200 seeds`, () => {
      const bundle = fixtureBundle();
      const runner = runnerFor(bundle);
      const seen = new Set<string>();
      for (const seed of SEEDS) {
        const point = walk(runner, seed, path).last;
        expect(point.meta.rank).toBe(true);
        const start = startOrder(seed, point.meta.decision!, point.choices);
        expect([...start].sort()).toEqual(point.choices.map((c) => c.index).sort());
        expect(start).not.toEqual(expertOrder(point.choices));
        seen.add(start.join());
      }
      // Shuffled, not one fixed order that merely avoids the panel's.
      expect(seen.size).toBeGreaterThan(1);
    });
  }

  it('gives the play machine the same opening order the engine records', () => {
    const bundle = fixtureBundle();
    let checked = 0;
    for (const seed of SEEDS.slice(0, 20)) {
      let opened: number[] | null = null;
      const chooser = randomChooser(seededRandom(seed));
      const { log } = drivePlay({ bundle, seed }, {
        ...chooser,
        order: (view, top) => {
          opened = rankingStart({ seed, view } as Parameters<typeof rankingStart>[0]);
          return chooser.order!(view, top);
        },
      });
      const ranked = activeEntries(log).find((e) => e.ranking);
      if (!ranked) continue;
      expect(ranked.ranking!.startOrder).toEqual(opened);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  // The rankings a few random plays meet in each shipped case; each is then opened under 200 seeds.
  for (const id of ['bradley', 'olivia', 'chloe']) {
    it(`never opens a ranking in ${id} in the panel's order, over 200 seeds`, () => {
      const { bundle } = loadScenario(id);
      const runner = runnerFor(bundle);
      const points = new Map<string, ReturnType<typeof walk>['last']>();
      for (const seed of SEEDS.slice(0, 6)) {
        const { log } = drivePlay({ bundle, seed }, randomChooser(seededRandom(seed)));
        const entries = activeEntries(log);
        entries.forEach((e, step) => {
          if (!e.ranking) return;
          expect(e.ranking.startOrder).not.toEqual(e.ranking.expertOrder);
          const point = walk(runner, seed, entries.slice(0, step).map((x) => x.choice)).last;
          points.set(`${e.decision}|${point.choices.map((c) => c.meta.expert).join()}`, point);
        });
      }
      if (id !== 'chloe') expect(points.size).toBeGreaterThan(0);
      for (const point of points.values()) {
        for (const seed of SEEDS) expect(startOrder(seed, point.meta.decision!, point.choices)).not.toEqual(expertOrder(point.choices));
      }
    }, 120_000);
  }
});
