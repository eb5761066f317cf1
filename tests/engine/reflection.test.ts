import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { playMachine } from '../../src/engine/playMachine';
import { drivePlay, pathChooser } from '../../src/engine/drivePlay';
import { buildDebrief } from '../../src/engine/debrief';
import { DecisionLogSchema, type DecisionLog } from '../../src/log/logSchema';
import { importLogData } from '../../src/log/importLog';
import { verifyLog } from '../../src/log/verifyLog';
import { logToCsv } from '../../src/log/exportLog';
import { logToStatements } from '../../src/log/xapi';
import { logInteractions } from '../../src/log/logInteractions';
import { TEXT_LIMITS } from '../../src/log/textLimits';
import { reviewOfSource } from '../../src/review/reviewOfSource';
import { fromVerifiedLog } from '../../src/plenary/participant';
import { lookupReflection, reflectionBundle } from '../helpers/reflectionFixture';
import { HAND_WRITTEN_LOG } from '../review/handWrittenLog';
import * as v from 'valibot';

const REFLECTION = '=SUM(A1) I brought patience and <b>curiosity</b>; next time I would ask Sam sooner.';

function clock(): () => Date {
  let t = Date.UTC(2026, 11, 1, 9, 0, 0);
  return () => new Date((t += 5_000));
}

const played = (): DecisionLog => drivePlay({ bundle: reflectionBundle(), seed: 7, now: clock(), participant: 'Jo' }, pathChooser([0, 0], REFLECTION)).log;

/** Plays up to the reflection point and returns the actor waiting there. */
function atReflection() {
  const actor = createActor(playMachine, { input: { bundle: reflectionBundle(), seed: 7, now: clock() } }).start();
  actor.send({ type: 'START' });
  actor.send({ type: 'CONTINUE' });
  actor.send({ type: 'CHOOSE', index: 0 });
  actor.send({ type: 'CONTINUE' });
  expect(actor.getSnapshot().matches({ playing: 'choosing' })).toBe(true);
  expect(actor.getSnapshot().context.view!.passage.meta.reflect).toBe('reflection-case.p1.reflection');
  return actor;
}

describe('playing a reflection point', () => {
  it('asks for the written reflection before its choice is taken', () => {
    const actor = atReflection();
    actor.send({ type: 'CHOOSE', index: 0 });
    expect(actor.getSnapshot().context.message).toBe('Write your reflection in the box before you go on.');
    expect(actor.getSnapshot().context.log!.entries).toHaveLength(1);
  });

  it('refuses an empty or over-long reflection, saying what is needed, and keeps the place', () => {
    const actor = atReflection();
    actor.send({ type: 'REFLECT', text: '   ' });
    expect(actor.getSnapshot().context.message).toBe('Write your reflection before you go on: the box is empty.');
    actor.send({ type: 'REFLECT', text: 'x'.repeat(TEXT_LIMITS.reflection + 3) });
    expect(actor.getSnapshot().context.message).toMatch(/^Your reflection is 20,003 characters long, and a log keeps up to 20,000: shorten by 3 characters to go on\. Nothing you typed is lost\.$/);
    expect(actor.getSnapshot().matches({ playing: 'choosing' })).toBe(true);
    expect(actor.getSnapshot().context.log!.entries).toHaveLength(1);
  });

  it('keeps the reflection as a reflection entry, unscored, and goes on to the ending', () => {
    const actor = atReflection();
    actor.send({ type: 'REFLECT', text: `  ${REFLECTION}\n` });
    const log = actor.getSnapshot().context.log!;
    expect(log.entries[1]).toMatchObject({
      kind: 'reflection', decision: 'reflection-case.p1.reflection', choice: 0, text: 'Keep my reflection and go on',
      justification: REFLECTION, deltas: { permanence: 0, contact: 0, disruption: 0 }, stance: null, judgement: null, correct: null,
    });
    expect(log.ending?.id).toBe('stays');
    expect(log.checks).toEqual({ correct: 0, of: 0 });
    // Scored on the one decision alone.
    expect(log.scores).toEqual({ permanence: 100, contact: 100, disruption: 0 });
  });
});

