import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { playMachine, rankingStart, type PlayEvent, type PlayInput, type SavedSession } from '../../src/engine/playMachine';
import { saveSession } from '../../src/engine/saveSession';
import { compileSource, fixtureBundle, lookupFixture } from '../helpers/fixtures';
import { verifyLog } from '../../src/log/verifyLog';
import { importLogData } from '../../src/log/importLog';
import { TEXT_LIMITS } from '../../src/log/textLimits';

let tick = 0;
const clock = () => new Date(Date.UTC(2026, 10, 23, 9, 0, tick++));
const input = (extra: Partial<PlayInput> = {}): PlayInput => ({ bundle: fixtureBundle(), seed: 11, now: clock, ...extra });

function started() {
  const actor = createActor(playMachine, { input: input() }).start();
  actor.send({ type: 'START', participant: 'Ash' });
  return actor;
}

const state = (actor: ReturnType<typeof started>) => JSON.stringify(actor.getSnapshot().value);

/** Plays the fixture to its first scored decision (test.p1.grandmother). */
function atFirstDecision() {
  const actor = started();
  actor.send({ type: 'CONTINUE' });
  actor.send({ type: 'CHOOSE', index: 1 }); // "Go straight to the decision"
  actor.send({ type: 'CONTINUE' });
  return actor;
}

/** On from there to the ranking decision that opens part 2 (test.p2.priorities). */
function atRankingDecision() {
  const actor = atFirstDecision();
  actor.send({ type: 'CHOOSE', index: 0 });
  actor.send({ type: 'CONTINUE' });
  actor.send({ type: 'CHOOSE', index: 1 });
  actor.send({ type: 'JUSTIFY', text: 'A calmer start for the placement.' });
  actor.send({ type: 'NEXT_PART' });
  actor.send({ type: 'CONTINUE' });
  return actor;
}

