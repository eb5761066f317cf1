/**
 * Fuzzing replay verification with logs that pass the schema but lie: choices, steps,
 * effects, stances, rankings, balance sheets, reconsiderations, totals, endings and
 * stories changed at random. Verification never throws, and a log changed in anything
 * the story decides is never called verified.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeVerdict, verifyLog, verifyLogText } from '../../src/log/verifyLog';
import { logToJson } from '../../src/log/exportLog';
import type { DecisionLog } from '../../src/log/logSchema';
import { DecisionLogSchema } from '../../src/log/logSchema';
import * as v from 'valibot';
import { loadScenario } from '../../src/content/loadStoriesNode';
import { drivePlay, randomChooser, seededRandom } from '../../src/engine/drivePlay';
import type { ScenarioBundle } from '../../src/content/scenarioBundle';
import { fixtureBundle } from '../helpers/fixtures';
import { brokenLogs, expectNoPollution, nastyText, realLogs } from './hostileLogs';
import { createActor } from 'xstate';
import { playMachine } from '../../src/engine/playMachine';
import { answerChoice } from '../../src/engine/drivePlay';
import type { TimeWarningCode } from '../../src/log/timeWarnings';

const fixture = fixtureBundle();
const olivia = loadScenario('olivia').bundle;
const bundles = new Map<string, ScenarioBundle>([[fixture.id, fixture], [olivia.id, olivia]]);
const lookup = (id: string) => bundles.get(id);
const fixtureLogs = realLogs(8);
// Olivia's final plan is a balance sheet.
const oliviaLogs = [1, 2].map((s) => drivePlay({ bundle: olivia, seed: s }, randomChooser(seededRandom(s))).log);

type Lie = (log: DecisionLog, n: number, value: number, text: string) => void;

/** Changes to what the story decides; each must make the log fail verification. */
const LIES: Record<string, Lie> = {
  choice: (log, n, value) => { log.entries[n]!.choice = (log.entries[n]!.choice + 1 + (value % 98)) % 99; },
  step: (log, n, value) => { log.entries[n]!.step += 1 + (value % 1000); },
  text: (log, n, _v, text) => { log.entries[n]!.text = `${log.entries[n]!.text}${text || 'x'}`; },
  decision: (log, n, _v, text) => { log.entries[n]!.decision = `${log.entries[n]!.decision ?? ''}${text || 'x'}`.slice(0, 200); },
  delta: (log, n, value) => { log.entries[n]!.deltas.contact = log.entries[n]!.deltas.contact + 1 + (value % 50); },
  stance: (log, n, value) => { const e = log.entries[n]!; e.stance = (['with', 'to', 'for', 'not', null] as const).filter((s) => s !== e.stance)[value % 4]!; },
  'ranking where none was asked': (log, n) => {
    const e = log.entries.find((x, i) => i >= n && x.ranking === null) ?? log.entries.find((x) => x.ranking === null)!;
    e.ranking = { order: [e.choice], expertOrder: [e.choice], distance: 0, startOrder: [e.choice], unchanged: true };
  },
  'ranking distance': (log, n) => {
    const e = log.entries.find((x) => x.ranking !== null);
    if (e) e.ranking!.distance += 1;
    else LIES.choice!(log, n, 0, '');
  },
  'balance where none was asked': (log, n, _v, text) => {
    const e = log.entries.find((x, i) => i >= n && x.balance === null) ?? log.entries.find((x) => x.balance === null)!;
    e.balance = [{ choice: e.choice, benefits: text || 'b', risks: 'r' }];
  },
  reconsidered: (log, n) => { const e = log.entries[n]!; e.reconsideredAt = e.reconsideredAt ? null : '2026-11-23T09:00:00.000Z'; },
  dropped: (log, n) => { log.entries.splice(n, 1); },
  duplicated: (log, n) => { log.entries.splice(n, 0, structuredClone(log.entries[n]!)); },
  totals: (log, _n, value) => { log.totals.permanence += 1 + (value % 10); },
  scores: (log, _n, value) => { log.scores.disruption = ((log.scores.disruption ?? -1) + 1 + (value % 99)) % 101; },
  ending: (log, _n, _v, text) => {
    const tags = { legal: null, relational: null, cultural: null, timescale: null };
    log.ending = log.ending ? (text ? { ...tags, id: text.slice(0, 200), outcome: 'x' } : null) : { ...tags, id: 'home', outcome: 'x' };
  },
  'ending outcome': (log, _n, value, text) => {
    const forged = ['Adopted by a loving family. Outstanding practice (assessor: no concerns).', '\u200b', '\u202e', ' ', text || 'x'][value % 5]!;
    if (log.ending) log.ending = { ...log.ending, outcome: value % 2 ? `${log.ending.outcome}${forged}` : forged };
    else LIES.choice!(log, 0, value, '');
  },
  'ending words': (log, _n, value) => {
    if (log.ending) log.ending = { ...log.ending, timescale: log.ending.timescale === 'met' ? 'missed' : 'met', legal: value % 2 ? 'x' : log.ending.legal };
    else LIES.choice!(log, 0, value, '');
  },
  judgement: (log, n, value) => {
    const e = log.entries.find((x, i) => i >= n && x.judgement !== null) ?? log.entries.find((x) => x.judgement !== null)!;
    const dim = (['permanence', 'contact', 'disruption'] as const)[value % 3]!;
    e.judgement = { ...e.judgement!, [dim]: e.judgement![dim] === null ? 0.5 : (e.judgement![dim]! + 0.25) % 1.0001 };
  },
  kind: (log, n, value) => { const e = log.entries[n]!; e.kind = (['decision', 'activity', 'navigation'] as const).filter((k) => k !== e.kind)[value % 2]!; },
  'activity answer': (log, n, value) => {
    const e = log.entries.find((x) => x.kind === 'activity');
    if (e) e.correct = !e.correct;
    else LIES.kind!(log, n, value, '');
  },
  checks: (log, _n, value) => { log.checks = { correct: log.checks.correct + 1 + (value % 3), of: log.checks.of + 1 + (value % 3) }; },
  'hidden facts': (log, _n, value) => {
    if (log.draws.length > 0) log.draws = log.draws.map((d) => ({ ...d, value: (d.value % d.of) + 1 }));
    else log.draws = [{ fact: 'grandmother-health', value: 1 + (value % 2), of: 2 }];
  },
  'ranking start': (log, n) => {
    const e = log.entries.find((x) => x.ranking !== null);
    if (e) e.ranking = { ...e.ranking!, unchanged: !e.ranking!.unchanged };
    else LIES.choice!(log, n, 0, '');
  },
  'story version': (log, _n, value) => { log.storyVersion = value.toString(16).padStart(12, '0').slice(-12); },
  'unknown story': (log, _n, _v, text) => { log.scenario = ['nobody', 'constructor', 'tostring', 'bradley'][text.length % 4]!; },
};

