import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { inflateSync, strFromU8, strToU8 } from 'fflate';
import { playMachine, type SavedSession } from '../../src/engine/playMachine';
import { saveSession } from '../../src/engine/saveSession';
import { answerChoice, pathChooser, seededRandom } from '../../src/engine/drivePlay';
import { buildDebrief } from '../../src/engine/debrief';
import { activePath } from '../../src/log/activePath';
import { MemoryStorage } from '../../src/persistence/sessionStore';
import { LmsSession, choicesOnlyNotice } from '../../src/lms/lmsSession';
import { Scorm12Adapter } from '../../src/lms/scorm12Adapter';
import { Scorm2004Adapter } from '../../src/lms/scorm2004Adapter';
import { NOT_KEPT } from '../../src/lms/rebuildSession';
import { REBUILT_NOTICE } from '../../src/lms/chooseResume';
import type { LmsAdapter } from '../../src/lms/lmsAdapter';
import type { DecisionInteraction } from '../../src/lms/lmsAdapter';
import { offeredOptions } from '../../src/log/offeredOptions';
import { runnerFor } from '../../src/log/verifyLog';
import { fixtureBundle } from '../helpers/fixtures';
import { buildReview } from '../../src/review/reviewModel';
import { verifyLog } from '../../src/log/verifyLog';
import { logToCsv } from '../../src/log/exportLog';

/** The fixture from start to its SGO ending: navigation, two part-1 decisions, a ranking, a balance sheet. */
const ROUTE = [1, 0, 1, 0, 0];
const CASE = 'test-case';

// any: scorm-again renders its CMI data as untyped JSON, read here field by field.
type Json = Record<string, any>;

interface Lms {
  adapter: LmsAdapter;
  cmi: () => Json;
  /** A new launch of the same SCO, as the LMS would start it from what it stored. */
  relaunch: () => Lms;
}

function lms12(stored?: Json): Lms {
  const api = new Scorm12API({ logLevel: 5 });
  if (stored) api.loadFromJSON(stored);
  return { adapter: new Scorm12Adapter(api), cmi: () => api.renderCMIToJSONObject().cmi as Json, relaunch: () => lms12(api.renderCMIToJSONObject().cmi as Json) };
}

function lms2004(stored?: Json): Lms {
  const api = new Scorm2004API({ logLevel: 5 });
  if (stored) api.loadFromJSON(stored);
  return { adapter: new Scorm2004Adapter(api), cmi: () => api.renderCMIToJSONObject().cmi as Json, relaunch: () => lms2004(api.renderCMIToJSONObject().cmi as Json) };
}

function clock(start = Date.UTC(2026, 10, 23, 9, 0, 0)) {
  let t = start;
  // Seven and a half seconds a tick, so latencies have a fraction and minutes roll over.
  return () => new Date((t += 7_500));
}

/** Plays the fixture with every snapshot reported to the LMS, up to `choices` choices; returns the last saved session. */
async function play(session: LmsSession, options: { choices?: number; reasons?: string; resume?: SavedSession; now?: () => Date } = {}) {
  const notices: string[] = [];
  const bundle = fixtureBundle();
  const actor = createActor(playMachine, { input: { bundle, seed: 5, now: options.now ?? clock(), resume: options.resume } });
  actor.subscribe((s) => {
    const notice = session.report(saveSession(s));
    if (notice) notices.push(notice);
  });
  actor.start();
  if (!options.resume) actor.send({ type: 'START', participant: 'Ash' });
  const made = options.resume?.log.entries.length ?? 0;
  const chooser = pathChooser(ROUTE.slice(activePath(options.resume?.log ?? { entries: [] } as never).length), options.reasons ?? 'Her grandmother first.');
  for (let guard = 0; guard < 100; guard++) {
    const s = actor.getSnapshot();
    if (s.matches('debrief')) break;
    if ((s.context.log?.entries.length ?? 0) - made >= (options.choices ?? Infinity)) break;
    if (s.matches({ playing: 'narrating' })) actor.send({ type: 'CONTINUE' });
    else if (s.matches('partComplete')) actor.send({ type: 'NEXT_PART' });
    else answerChoice(actor, chooser);
  }
  const saved = saveSession(actor.getSnapshot())!;
  actor.stop();
  return { saved, notices };
}

