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
import { drawFact, seedForDraws } from '../../src/story/seededDraw';
import { playForAudit, type AuditPlay } from '../../src/authoring/playForAudit';
import { PLAYERS } from '../../src/authoring/auditPlayers';


const DIMS = ['permanence', 'contact', 'disruption'] as const;
type Dim = (typeof DIMS)[number];

/**
 * An oracle independent of the engine, with raw inkjs and regular expressions: the raw totals
 * of the chosen options, and the judged scores (each decision's chosen option placed between the
 * worst (0) and best (1) offered on each dimension, the least risky best for disruption; a
 * dimension where all are equal left out; the mean over decisions, x100; disruption as 100 - that).
 */
function oracle(json: string, seed: number, path: readonly number[]) {
  const story = new Story(JSON.parse(json));
  story.state.storySeed = seed;
  story.state.previousRandom = 0;
  story.BindExternalFunction('draw', (fact: string, n: number) => drawFact(seed, fact, n), false);
  const totals = { permanence: 0, contact: 0, disruption: 0 };
  const judged: Record<Dim, number[]> = { permanence: [], contact: [], disruption: [] };
  const effects = (tags: readonly string[]) => {
    const out = { permanence: 0, contact: 0, disruption: 0 };
    for (const tag of tags) {
      const m = /^\s*(permanence|contact|disruption)\s*:\s*([+-]?\d+)\s*$/.exec(tag);
      if (m) out[m[1] as Dim] = Number(m[2]);
    }
    return out;
  };
  for (const index of path) {
    let decision = false;
    while (story.canContinue) {
      story.Continue();
      for (const tag of story.currentTags ?? []) {
        if (/^\s*decision\s*:/.test(tag)) decision = true;
        if (/^\s*activity\s*:/.test(tag)) decision = false;
      }
    }
    const offered = story.currentChoices.map((c) => effects(c.tags ?? []));
    const chosen = offered[index]!;
    for (const d of DIMS) totals[d] += chosen[d];
    if (decision) {
      for (const d of DIMS) {
        const values = offered.map((o) => o[d]);
        const [min, max] = [Math.min(...values), Math.max(...values)];
        if (min !== max) judged[d].push(d === 'disruption' ? (max - chosen[d]) / (max - min) : (chosen[d] - min) / (max - min));
      }
    }
    story.ChooseChoiceIndex(index);
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const scores = Object.fromEntries(DIMS.map((d) => [d, judged[d].length === 0 ? null : Math.round(100 * (d === 'disruption' ? 1 - mean(judged[d]) : mean(judged[d])))]));
  return { totals, scores };
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

  it('reaches every ending by a scripted path, with the totals the tags add up to and the scores judged against the options offered', () => {
    const { bundle, explored } = loadScenario(id);
    for (const [ending, path] of Object.entries(explored.endingPaths)) {
      // The hidden facts the explorer met on its way to this ending, under a seed that draws them.
      const seed = seedForDraws(explored.endingDraws[ending] ?? {}, explored.facts)!;
      const { log } = drivePlay({ bundle, seed }, pathChooser(path, 'Reasons written for the test.'), path.length);
      expect(log.ending?.id, `path to ${ending}`).toBe(ending);
      const expected = oracle(bundle.json, seed, path);
      expect(log.totals, `totals on the path to ${ending}`).toEqual(expected.totals);
      expect(log.scores, `scores on the path to ${ending}`).toEqual(expected.scores);
      expect(buildDebrief(log, bundle).scores).toEqual(expected.scores);
      expect(verifyLog(log, (s) => (s === id ? bundle : undefined)).kind).toBe('verified');
    }
  });

  // Issue 13: good practice can meet a bad outcome. Best play (the option judged best at every
  // decision) under the first 30 seeds must meet the hidden facts and end in at least two ways
  // that differ in permanence or timescale; each play's figures are then checked independently.
  it.skipIf(Object.keys(loadScenario(id).explored.facts).length === 0)(
    'plays best play under two seeds that draw the hidden facts differently: the endings differ, and each is judged on the decisions by the oracle',
    () => {
      const { bundle } = loadScenario(id);
      const runner = new StoryRunner(bundle.json);
      const permanence = (p: AuditPlay) => JSON.stringify([p.ending?.legal, p.ending?.relational, p.ending?.cultural, p.ending?.timescale]);
      const plays = new Map<string, { seed: number; play: AuditPlay }>();
      for (let seed = 1; seed <= 30; seed++) {
        const play = playForAudit(runner, seed, PLAYERS.best);
        if (!plays.has(permanence(play))) plays.set(permanence(play), { seed, play });
      }
      expect(plays.size, 'endings of best play that differ in permanence or timescale').toBeGreaterThanOrEqual(2);
      const [first, second] = [...plays.values()];
      const logs = [first!, second!].map(({ seed, play }) => {
        const { log } = drivePlay({ bundle, seed }, pathChooser(play.path, 'Reasons written for the test.'), play.path.length);
        expect(log.ending?.id, `best play under seed ${seed}`).toBe(play.ending?.id);
        const expected = oracle(bundle.json, seed, play.path);
        expect(log.totals).toEqual(expected.totals);
        expect(log.scores).toEqual(expected.scores);
        expect(buildDebrief(log, bundle).scores).toEqual(expected.scores);
        expect(verifyLog(log, (s) => (s === id ? bundle : undefined)).kind).toBe('verified');
        return log;
      });
      expect(logs[0]!.draws, 'the two seeds draw the facts differently').not.toEqual(logs[1]!.draws);
    },
  );

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