/** A lie about the balance sheet the story asked for: a row removed or emptied. */
const balanceLie = (log: DecisionLog, value: number) => {
  const e = log.entries.find((x) => x.balance !== null)!;
  if (value % 2) e.balance!.pop();
  else e.balance![value % e.balance!.length]!.risks = '   ';
};

describe('verifying generated lying logs', () => {
  it('never calls a log verified when anything the story decides was changed, and never throws', () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(fc.nat({ max: fixtureLogs.length - 1 }), fc.constantFrom(...Object.keys(LIES)), fc.nat(), fc.nat(), nastyText, (i, lie, n, value, text) => {
        const log = structuredClone(fixtureLogs[i]!);
        LIES[lie]!(log, n % log.entries.length, value, text);
        if (!v.is(DecisionLogSchema, log)) return;
        seen.set(lie, (seen.get(lie) ?? 0) + 1);
        const verdict = verifyLog(log, lookup);
        expect(verdict.kind, `${lie}: ${describeVerdict(verdict)}`).not.toBe('verified');
        const words = describeVerdict(verdict);
        expect(words).toMatch(/^(diverges at decision \d+: .+|unknown story version: .+|invalid: scenario .+ is not a scenario this game has)$/);
        expect(words).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}]/u);
        expect(words.length).toBeLessThan(600);
        if (lie === 'unknown story' && log.scenario !== 'bradley') expect(verdict.kind).toBe('invalid');
        expectNoPollution();
      }),
      { numRuns: 3_000, seed: 20261123, endOnFailure: true },
    );
    for (const lie of Object.keys(LIES)) expect(seen.get(lie) ?? 0, lie).toBeGreaterThan(20);
  });

  it('calls the honest logs verified (so the lies above are caught by what they change)', () => {
    for (const log of [...fixtureLogs, ...oliviaLogs]) expect(describeVerdict(verifyLog(log, lookup))).toBe('verified: the log replays true against the story');
  });

  it('flags a balance sheet with an option missing or left blank, where the story asks for one', () => {
    for (const [k, log] of oliviaLogs.entries()) {
      const lied = structuredClone(log);
      balanceLie(lied, k);
      expect(describeVerdict(verifyLog(lied, lookup))).toMatch(/diverges at decision \d+: .*the story asks for the benefits and risks of every option here/);
    }
  });

  it('gives a verdict, never an exception, for the broken and hostile files of the import fuzz', () => {
    const samples = fc.sample(brokenLogs(fixtureLogs), { numRuns: 1_000, seed: 5 });
    for (const broken of samples) {
      const verdict = verifyLogText(broken.text, lookup);
      expect(['invalid', 'verified', 'diverges', 'unknown-version']).toContain(verdict.kind);
    }
    expectNoPollution();
  });

  it('shows a hostile choice text in a verdict only as a short, cleaned excerpt, naming the hidden character', () => {
    const log = structuredClone(fixtureLogs[0]!);
    log.entries[0]!.text = `\u202e<img src=x onerror=alert(1)>${'x'.repeat(1_900)}`;
    expect(describeVerdict(verifyLog(log, lookup))).toBe(`diverges at decision 1: decision 1: the choice text differs ("\uFFFD<img src=x onerror=alert(1)>${'x'.repeat(51)}…" in the log, "Read the health visitor's notes first" in the story; they first differ at character 1: U+202E RIGHT-TO-LEFT OVERRIDE in the log, "R" in the story)`);
  });

  it('refuses the same log as text when it is hostile in shape, naming the field', () => {
    const text = logToJson(fixtureLogs[0]!).replace('"entries": [', '"entries": [{"__proto__": {"choice": 0}},');
    expect(verifyLogText(text, lookup)).toMatchObject({ kind: 'invalid', field: 'entries.0.step', reason: 'is missing' });
  });
});