/** The options the fixture offered on a log's path, as the bridge gives them (the log's own version). */
const optionsOf = (log: SavedSession['log']) => offeredOptions(runnerFor(fixtureBundle()), log);

function open(lms: Lms, storage = new MemoryStorage()): LmsSession {
  const session = new LmsSession(lms.adapter, CASE, storage, clock(Date.UTC(2026, 10, 23, 10, 0, 0)), optionsOf);
  expect(session.open()).toBe(true);
  return session;
}

function unpack(suspend: string): SavedSession {
  expect(suspend.startsWith('z1:')).toBe(true);
  return JSON.parse(strFromU8(inflateSync(strToU8(atob(suspend.slice(3)), true))));
}

/** Seconds in a SCORM 1.2 timespan or a SCORM 2004 interval, read independently of the code under test. */
function seconds(value: string): number {
  const old = /^(\d+):(\d\d):(\d\d(?:\.\d+)?)$/.exec(value);
  if (old) return Number(old[1]) * 3600 + Number(old[2]) * 60 + Number(old[3]);
  const iso = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(value)!;
  return Number(iso[1] ?? 0) * 3600 + Number(iso[2] ?? 0) * 60 + Number(iso[3] ?? 0);
}

const versions = [
  { name: 'SCORM 1.2', make: lms12, response: 'student_response', separator: ',', wrong: 'wrong', status: (c: Json) => c.core.lesson_status, score: (c: Json) => c.core.score, suspend: (c: Json) => c.suspend_data as string },
  { name: 'SCORM 2004', make: lms2004, response: 'learner_response', separator: '[,]', wrong: 'incorrect', status: (c: Json) => c.completion_status, score: (c: Json) => c.score, suspend: (c: Json) => c.suspend_data as string },
];

