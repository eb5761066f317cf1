import { describe, expect, it } from 'vitest';
import { drivePlay, pathChooser } from '../../src/engine/drivePlay';
import { buildDebrief } from '../../src/engine/debrief';
import { seedForDraws } from '../../src/story/seededDraw';
import { fixtureBundle } from '../helpers/fixtures';

const WELL = seedForDraws({ 'grandmother-health': 2 }, { 'grandmother-health': 2 })!;
const ILL = seedForDraws({ 'grandmother-health': 1 }, { 'grandmother-health': 2 })!;

/*
 * Worked by hand from tests/fixtures/test-case. Each decision's chosen option is placed between the
 * worst (0) and best (1) offered on each dimension (the least risky best for disruption):
 *   grandmother: meeting (2,1,-1) of (2,1,-1) (0,0,0) (-1,-1,1) -> 1,1,1; waiting -> 0,0,0
 *   family time: three sessions (1,2,0) of (1,2,0) (0,-1,-1) -> 1,1,0; one session -> 0,0,1
 *   priorities: Pat (2,1,-1) of (2,1,-1) (-1,0,1) (1,2,0) -> 1,0.5,1; keep Maya where she is -> 0,0,0
 *   plan, after a meeting with three sessions a week: SGO (3,1,-1) of (3,1,-1) (1,2,2) (0,1,0) -> 1,0,1;
 *     return home -> 1/3,1,0. Without a meeting, with one session: fostering (0,-1,0) of (1,2,2) (0,-1,0) -> 0,0,1.
 * Scores are the means x100, disruption as a risk (100 - mean x100).
 */
const ENDINGS = [
  { ending: 'sgo-pat', seed: WELL, path: [0, 0, 0, 0, 0], scores: { permanence: 100, contact: 63, disruption: 25 }, totals: { permanence: 8, contact: 5, disruption: -3 } },
  { ending: 'sgo-pat-ends', seed: ILL, path: [0, 0, 0, 0, 0], scores: { permanence: 100, contact: 63, disruption: 25 }, totals: { permanence: 8, contact: 5, disruption: -3 } },
  { ending: 'home', seed: WELL, path: [0, 0, 0, 0, 1], scores: { permanence: 83, contact: 88, disruption: 50 }, totals: { permanence: 6, contact: 6, disruption: 0 } },
  { ending: 'long-term-fostering', seed: WELL, path: [1, 2, 1, 1, 1], scores: { permanence: 0, contact: 0, disruption: 50 }, totals: { permanence: -2, contact: -3, disruption: 1 } },
];