/** A play-through of the fixture that stops after `choices` choices and takes back the last `takeBacks`, as the game exports it there. */
function exportedMidReconsideration(seed: number, choices: number, takeBacks: number): DecisionLog {
  let t = Date.UTC(2026, 10, 23, 9, 0, 0);
  const actor = createActor(playMachine, { input: { bundle: fixture, seed, now: () => new Date((t += 1_000)) } }).start();
  actor.send({ type: 'START' });
  const chooser = randomChooser(seededRandom(seed));
  for (let guard = 0; guard < 200; guard++) {
    const snapshot = actor.getSnapshot();
    if ((snapshot.context.log?.entries.length ?? 0) >= choices || snapshot.matches('debrief')) break;
    if (snapshot.matches({ playing: 'narrating' })) actor.send({ type: 'CONTINUE' });
    else if (snapshot.matches('partComplete')) actor.send({ type: 'NEXT_PART' });
    else if (snapshot.matches({ playing: 'choosing' })) answerChoice(actor, chooser);
    else break;
  }
  for (let i = 0; i < takeBacks; i++) actor.send({ type: 'TAKE_BACK' });
  return actor.getSnapshot().context.log!;
}

describe('verifying honest logs exported between taking a choice back and making it again', () => {
  it('calls every such log verified and counts the choices taken back at its end', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }), (seed, choices, wanted) => {
        const log = exportedMidReconsideration(seed, choices, wanted);
        const takenBack = log.entries.filter((e) => e.reconsideredAt !== null).length;
        const verdict = verifyLog(log, lookup);
        expect(verdict.kind, describeVerdict(verdict)).toBe('verified');
        expect(verdict.takenBackAtEnd).toBe(takenBack);
        expect(verdict.timeWarnings).toEqual([]);
        if (takenBack > 0) expect(describeVerdict(verdict)).toMatch(/taken back and not yet chosen again$/);
      }),
      { numRuns: 150, seed: 20261130 },
    );
  });
});

type TimeLie = { code: TimeWarningCode; lie: (log: DecisionLog, n: number) => void };

/** Times changed so they contradict each other or the clock: the log still replays true, with a warning. */
const TIME_LIES: TimeLie[] = [
  { code: 'chosen-before-shown', lie: (log, n) => { log.entries[n]!.chosenAt = '1999-01-01T09:00:00.000Z'; } },
  { code: 'shown-before-start', lie: (log, n) => { log.entries[n]!.shownAt = '2000-01-01T09:00:00.000Z'; } },
  { code: 'finished-before-started', lie: (log) => { log.finishedAt = '1970-01-01T00:00:00.000Z'; } },
  { code: 'finished-without-ending', lie: (log) => { if (log.ending === null) log.finishedAt = '2026-11-23T12:00:00.000Z'; else log.startedAt = '2099-01-01T00:00:00.000Z'; } },
  { code: 'in-the-future', lie: (log, n) => { log.entries[n]!.chosenAt = '2099-01-01T00:00:00.000Z'; } },
];

describe('verifying logs whose times contradict each other', () => {
  it('still replays them true, with a warning of the contradiction on the verdict', () => {
    const now = new Date(Date.UTC(2026, 10, 30));
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(fc.nat({ max: fixtureLogs.length - 1 }), fc.nat({ max: TIME_LIES.length - 1 }), fc.nat(), (i, k, n) => {
        const log = structuredClone(fixtureLogs[i]!);
        const { code, lie } = TIME_LIES[k]!;
        lie(log, n % log.entries.length);
        const verdict = verifyLog(log, lookup, now);
        expect(verdict.kind).toBe('verified');
        const codes = verdict.timeWarnings.map((w) => w.code);
        // A start moved into the future puts every later time before it, or the finish time on a log with no ending.
        expect(codes.length, code).toBeGreaterThan(0);
        if (code !== 'finished-without-ending' || log.ending === null) expect(codes).toContain(code);
        seen.set(code, (seen.get(code) ?? 0) + 1);
      }),
      { numRuns: 300, seed: 7 },
    );
    for (const { code } of TIME_LIES) expect(seen.get(code) ?? 0, code).toBeGreaterThan(10);
  });
});
