/**
 * A small decision log written out by hand (not played), for exports checked against
 * hand-computed expectations: a step before the first decision, a choice taken back,
 * reasons that a spreadsheet would read as formulas, a ranking, and an ending. It is a
 * version 1 log as a participant's file holds it, read through the schema as every reader
 * reads it (the fields v2 added take their v1 meaning: kind from the decision id, no
 * judgement, no start order, no draws, no checks, no ending tags).
 */
import * as v from 'valibot';
import { DecisionLogSchema, type DecisionLog } from '../../src/log/logSchema';

const zero = { permanence: 0, contact: 0, disruption: 0 };

export const HAND_WRITTEN_LOG: DecisionLog = v.parse(DecisionLogSchema, {
  format: 'permanence-decision-log',
  version: 1,
  scenario: 'test-case',
  storyVersion: 'f28b6a22a95b',
  seed: 3,
  participant: '@Sam',
  cohort: 'Spring 2026',
  startedAt: '2026-11-23T09:00:00.000Z',
  finishedAt: '2026-11-23T10:05:00.000Z',
  entries: [
    {
      step: 0, decision: null, part: '1 The first week', choice: 1, text: 'Go straight to the decision', deltas: zero, stance: null,
      justification: '+44 7700 900000 rang', ranking: null, balance: null,
      shownAt: '2026-11-23T09:00:05.000Z', chosenAt: '2026-11-23T09:00:09.000Z', reconsideredAt: null,
    },
    {
      step: 1, decision: 'test.p1.grandmother', part: '1 The first week', choice: 2, text: 'Wait for the first review',
      deltas: { permanence: -1, contact: -1, disruption: 1 }, stance: 'not',
      justification: '\tTabbed, then\r\nreturned', ranking: null, balance: null,
      shownAt: '2026-11-23T09:00:10.000Z', chosenAt: '2026-11-23T09:01:15.500Z', reconsideredAt: '2026-11-23T09:01:20.000Z',
    },
    {
      step: 1, decision: 'test.p1.grandmother', part: '1 The first week', choice: 0, text: 'Hold a family network meeting with Pat this week',
      deltas: { permanence: 2, contact: 1, disruption: -1 }, stance: 'with',
      justification: '-2 for drift; "Pat" first', ranking: null, balance: null,
      shownAt: '2026-11-23T09:01:20.000Z', chosenAt: '2026-11-23T09:01:32.250Z', reconsideredAt: null,
    },
    {
      step: 2, decision: 'test.p1.family-time', part: '1 The first week', choice: 0, text: 'Three supervised sessions a week at the family centre',
      deltas: { permanence: 1, contact: 2, disruption: 0 }, stance: 'with',
      justification: '=HYPERLINK("http://x")\nsecond line', ranking: null, balance: null,
      shownAt: '2026-11-23T09:02:00.000Z', chosenAt: '2026-11-23T10:03:04.010Z', reconsideredAt: null,
    },
    {
      step: 3, decision: 'test.p2.priorities', part: '2 The review', choice: 0, text: 'Assess Pat as a connected person',
      deltas: { permanence: 2, contact: 1, disruption: -1 }, stance: 'with',
      justification: '\rReturn first', ranking: { order: [0, 2, 1], expertOrder: [0, 2, 1], distance: 0 }, balance: null,
      shownAt: '2026-11-23T10:03:30.000Z', chosenAt: '2026-11-23T10:04:00.000Z', reconsideredAt: null,
    },
  ],
  totals: { permanence: 5, contact: 4, disruption: -2 },
  scores: { permanence: 70, contact: 60, disruption: 30 },
  ending: { id: 'home', outcome: 'Maya returned home with support.' },
});