describe('the debrief', () => {
  for (const { ending, seed, path, scores, totals } of ENDINGS) {
    it(`plays to "${ending}" by a scripted path and judges each decision against the options offered`, () => {
      const { log } = drivePlay({ bundle: fixtureBundle(), seed }, pathChooser(path, 'My reasons.'));
      expect(log.ending?.id).toBe(ending);
      expect(log.totals).toEqual(totals);
      expect(log.scores).toEqual(scores);
      const debrief = buildDebrief(log, fixtureBundle());
      expect(debrief.scores).toEqual(scores);
      expect(debrief.decisions).toHaveLength(4);
      expect(debrief.legacy).toBeNull();
    });
  }

  it('tells how it ended apart from how the player decided: the same decisions can meet a different outcome', () => {
    const well = buildDebrief(drivePlay({ bundle: fixtureBundle(), seed: WELL }, pathChooser([0, 0, 0, 0, 0], 'R.')).log, fixtureBundle());
    const ill = buildDebrief(drivePlay({ bundle: fixtureBundle(), seed: ILL }, pathChooser([0, 0, 0, 0, 0], 'R.')).log, fixtureBundle());
    expect(well.scores).toEqual(ill.scores);
    expect(well.ending).toMatchObject({ id: 'sgo-pat', legal: 'special guardianship order to her grandmother', timescale: 'met' });
    expect(ill.ending).toMatchObject({ id: 'sgo-pat-ends', timescale: 'missed' });
    expect(ill.facts).toEqual([{
      fact: 'grandmother-health', question: 'Whether Pat\'s health holds through Maya\'s first year with her',
      value: 1, drawn: 'Pat falls ill within the year',
      otherwise: [{ value: 2, words: 'Pat stays well', ending: expect.objectContaining({ id: 'sgo-pat', timescale: 'met' }), divergesAtStep: null }],
    }]);
    expect(well.facts[0]!.otherwise[0]!.ending?.id).toBe('sgo-pat-ends');
  });

  it('shows each decision with its alternatives, the best offered, closeness, reasons and the panel\'s order as in force', () => {
    const { log } = drivePlay({ bundle: fixtureBundle(), seed: WELL }, pathChooser([0, 0, 0, 2, 1], 'Because the child needs it.'));
    const debrief = buildDebrief(log, fixtureBundle());
    const [meeting, familyTime, priorities, plan] = debrief.decisions;
    expect(meeting!.prompt).toBe('What does the child\'s timescale ask of us in the first week?');
    expect(meeting!.options.map((o) => o.text)).toEqual([
      'Hold a family network meeting with Pat this week', 'Ask Pat to put her offer in writing', 'Wait for the first review',
    ]);
    expect(meeting!.options.map((o) => o.best)).toEqual([true, false, false]);
    expect(meeting!.closeness).toBe(1);
    expect(meeting!.chosen.ref).toMatch(/^Practice Standards, Children in Care: viability assessment within 24 hours/);
    expect(familyTime!.reasons).toBe('Because the child needs it.');
    // After a network meeting the panel puts Pat first and return second.
    expect(priorities!.ranking).toMatchObject({ order: [2, 0, 1], expertOrder: [0, 2, 1], distance: 2 });
    expect(priorities!.ranking!.startOrder).toHaveLength(3);
    expect(priorities!.ranking!.startOrder!.join()).not.toBe('0,2,1');
    expect(priorities!.options[0]!.expertWhy).toMatch(/^Test Pat's offer now, in parallel with work towards return/);
    // The plan's qualities: SGO (1,0,1) 2/3, return home (1/3,1,0) 4/9, fostering (0,0,2/3) 2/9;
    // return home sits halfway between the weakest and the best offered.
    expect(plan!.chosen.best).toBe(false);
    expect(plan!.closeness).toBeCloseTo(0.5);
    expect(debrief.parts.map((p) => [p.part, p.decisions.length])).toEqual([['1 The first week', 2], ['2 The review', 2]]);
    expect(debrief.stances).toEqual({ with: 4, to: 0, for: 0, not: 0 });
    expect(debrief.areas.length).toBeGreaterThan(0);
    expect(debrief.framework?.title).toMatch(/Knowledge and skills statement/);
  });

  it('reads the panel\'s order as it stood on the path: without a meeting, return comes first', () => {
    const { log } = drivePlay({ bundle: fixtureBundle(), seed: WELL }, pathChooser([1, 2, 1, 2, 0], 'R.'));
    const priorities = buildDebrief(log, fixtureBundle()).decisions[2]!;
    expect(priorities.ranking).toMatchObject({ order: [2, 0, 1], expertOrder: [2, 0, 1], distance: 0 });
    expect(priorities.options[0]!.expertWhy).toMatch(/Nobody has met Pat yet/);
  });

  it('counts an activity as a check, never as a decision or in the scores', () => {
    const { log } = drivePlay({ bundle: fixtureBundle(), seed: WELL }, pathChooser([2, 1, 0, 0, 0, 0], 'R.'));
    const debrief = buildDebrief(log, fixtureBundle());
    expect(debrief.checks).toEqual({ correct: 0, of: 1 });
    expect(log.checks).toEqual({ correct: 0, of: 1 });
    expect(debrief.activities).toMatchObject([{ id: 'test.p1.fact-or-opinion', correct: false }]);
    expect(debrief.activities[0]!.options.find((o) => o.correct)?.text).toBe('Maya was not brought to two health appointments');
    expect(debrief.decisions).toHaveLength(4);
    expect(debrief.scores).toEqual({ permanence: 100, contact: 63, disruption: 25 });
    const entry = log.entries.find((e) => e.kind === 'activity')!;
    expect(entry).toMatchObject({ stance: null, judgement: null, correct: false, deltas: { permanence: 0, contact: 0, disruption: 0 } });
  });
});