describe.each(versions)('the game in an LMS ($name)', (v) => {
  it('records each decision as an interaction: id, type, the option chosen or the order given, latency and time', async () => {
    const lms = v.make();
    const { saved } = await play(open(lms));
    const decisions = saved.log.entries.filter((e) => e.decision !== null);
    expect(decisions.map((e) => e.decision)).toEqual(['test.p1.grandmother', 'test.p1.family-time', 'test.p2.priorities', 'test.p2.plan']);
    const interactions = Object.values(lms.cmi().interactions as Json) as Json[];
    expect(interactions.map((i) => i.id)).toEqual(decisions.map((e) => e.decision));
    // The ranking is a sequencing interaction; a decision is never marked right or wrong.
    expect(interactions.map((i) => i.type)).toEqual(['choice', 'choice', 'sequencing', 'choice']);
    expect(interactions.every((i) => i.result === 'neutral')).toBe(true);
    const order = decisions[2]!.ranking!.order;
    expect(order[0]).toBe(0);
    expect(interactions.map((i) => i[v.response])).toEqual(['1', '2', order.map((n) => String(n + 1)).join(v.separator), '1']);
    expect(interactions.map((i) => Object.keys(i.correct_responses ?? {}).length)).toEqual([0, 0, 0, 0]);
    decisions.forEach((e, n) => {
      expect(seconds(interactions[n]!.latency)).toBe((Date.parse(e.chosenAt) - Date.parse(e.shownAt)) / 1000);
      const when = interactions[n]!.time ?? interactions[n]!.timestamp;
      expect(when).toBe(v.name === 'SCORM 1.2' ? e.chosenAt.slice(11, 19) : `${e.chosenAt.slice(0, 22)}Z`);
    });
  });

  it('reports the case incomplete while it is played, then completed with the mean score at the debrief', async () => {
    const lms = v.make();
    const session = open(lms);
    await play(session, { choices: 2 });
    expect(v.status(lms.cmi())).toBe('incomplete');
    const lms2 = lms.relaunch();
    const session2 = open(lms2);
    await session2.readProgress(async () => fixtureBundle());
    const resumed = session2.resume({ kind: 'none' });
    expect(resumed.found.kind).toBe('found');
    const { saved } = await play(session2, { resume: resumed.found.kind === 'found' ? resumed.found.saved : undefined });
    expect(saved.phase).toBe('debrief');
    const scores = buildDebrief(saved.log, fixtureBundle()).scores;
    // The mean of permanence, contact and 100 minus disruption risk, over those judged (a null is left out).
    const judged = [scores.permanence, scores.contact, scores.disruption === null ? null : 100 - scores.disruption].filter((x): x is number => x !== null);
    const expected = Math.round(judged.reduce((a, b) => a + b, 0) / judged.length);
    const cmi = lms2.cmi();
    expect(v.status(cmi)).toBe('completed');
    expect(v.score(cmi)).toMatchObject({ raw: String(expected), min: '0', max: '100' });
    if (v.name === 'SCORM 2004') {
      expect(cmi.score.scaled).toBe(String(expected / 100));
      expect(cmi.success_status).toBe('unknown');
    }
    // Two launches, four decisions, each recorded once.
    expect(Object.values(cmi.interactions as Json).map((i: Json) => i.id)).toEqual(['test.p1.grandmother', 'test.p1.family-time', 'test.p2.priorities', 'test.p2.plan']);
  });

  it('keeps the whole session in the suspend data and resumes exactly where the learner was', async () => {
    const lms = v.make();
    const { saved } = await play(open(lms), { choices: 3 });
    expect(unpack(v.suspend(lms.cmi()))).toEqual(saved);
    const next = lms.relaunch();
    const session = open(next);
    await session.readProgress(async () => fixtureBundle());
    expect(session.resume({ kind: 'none' })).toEqual({ found: { kind: 'found', saved }, notice: null });
  });

  it('suspends and finishes with the session\'s length when the page goes away', async () => {
    const lms = v.make();
    const session = open(lms);
    await play(session, { choices: 1 });
    session.finish();
    session.finish();
    const cmi = lms.cmi();
    if (v.name === 'SCORM 1.2') {
      expect(cmi.core.exit).toBe('suspend');
    } else {
      expect(cmi.exit).toBe('suspend');
    }
    // The session's clock ticked once at the start and once at the end: 7.5 seconds.
    expect(seconds(v.name === 'SCORM 1.2' ? cmi.core.session_time : cmi.session_time)).toBe(7.5);
  });

  it('keeps damaged suspend data aside and carries on from this browser\'s save', async () => {
    const lms = v.make(v.name === 'SCORM 1.2' ? { suspend_data: 'z1:not-deflated' } : { suspend_data: 'z1:not-deflated' });
    const storage = new MemoryStorage();
    const session = open(lms, storage);
    await session.readProgress(async () => fixtureBundle());
    const resumed = session.resume({ kind: 'none' });
    expect(resumed.found).toEqual({ kind: 'none' });
    expect(resumed.notice).toMatch(/could not be used: it is damaged.*kept aside.*start the case again/);
    expect(storage.key(0)).toMatch(/^permanence\.set-aside\.test-case\.lms\./);
    expect(storage.getItem(storage.key(0)!)).toBe('z1:not-deflated');
  });
});