describe('a log with a reflection', () => {
  const log = played();

  it('is valid, and an older log without the kind stays valid', () => {
    expect(v.safeParse(DecisionLogSchema, log).success).toBe(true);
    expect(importLogData(JSON.parse(JSON.stringify(HAND_WRITTEN_LOG))).ok).toBe(true);
  });

  it('verifies, replaying the reflection as the navigation choice it is', () => {
    expect(verifyLog(log, lookupReflection).kind).toBe('verified');
  });

  it('does not verify when the reflection text is missing, or is called a decision', () => {
    const noText = { ...log, entries: log.entries.map((e, i) => (i === 1 ? { ...e, justification: null } : e)) };
    expect(verifyLog(noText, lookupReflection)).toMatchObject({ kind: 'diverges', what: expect.stringMatching(/asks for a written reflection here but the log has none/) });
    const called = { ...log, entries: log.entries.map((e, i) => (i === 1 ? { ...e, kind: 'decision' as const } : e)) };
    expect(verifyLog(called, lookupReflection).kind).toBe('diverges');
  });

  it('shows the reflection in the debrief, with its prompt, and never as a decision', () => {
    const debrief = buildDebrief(log, reflectionBundle());
    expect(debrief.decisions.map((d) => d.id)).toEqual(['reflection-case.p1.who-writes']);
    expect(debrief.reflections).toEqual([{
      id: 'reflection-case.p1.reflection', part: '1 Planning with Sam', text: REFLECTION,
      prompt: 'What did you bring to Sam\'s case (your values, what you know, how you work alongside others, how you look after yourself), and what would you do differently?',
    }]);
  });

  it('shows the reflection in the review, with its prompt, apart from the decisions', () => {
    const prepared = reviewOfSource({ kind: 'log', log }, null, reflectionBundle());
    if (!prepared.ok) throw new Error(prepared.message);
    const model = prepared.model;
    expect(model.verdict.verified).toBe(true);
    expect(model.decisions.map((d) => d.id)).toEqual(['reflection-case.p1.who-writes']);
    expect(model.reflections).toEqual([{
      entry: 1, id: 'reflection-case.p1.reflection', part: '1 Planning with Sam', text: REFLECTION, earlier: [], checked: 'replayed',
      prompt: expect.stringMatching(/^What did you bring to Sam's case/),
    }]);
  });

  it('shows a reflection taken back and written again, both texts, in the review', () => {
    const actor = atReflection();
    actor.send({ type: 'REFLECT', text: 'A first go.' });
    actor.send({ type: 'TAKE_BACK' });
    actor.send({ type: 'REFLECT', text: 'A second go.' });
    const again = actor.getSnapshot().context.log!;
    expect(verifyLog(again, lookupReflection).kind).toBe('verified');
    const prepared = reviewOfSource({ kind: 'log', log: again }, null, reflectionBundle());
    if (!prepared.ok) throw new Error(prepared.message);
    expect(prepared.model.reflections.map((r) => [r.text, r.earlier])).toEqual([['A second go.', ['A first go.']]]);
  });

  it('is left out of the plenary\'s decisions and of the SCORM and xAPI interactions', () => {
    const participant = fromVerifiedLog(log, { kind: 'file', n: 1, name: 'jo.json' });
    expect(participant.picks.map((p) => p.decision)).toEqual(['reflection-case.p1.who-writes']);
    expect(participant.path).toEqual([0, 0]);
    expect(logInteractions(log, null).map((i) => i.id)).toEqual(['reflection-case.p1.who-writes']);
    const answered = logToStatements(log).filter((s) => s.verb.id.endsWith('/answered'));
    expect(answered).toHaveLength(1);
  });

  it('carries the reflection in the CSV, its kind said and its text neutralised', () => {
    const rows = logToCsv(log).split('\r\n');
    const row = rows.find((r) => r.includes('reflection-case.p1.reflection'))!;
    expect(row).toContain(',reflection,');
    expect(row).toContain(`"'=SUM(A1) I brought patience`);
  });
});