describe('the play machine', () => {
  it('goes from loading through briefing into the first part', () => {
    const actor = createActor(playMachine, { input: input() }).start();
    expect(actor.getSnapshot().matches('briefing')).toBe(true);
    actor.send({ type: 'START' });
    expect(actor.getSnapshot().matches({ playing: 'narrating' })).toBe(true);
    expect(actor.getSnapshot().context.view!.part).toBe('1 The first week');
  });

  it('loads a scenario asynchronously when given a loader', async () => {
    const actor = createActor(playMachine, { input: { seed: 1, load: async () => fixtureBundle() } }).start();
    expect(actor.getSnapshot().matches('loading')).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(actor.getSnapshot().matches('briefing')).toBe(true);
  });

  it('reports a scenario that fails to load without losing anything', async () => {
    const actor = createActor(playMachine, { input: { seed: 1, load: async () => { throw new Error('offline'); } } }).start();
    await new Promise((r) => setTimeout(r, 0));
    expect(actor.getSnapshot().matches('failed')).toBe(true);
    expect(actor.getSnapshot().context.message).toMatch(/could not be loaded \(offline\).*nothing you have done is lost/);
  });

  it('ignores events that do not belong to the current state', () => {
    const actor = started();
    const before = actor.getSnapshot().context.log;
    const strays: PlayEvent[] = [
      { type: 'CHOOSE', index: 0 }, { type: 'JUSTIFY', text: 'x' }, { type: 'NEXT_PART' }, { type: 'FINISH' },
      { type: 'RANK', order: [0], reasons: 'x' }, { type: 'TAKE_BACK' }, { type: 'START' }, { type: 'WEIGH', rows: [] },
    ];
    for (const event of strays) actor.send(event);
    expect(actor.getSnapshot().matches({ playing: 'narrating' })).toBe(true);
    expect(actor.getSnapshot().context.log).toEqual(before);
  });

  it('refuses an option index that is not on offer, with a message', () => {
    const actor = atFirstDecision();
    actor.send({ type: 'CHOOSE', index: 7 });
    expect(actor.getSnapshot().matches({ playing: 'choosing' })).toBe(true);
    expect(actor.getSnapshot().context.message).toMatch(/not available/);
    expect(actor.getSnapshot().context.log!.entries).toHaveLength(1);
  });

  it('asks for reasons where the story says # justify and refuses blank ones', () => {
    const actor = atFirstDecision();
    actor.send({ type: 'CHOOSE', index: 1 }); // "Ask Pat to put her offer in writing" carries # justify
    expect(actor.getSnapshot().matches({ playing: 'justifying' })).toBe(true);
    actor.send({ type: 'JUSTIFY', text: '   \n\t ' });
    expect(actor.getSnapshot().matches({ playing: 'justifying' })).toBe(true);
    expect(actor.getSnapshot().context.message).toBe('Write your reasons before you go on: the box is empty.');
    actor.send({ type: 'JUSTIFY', text: '  Pat needs time to think.  ' });
    const entry = actor.getSnapshot().context.log!.entries.at(-1)!;
    expect(entry.decision).toBe('test.p1.grandmother');
    expect(entry.justification).toBe('Pat needs time to think.');
    expect(actor.getSnapshot().context.message).toBeNull();
  });

  // Issue 19 F2: one limit, enforced where text is typed; what is accepted always reads back.
  it('refuses reasons, ranking reasons and balance rows over the log limit where they are typed, and keeps text at the limit', () => {
    const over = 'x'.repeat(TEXT_LIMITS.reasons + 1);
    const actor = atFirstDecision();
    actor.send({ type: 'CHOOSE', index: 1 });
    actor.send({ type: 'JUSTIFY', text: over });
    expect(actor.getSnapshot().matches({ playing: 'justifying' })).toBe(true);
    expect(actor.getSnapshot().context.message).toBe('Your reasons are 20,001 characters long, and a log keeps up to 20,000: shorten by 1 character to go on. Nothing you typed is lost.');
    actor.send({ type: 'JUSTIFY', text: 'y'.repeat(TEXT_LIMITS.reasons) });
    expect(actor.getSnapshot().context.log!.entries.at(-1)!.justification).toHaveLength(TEXT_LIMITS.reasons);
    expect(importLogData(JSON.parse(JSON.stringify(actor.getSnapshot().context.log))).ok).toBe(true);

    const ranking = atRankingDecision();
    ranking.send({ type: 'RANK', order: [0, 1, 2], reasons: over });
    expect(ranking.getSnapshot().context.message).toMatch(/^Your reasons are 20,001 characters long/);
    ranking.send({ type: 'RANK', order: [0, 1, 2], reasons: 'Kinship first.' });
    ranking.send({ type: 'CONTINUE' });
    const rows = [0, 1, 2].map((choice) => ({ choice, benefits: `b${choice}`, risks: choice === 2 ? 'r'.repeat(TEXT_LIMITS.balance + 5) : `r${choice}` }));
    ranking.send({ type: 'WEIGH', rows });
    expect(ranking.getSnapshot().context.message).toBe('The risks you wrote for option 3 are 20,005 characters long, and a log keeps up to 20,000: shorten by 5 characters to go on. Nothing you typed is lost.');
    expect(ranking.getSnapshot().context.balance).toBeNull();
  });

  it('lets the player cancel the reasons form and choose again', () => {
    const actor = atFirstDecision();
    actor.send({ type: 'CHOOSE', index: 1 });
    actor.send({ type: 'CANCEL' });
    expect(actor.getSnapshot().matches({ playing: 'choosing' })).toBe(true);
    actor.send({ type: 'CHOOSE', index: 0 });
    expect(actor.getSnapshot().context.log!.entries.at(-1)!.text).toBe('Hold a family network meeting with Pat this week');
  });

  it('pauses at a checkpoint between parts', () => {
    const actor = atFirstDecision();
    actor.send({ type: 'CHOOSE', index: 0 });
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'CHOOSE', index: 0 });
    actor.send({ type: 'JUSTIFY', text: 'Frequent family time keeps the bond.' });
    expect(actor.getSnapshot().matches('partComplete')).toBe(true);
    actor.send({ type: 'NEXT_PART' });
    expect(actor.getSnapshot().matches({ playing: 'narrating' })).toBe(true);
    expect(actor.getSnapshot().context.view!.part).toBe('2 The review');
  });

  it('takes a full ranking with reasons, plays the top option and logs the distance from the panel', () => {
    const actor = atRankingDecision();
    // The form opens in an order drawn from the seed, never the panel's (0, 2, 1 after the meeting).
    const start = rankingStart(actor.getSnapshot().context);
    expect(start.join()).not.toBe('0,2,1');
    actor.send({ type: 'CHOOSE', index: 0 });
    expect(actor.getSnapshot().context.message).toMatch(/put every option in order/);
    actor.send({ type: 'RANK', order: [2, 0], reasons: 'x' });
    expect(actor.getSnapshot().context.message).toMatch(/every option in order, each once/);
    actor.send({ type: 'RANK', order: [2, 0, 1], reasons: ' ' });
    expect(actor.getSnapshot().context.message).toMatch(/reasons for this order/);
    actor.send({ type: 'RANK', order: [2, 0, 1], reasons: 'Return is the first duty.' });
    const entry = actor.getSnapshot().context.log!.entries.at(-1)!;
    expect(entry.choice).toBe(2);
    // Panel (after the network meeting): 0 first, 2 second, 1 third. Player: 2, 0, 1. Footrule |0-1| + |1-0| + |2-2| = 2.
    expect(entry.ranking).toEqual({ order: [2, 0, 1], expertOrder: [0, 2, 1], distance: 2, startOrder: start, unchanged: start.join() === '2,0,1' });
    expect(entry.justification).toBe('Return is the first duty.');
  });

  it('gives feedback on an activity answered, logs it as a check, and clears it once the player reads on', () => {
    const actor = started();
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'CHOOSE', index: 2 }); // "Sort the referral into fact and opinion first"
    actor.send({ type: 'CONTINUE' });
    expect(actor.getSnapshot().context.view!.passage.meta).toMatchObject({ decision: 'test.p1.fact-or-opinion', activity: true });
    actor.send({ type: 'CHOOSE', index: 1 });
    const { feedback, log } = actor.getSnapshot().context;
    expect(feedback).toEqual({ correct: false, why: expect.stringMatching(/^An opinion/) });
    expect(log!.entries.at(-1)).toMatchObject({ kind: 'activity', correct: false, stance: null, judgement: null });
    expect(log!.checks).toEqual({ correct: 0, of: 1 });
    expect(log!.scores).toEqual({ permanence: null, contact: null, disruption: null });
    if (actor.getSnapshot().matches({ playing: 'narrating' })) actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'CHOOSE', index: 0 });
    expect(actor.getSnapshot().context.feedback).toBeNull();
  });

  it('asks for every option to be weighed at a balance decision before choosing', () => {
    const actor = atRankingDecision();
    actor.send({ type: 'RANK', order: [0, 1, 2], reasons: 'Kinship first.' });
    actor.send({ type: 'CONTINUE' });
    expect(actor.getSnapshot().context.view!.passage.meta.balance).toBe(true);
    actor.send({ type: 'CHOOSE', index: 0 });
    expect(actor.getSnapshot().context.message).toMatch(/Weigh every option first/);
    actor.send({ type: 'WEIGH', rows: [{ choice: 0, benefits: 'Family', risks: 'Health' }] });
    expect(actor.getSnapshot().context.message).toMatch(/every option/);
    const rows = [0, 1, 2].map((choice) => ({ choice, benefits: `b${choice}`, risks: `r${choice}` }));
    actor.send({ type: 'WEIGH', rows });
    actor.send({ type: 'CHOOSE', index: 0 });
    const log = actor.getSnapshot().context.log!;
    expect(log.entries.at(-1)!.balance).toEqual(rows);
    // Seed 11 draws Pat's health holding (value 2 of 2).
    expect(log.draws).toEqual([{ fact: 'grandmother-health', value: 2, of: 2 }]);
    expect(log.ending).toEqual({
      id: 'sgo-pat', outcome: 'Maya lives with her grandmother under an SGO.', legal: 'special guardianship order to her grandmother',
      relational: 'lives with Pat and sees her mother', cultural: 'grows up in her own family', timescale: 'met',
    });
    actor.send({ type: 'CONTINUE' });
    expect(actor.getSnapshot().matches('debrief')).toBe(true);
    actor.send({ type: 'FINISH' });
    expect(actor.getSnapshot().matches('done')).toBe(true);
    expect(verifyLog(log, lookupFixture).kind).toBe('verified');
  });

  it('takes the last decision back: the log keeps it as reconsidered and still verifies', () => {
    const actor = atFirstDecision();
    actor.send({ type: 'CHOOSE', index: 2 });
    expect(actor.getSnapshot().context.log!.totals).toEqual({ permanence: -1, contact: -1, disruption: 1 });
    actor.send({ type: 'TAKE_BACK' });
    const snap = actor.getSnapshot();
    expect(snap.matches({ playing: 'choosing' })).toBe(true);
    expect(snap.context.view!.passage.meta.decision).toBe('test.p1.grandmother');
    expect(snap.context.log!.totals).toEqual({ permanence: 0, contact: 0, disruption: 0 });
    actor.send({ type: 'CHOOSE', index: 0 });
    const log = actor.getSnapshot().context.log!;
    expect(log.entries.map((e) => [e.text, e.reconsideredAt !== null])).toEqual([
      ['Go straight to the decision', false],
      ['Wait for the first review', true],
      ['Hold a family network meeting with Pat this week', false],
    ]);
    expect(log.totals).toEqual({ permanence: 2, contact: 1, disruption: -1 });
    expect(verifyLog(log, lookupFixture).kind).toBe('verified');
  });

  it('restores a saved session to exactly the same place, text, choices and log', () => {
    const actor = atFirstDecision();
    actor.send({ type: 'CHOOSE', index: 0 });
    const saved = JSON.parse(JSON.stringify(saveSession(actor.getSnapshot())));
    const restored = createActor(playMachine, { input: input({ resume: saved }) }).start();
    const a = actor.getSnapshot();
    const b = restored.getSnapshot();
    expect(JSON.stringify(b.value)).toBe(JSON.stringify(a.value));
    expect(b.context.view!.passage.lines).toEqual(a.context.view!.passage.lines);
    expect(b.context.view!.screen).toEqual(a.context.view!.screen);
    expect(b.context.log).toEqual(a.context.log);
  });

  it('refuses to resume a save from another story version, and says so', () => {
    const actor = atFirstDecision();
    const saved = saveSession(actor.getSnapshot())!;
    const foreign = { ...saved, log: { ...saved.log, storyVersion: '000000000000' } };
    const restored = createActor(playMachine, { input: input({ resume: foreign }) }).start();
    expect(restored.getSnapshot().matches('briefing')).toBe(true);
    expect(restored.getSnapshot().context.message).toMatch(/version of this case this game does not keep/);
  });

  // Issue 19 F20: a save that passes the schema but cannot be restored is set aside, not crashed on.
  it.each([
    ['a pending choice that is not offered', { phase: 'justifying', pending: 99 }],
    ['a pending choice outside the reasons form', { phase: 'choosing', pending: 0 }],
    ['a debrief before the story has ended', { phase: 'debrief', pending: null }],
    ['a balance sheet for options not offered', { phase: 'choosing', pending: null, balance: [{ choice: 7, benefits: 'b', risks: 'r' }] }],
  ])('does not resume a save with %s: it says the game cannot be resumed', (_what, change) => {
    const actor = atFirstDecision();
    const saved = { ...saveSession(actor.getSnapshot())!, ...change } as SavedSession;
    const restored = createActor(playMachine, { input: input({ resume: saved }) }).start();
    expect(restored.getSnapshot().matches('briefing')).toBe(true);
    expect(restored.getSnapshot().context.message).toMatch(/does not replay against its version of this case, so it cannot be resumed/);
  });

  it('starts again from the briefing on RESTART', () => {
    const actor = atFirstDecision();
    actor.send({ type: 'RESTART', seed: 99 });
    expect(state(actor)).toBe('"briefing"');
    expect(actor.getSnapshot().context.log).toBeNull();
    expect(actor.getSnapshot().context.seed).toBe(99);
  });
});

describe('a story whose opening comes before its first part', () => {
  it('opens part 1 without a checkpoint after the opening choice', () => {
    const json = compileSource('# title: Opening\nThis case is fiction.\n* [Open the case file]\n  -> one\n=== one ===\n# part: 1 First\nPart one text.\n* [On]\n  -> two\n=== two ===\n# part: 2 Second\nPart two text.\n# ending: end\n-> END\n');
    const bundle = { ...fixtureBundle(), id: 'opening', json, version: '000000000000' };
    const actor = createActor(playMachine, { input: { bundle, seed: 1 } }).start();
    actor.send({ type: 'START' });
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'CHOOSE', index: 0 });
    expect(actor.getSnapshot().matches({ playing: 'narrating' })).toBe(true);
    expect(actor.getSnapshot().context.view!.part).toBe('1 First');
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'CHOOSE', index: 0 });
    expect(actor.getSnapshot().matches('partComplete')).toBe(true);
  });
});