describe('SCORM 1.2\'s 4,096 characters of suspend data', () => {
  // Reasons that do not compress away: 6,000 characters of made-up words.
  const random = seededRandom(7);
  const LONG = Array.from({ length: 1000 }, () => Array.from({ length: 5 }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)]).join('')).join(' ');

  it('falls back to the choices, says so once, and keeps every decision', async () => {
    const lms = lms12();
    const { saved, notices } = await play(open(lms), { reasons: LONG });
    expect(notices).toEqual([choicesOnlyNotice(4096)]);
    expect(notices[0]).toContain('(4,096 characters)');
    const suspend = lms.cmi().suspend_data as string;
    expect(suspend.length).toBeLessThanOrEqual(4096);
    expect(suspend.startsWith('c1:')).toBe(true);
    expect(JSON.parse(suspend.slice(3))).toMatchObject({ startedAt: saved.log.startedAt, participant: 'Ash', entries: saved.log.entries.length });
  });

  it('rebuilds the play-through from the choices in a browser that has no save, saying the reasons were not kept', async () => {
    const lms = lms12();
    const { saved } = await play(open(lms), { reasons: LONG, choices: 4 });
    const session = open(lms.relaunch());
    await session.readProgress(async () => fixtureBundle());
    const resumed = session.resume({ kind: 'none' });
    expect(resumed.notice).toBe(REBUILT_NOTICE);
    if (resumed.found.kind !== 'found') throw new Error('nothing was resumed');
    const rebuilt = resumed.found.saved;
    expect(activePath(rebuilt.log)).toEqual(activePath(saved.log));
    expect(rebuilt.log.totals).toEqual(saved.log.totals);
    expect(rebuilt.log.startedAt).toBe(saved.log.startedAt);
    expect(rebuilt.phase).toBe(saved.phase);
    expect(rebuilt.log.entries.find((e) => e.decision === 'test.p1.family-time')?.justification).toBe(NOT_KEPT);
    // Issue 19 F13: times and ranking orders made up by the replay are marked, and shown as not kept.
    expect(rebuilt.log.entries.every((e) => e.rebuilt === true)).toBe(true);
    const review = buildReview({ source: 'log', log: rebuilt.log, verdict: verifyLog(rebuilt.log, (id) => (id === CASE ? fixtureBundle() : undefined)), bundle: fixtureBundle() });
    expect(review.decisions.map((d) => [d.rebuilt, d.secondsTaken])).toEqual(review.decisions.map(() => [true, null]));
    const rows = logToCsv(rebuilt.log).split('\r\n').slice(1, -1).map((r) => r.split(','));
    expect(rows.map((r) => [r[15], r[16], r[17], r[18]])).toEqual(rows.map(() => ['', '', '', '']));
  });

  it('prefers this browser\'s own save of the same play-through, which still has the reasons', async () => {
    const lms = lms12();
    const { saved } = await play(open(lms), { reasons: LONG, choices: 4 });
    const session = open(lms.relaunch());
    await session.readProgress(async () => fixtureBundle());
    const resumed = session.resume({ kind: 'found', saved });
    expect(resumed).toEqual({ found: { kind: 'found', saved }, notice: null });
  });
});

const activity = (over: Partial<DecisionInteraction>): DecisionInteraction => ({
  entry: 3, id: 'test.p2.smart', kind: 'activity', type: 'choice',
  options: [0, 1, 2, 3].map((index) => ({ index, text: `Objective ${index + 1}`, correct: index >= 2, quality: null })),
  response: [2], correct: [2, 3], success: true, text: 'Objective 3',
  shownAt: '2026-11-23T09:00:00.000Z', chosenAt: '2026-11-23T09:00:12.500Z',
  ...over,
});

describe.each(versions)('an activity in an LMS ($name)', (v) => {
  it('is a choice with its right answers as correct responses, and a result of correct or wrong', () => {
    const lms = v.make();
    expect(lms.adapter.initialise()).toBe(true);
    expect(lms.adapter.recordInteraction(0, activity({}))).toBe(true);
    expect(lms.adapter.recordInteraction(1, activity({ response: [0], success: false, text: 'Objective 1' }))).toBe(true);
    const [right, wrong] = Object.values(lms.cmi().interactions as Json) as Json[];
    for (const i of [right!, wrong!]) {
      expect(i.type).toBe('choice');
      // Either right answer will do: one pattern each.
      expect(Object.values(i.correct_responses as Json).map((c: Json) => c.pattern)).toEqual(['3', '4']);
    }
    expect([right![v.response], right!.result]).toEqual(['3', 'correct']);
    expect([wrong![v.response], wrong!.result]).toEqual(['1', v.wrong]);
  });
});
