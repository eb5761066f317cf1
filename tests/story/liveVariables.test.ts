import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { liveness } from '../../src/story/liveVariables';
import { exploreStory } from '../../src/story/exploreStory';
import { StoryRunner } from '../../src/story/StoryRunner';
import { compileInkFile } from '../../src/story/compileInk';
import { compileSource, fixtureBundle } from '../helpers/fixtures';

const live = (json: string, at: string) => [...(liveness(new StoryRunner(json).story).liveFrom([at]) ?? ['(all)'])].sort();

// Two parts: `early` is read only in part one, `late` only in part two, `both` in each; a
// function and a tunnel read `helped` and `tunnelled`, so whoever calls them reads them too.
const TWO_PARTS = `# title: Live
VAR early = 0
VAR late = 0
VAR both = 0
VAR helped = 0
VAR tunnelled = 0
-> one
=== one ===
{early > 0: Early.} {both > 0: Both.}
* [A]
  ~ early = 1
* [B]
  ~ late = 1
- -> two
=== two ===
{late > 0: Late.} {both > 0: Both.} {say()}
-> aside ->
= stitch
* [On] -> END
=== function say() ===
~ return helped
=== aside ===
{tunnelled > 0: Aside.}
->->
`;

describe('variables still read from where the story stands', () => {
  it('are those read in the flow itself and every flow it can divert, call or tunnel to', () => {
    const json = compileSource(TWO_PARTS);
    expect(live(json, 'one.0')).toEqual(['both', 'early', 'helped', 'late', 'tunnelled']);
    expect(live(json, 'two.0')).toEqual(['both', 'helped', 'late', 'tunnelled']);
    expect(live(json, 'two.stitch.0')).toEqual([]);
  });

  it('are all of them, unknown, in a story that diverts to a target held in a variable', () => {
    const json = compileSource('# title: Anywhere\nVAR next = -> a\nVAR x = 0\n-> next\n=== a ===\n{x > 0: X.}\n-> END\n');
    expect(liveness(new StoryRunner(json).story).liveFrom(['a.0'])).toBeNull();
  });

  it('let the explorer merge states that differ only in a variable nothing ahead reads, and find the same story', () => {
    const steps = Array.from({ length: 6 }, (_, i) => `# decision: t.p1.d${i}\n* [Yes # permanence: +1 # contact: 0 # disruption: 0 # why: w # ref: r # stance: with]\n  ~ flag = flag + 1\n* [No # permanence: 0 # contact: 0 # disruption: +1 # why: w # ref: r # stance: not]\n- Step ${i} done.`).join('\n');
    const later = Array.from({ length: 6 }, (_, i) => `# decision: t.p2.d${i}\n* [Go # permanence: 0 # contact: +1 # disruption: 0 # why: w # ref: r # stance: with]\n  ~ count = count + 1\n* [Stay # permanence: 0 # contact: 0 # disruption: 0 # why: w # ref: r # stance: for]\n- Later ${i}.`).join('\n');
    const json = compileSource(`# title: Merge\nVAR flag = 0\nVAR count = 0\n-> first\n=== first ===\n${steps}\n{flag > 3: A full first part.}\n-> second\n=== second ===\n${later}\n{count > 3: A full second part.}\n# ending: end\n# outcome: o\n-> END\n`);
    const merged = exploreStory(json, { graph: true });
    const exact = exploreStory(json, { graph: true, mergeDeadVariables: false });
    expect(merged.states).toBeLessThan(exact.states);
    expect(found(merged)).toEqual(found(exact));
  });

  // What an exploration finds, in an order that does not depend on which road met it first.
  const found = ({ states: _s, seconds: _t, graph: _g, endingPaths: _p, endingDraws: _d, ...report }: ReturnType<typeof exploreStory>) => ({
    ...report,
    endings: [...report.endings].sort(),
    decisionIds: [...report.decisionIds].sort(),
    decisionPoints: report.decisionPoints.map((point) => JSON.stringify(point)).sort(),
    deadEnds: report.deadEnds.length,
  });

  it('finds the same decisions, endings and bounds with and without it, in the fixture and a shipped case\'s last part', () => {
    const compare = (json: string, startPart?: number) => {
      expect(found(exploreStory(json, { startPart }))).toEqual(found(exploreStory(json, { startPart, mergeDeadVariables: false })));
    };
    compare(fixtureBundle().json);
    // Compiled here, not loaded: loading a case explores the whole of it for its score scale.
    const bradley = compileInkFile(resolve(import.meta.dirname, '../../stories/bradley/main.ink'));
    if (!bradley.ok) throw new Error(bradley.errors.join('\n'));
    compare(bradley.json, 3);
  }, 60_000);
});
