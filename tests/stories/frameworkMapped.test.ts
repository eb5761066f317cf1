import { describe, expect, it } from 'vitest';
import { listScenarioIds, loadScenario } from '../../src/content/loadStoriesNode';
import { mappableIds } from '../../src/content/checkFrameworkMap';

describe('the practice framework', () => {
  for (const id of listScenarioIds()) {
    it(`maps every decision of ${id} to the permanence KSS, a primary area first and at most one more`, () => {
      const { bundle, explored } = loadScenario(id);
      const framework = bundle.framework;
      expect(framework?.id, `stories/${id}/framework.json`).toBe('kss-permanence-2016');
      const areaIds = framework!.areas.map((a) => a.id);
      const ids = mappableIds(explored);
      expect(Object.keys(framework!.decisions).sort()).toEqual([...ids].sort());
      for (const decision of ids) {
        const areas = framework!.decisions[decision]!;
        expect(areas.length, decision).toBeGreaterThanOrEqual(1);
        expect(areas.length, decision).toBeLessThanOrEqual(2);
        for (const { area } of areas) expect(areaIds, `${decision} -> ${area}`).toContain(area);
      }
    });
  }
});
