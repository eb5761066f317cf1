import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import type { SavedSession } from '../../src/engine/playMachine';
import { DecisionLogSchema } from '../../src/log/logSchema';
import { chooseResume, REBUILT_NOTICE } from '../../src/lms/chooseResume';

function session(entries: number, startedAt = '2026-11-23T09:00:00.000Z', seed = 3): SavedSession {
  return {
    machineVersion: 1, phase: 'choosing', screen: { from: 0, to: 1 }, read: true, part: null, pending: null, balance: null, variables: {},
    // A version 1 log, read through the schema as every reader reads it.
    log: v.parse(DecisionLogSchema, {
      format: 'permanence-decision-log', version: 1, scenario: 'bradley', storyVersion: '0123456789ab', seed, participant: 'Ash', cohort: null,
      startedAt, finishedAt: null, totals: { permanence: 0, contact: 0, disruption: 0 }, scores: { permanence: 50, contact: 50, disruption: 50 }, ending: null,
      entries: Array.from({ length: entries }, (_, step) => ({
        step, decision: `bradley.p1.d${step}`, part: null, choice: 0, text: 'An option', deltas: { permanence: 0, contact: 0, disruption: 0 },
        stance: null, justification: null, ranking: null, balance: null, shownAt: startedAt, chosenAt: startedAt, reconsideredAt: null,
      })),
    }),
  };
}

const found = (saved: SavedSession) => ({ kind: 'found' as const, saved });

describe('choosing between the LMS\'s progress and this browser\'s save', () => {
  it('uses this browser\'s save, reporting everything in it, when the LMS holds nothing', () => {
    expect(chooseResume({ kind: 'none' }, found(session(2)))).toEqual({ found: found(session(2)), recorded: 0, setAsideLocal: false, notice: null });
  });

  it('uses the LMS\'s progress over another play-through in this browser, which is set aside', () => {
    const lms = session(3);
    const choice = chooseResume({ kind: 'session', saved: lms, rebuilt: false, recorded: 3 }, found(session(5, '2026-11-20T09:00:00.000Z')));
    expect(choice).toEqual({ found: found(lms), recorded: 3, setAsideLocal: true, notice: null });
  });

  it('uses this browser\'s save of the same play-through when it is further on', () => {
    const choice = chooseResume({ kind: 'session', saved: session(3), rebuilt: false, recorded: 3 }, found(session(4)));
    expect(choice).toEqual({ found: found(session(4)), recorded: 3, setAsideLocal: false, notice: null });
  });

  it('uses the LMS\'s progress of the same play-through when this browser\'s is behind', () => {
    const choice = chooseResume({ kind: 'session', saved: session(4), rebuilt: false, recorded: 4 }, found(session(2)));
    expect(choice).toEqual({ found: found(session(4)), recorded: 4, setAsideLocal: false, notice: null });
  });

  it('prefers this browser\'s save, with its reasons, to a session rebuilt from the choices', () => {
    const rebuilt = session(3);
    const choice = chooseResume({ kind: 'session', saved: rebuilt, rebuilt: true, recorded: 5 }, found(session(5)));
    expect(choice).toEqual({ found: found(session(5)), recorded: 5, setAsideLocal: false, notice: null });
  });

  it('says so when the session was rebuilt from the choices, keeping aside any save it replaces', () => {
    const rebuilt = session(3);
    const choice = chooseResume({ kind: 'session', saved: rebuilt, rebuilt: true, recorded: 5 }, found(session(2)));
    expect(choice).toEqual({ found: found(rebuilt), recorded: 3, setAsideLocal: true, notice: REBUILT_NOTICE });
  });

  it('carries on from this browser when the LMS\'s progress cannot be used, and says why', () => {
    const choice = chooseResume({ kind: 'unusable', reason: 'it is damaged' }, found(session(2)));
    expect(choice.found).toEqual(found(session(2)));
    expect(choice.notice).toBe('The progress your LMS kept for this case could not be used: it is damaged. It has been kept aside in this browser. You carry on from the game saved in this browser.');
  });
});
