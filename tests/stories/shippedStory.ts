/**
 * Every shipped case: compiles, passes the contract, has no dead end or unreachable
 * content, reaches every ending by a scripted path with the totals an independent reading
 * of the tags gives, survives random play-throughs, and has a valid case file.
 */
import { describe, expect, it } from 'vitest';
import { Story } from 'inkjs';
import { loadScenario } from '../../src/content/loadStoriesNode';
import { compileInkFile } from '../../src/story/compileInk';
import { lintStory } from '../../src/story/lintStory';
import { cachedExplore } from '../../src/content/exploreCache';
import { drivePlay, pathChooser, randomChooser, seededRandom } from '../../src/engine/drivePlay';
import { buildDebrief } from '../../src/engine/debrief';
import { verifyLog } from '../../src/log/verifyLog';
import { StoryRunner } from '../../src/story/StoryRunner';
import { DIMENSIONS } from '../../src/story/tagContract';


/** Sums the dimension tags of the chosen options with raw inkjs and a regular expression: an oracle independent of the engine. */
function oracleTotals(json: string, seed: number, path: readonly number[]) {
  const story = new Story(JSON.parse(json));
  story.state.storySeed = seed;
  story.state.previousRandom = 0;
  const totals = { permanence: 0, contact: 0, disruption: 0 };
  for (const index of path) {
    while (story.canContinue) story.Continue();
    const tags = story.currentChoices[index]!.tags ?? [];
    for (const tag of tags) {
      const m = /^\s*(permanence|contact|disruption)\s*:\s*([+-]?\d+)\s*$/.exec(tag);
      if (m) totals[m[1] as keyof typeof totals] += Number(m[2]);
    }
    story.ChooseChoiceIndex(index);
  }
  return totals;
}

/** The checks every shipped case must pass; each case's own test file calls this, so cases run in parallel. */
export function describeShippedStory(id: string): void {
  describe(`the ${id} case`, () => {
  it('compiles and passes the tag contract', () => {
    const compiled = compileInkFile(`stories/${id}/main.ink`);
    expect(compiled.ok).toBe(true);
    if (!compiled.ok) return;
    const { problems } = lintStory(compiled.json, (json) => cachedExplore(json, compiled.version));
    expect(problems).toEqual([]);
  });

  it('has no dead end or unreachable content, and its best and worst totals differ on every dimension', () => {
    const { explored } = loadScenario(id);
    expect(explored.deadEnds).toEqual([]);
    expect(explored.unreachable).toEqual([]);
    expect(explored.endings.length).toBeGreaterThan(0);
    for (const d of DIMENSIONS) expect(explored.bounds[d].max).toBeGreaterThan(explored.bounds[d].min);
  });

  it('reaches every ending by a scripted path, with the debrief totals the tags add up to', () => {
    const { bundle, explored } = loadScenario(id);
    for (const [ending, path] of Object.entries(explored.endingPaths)) {
      const { log } = drivePlay({ bundle, seed: 1 }, pathChooser(path, 'Reasons written for the test.'), path.length);
      expect(log.ending?.id, `path to ${ending}`).toBe(ending);
      const expected = oracleTotals(bundle.json, 1, path);
      expect(log.totals, `totals on the path to ${ending}`).toEqual(expected);
      expect(buildDebrief(log, bundle).totals).toEqual(expected);
      expect(verifyLog(log, (s) => (s === id ? bundle : undefined)).kind).toBe('verified');
    }
  });

  it('survives random play-throughs through the engine: every one reaches a known ending within the bounds', () => {
    const { bundle } = loadScenario(id);
    const runner = new StoryRunner(bundle.json);
    for (let seed = 0; seed < 150; seed++) {
      const { log, actor } = drivePlay({ bundle, runner, seed }, randomChooser(seededRandom(seed)));
      expect(actor.getSnapshot().matches('debrief')).toBe(true);
      expect(bundle.endings).toContain(log.ending?.id);
      for (const d of DIMENSIONS) {
        expect(log.totals[d]).toBeGreaterThanOrEqual(bundle.bounds[d].min);
        expect(log.totals[d]).toBeLessThanOrEqual(bundle.bounds[d].max);
      }
    }
  });

  it('survives thousands of random walks of the story itself with no dead end', () => {
    const { bundle } = loadScenario(id);
    const runner = new StoryRunner(bundle.json);
    const random = seededRandom(7);
    for (let walk = 0; walk < 2000; walk++) {
      runner.reset(walk);
      let passage = runner.continuePassage();
      while (!passage.ended) {
        expect(passage.errors).toEqual([]);
        runner.choose(Math.floor(random() * passage.choices.length));
        passage = runner.continuePassage();
      }
      expect(passage.meta.ending, `walk ${walk} ended without an ending`).not.toBeNull();
    }
  });

  it('has a case file whose people, ties and variables fit the story', () => {
    const { bundle } = loadScenario(id);
    expect(bundle.caseFile).not.toBeNull();
    const file = bundle.caseFile!;
    expect(file.chronology.length).toBeGreaterThan(0);
    expect(file.network.length).toBeGreaterThan(0);
    const variables = new StoryRunner(bundle.json).variables();
    for (const tie of file.network) {
      const value = variables[tie.tie];
      expect(typeof value, tie.tie).toBe('number');
      expect(value as number).toBeGreaterThanOrEqual(0);
      expect(value as number).toBeLessThanOrEqual(5);
    }
  });
});
}
