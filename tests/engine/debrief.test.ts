import { describe, expect, it } from 'vitest';
import { drivePlay, pathChooser } from '../../src/engine/drivePlay';
import { buildDebrief } from '../../src/engine/debrief';
import { fixtureBundle } from '../helpers/fixtures';

// Totals worked by hand from tests/fixtures/test-case (permanence, contact, disruption).
const ENDINGS = [
  { ending: 'sgo-pat', path: [0, 0, 0, 0, 0], totals: { permanence: 8, contact: 5, disruption: -3 } },
  { ending: 'home', path: [0, 0, 0, 0, 1], totals: { permanence: 6, contact: 6, disruption: 0 } },
  // No meeting, so the SGO option is not offered and fostering is the second option; thin family time makes its contact -1.
  { ending: 'long-term-fostering', path: [1, 2, 1, 1, 1], totals: { permanence: -2, contact: -3, disruption: 1 } },
];

describe('the debrief', () => {
  for (const { ending, path, totals } of ENDINGS) {
    it(`plays to "${ending}" by a scripted path and shows the hand-computed totals`, () => {
      const { log } = drivePlay({ bundle: fixtureBundle(), seed: 2 }, pathChooser(path, 'My reasons.'));
      expect(log.ending?.id).toBe(ending);
      const debrief = buildDebrief(log, fixtureBundle());
      expect(debrief.totals).toEqual(totals);
      expect(log.totals).toEqual(totals);
      expect(debrief.decisions).toHaveLength(4);
      expect(debrief.decisions.at(-1)!.totalsAfter).toEqual(totals);
    });
  }

  it('shows each decision with its alternatives, rationale, reference, reasons and the panel\'s order', () => {
    const { log } = drivePlay({ bundle: fixtureBundle(), seed: 2 }, pathChooser([0, 0, 0, 2, 1], 'Because the child needs it.'));
    const debrief = buildDebrief(log, fixtureBundle());
    const [meeting, familyTime, priorities] = debrief.decisions;
    expect(meeting!.prompt).toBe('What does the child\'s timescale ask of us in the first week?');
    expect(meeting!.options.map((o) => o.text)).toEqual([
      'Hold a family network meeting with Pat this week', 'Ask Pat to put her offer in writing', 'Wait for the first review',
    ]);
    expect(meeting!.chosen.ref).toBe('Practice Standards, Children in Care');
    expect(familyTime!.reasons).toBe('Because the child needs it.');
    expect(priorities!.ranking).toEqual({ order: [2, 0, 1], expertOrder: [0, 2, 1], distance: 2 });
    expect(priorities!.options[1]!.expertWhy).toBe('Delay is not neutral.');
    expect(debrief.parts.map((p) => [p.part, p.decisions.length])).toEqual([['1 The first week', 2], ['2 The review', 2]]);
    expect(debrief.stances).toEqual({ with: 4, to: 0, for: 0, not: 0 });
  });
});
