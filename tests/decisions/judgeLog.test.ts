import { describe, expect, it } from 'vitest';
import { releasedLog } from '../helpers/releasedV1';
import { nodeLookup } from '../../src/content/loadStoriesNode';
import { StoryRunner } from '../../src/story/StoryRunner';
import { judgeLog, upgradeLog } from '../../src/decisions/judgeLog';
import { verifyLog } from '../../src/log/verifyLog';
import { buildDebrief } from '../../src/engine/debrief';
import { scaleScores } from '../../src/scoring/scaleScores';

const released = (name: string) => releasedLog(name).log;

describe('a log from the first release, on its own scale and on the new one', () => {
  const lookup = nodeLookup();

  for (const name of ['bradley-finished-ranking.json', 'chloe-finished-balance.json', 'olivia-part-way.json']) {
    it(`${name}: keeps its own scores, and is judged decision by decision on its archived story`, () => {
      const log = released(name);
      expect(log.version).toBe(1);
      const bundle = lookup(log.scenario, log.storyVersion)!;
      expect(bundle.version).toBe(log.storyVersion);
      // Its own scale: running totals scaled to the story's bounds, as that release wrote them.
      expect(scaleScores(log.totals, bundle.bounds)).toEqual(log.scores);
      const runner = new StoryRunner(bundle.json);
      const judged = judgeLog(log, runner);
      for (const s of Object.values(judged.scores)) expect(s === null || (s >= 0 && s <= 100)).toBe(true);
      const debrief = buildDebrief(log, bundle);
      expect(debrief.legacy?.scores).toEqual(log.scores);
      expect(debrief.scores).toEqual(judged.scores);

      const upgraded = upgradeLog(log, runner);
      expect(upgraded.version).toBe(2);
      expect(upgraded.scores).toEqual(judged.scores);
      expect(upgraded.entries.map((e) => [e.choice, e.text, e.deltas])).toEqual(log.entries.map((e) => [e.choice, e.text, e.deltas]));
      expect(verifyLog(upgraded, lookup).kind).toBe('verified');
      expect(verifyLog(log, lookup).kind).toBe('verified');
    });
  }
});
