import { describe, expect, it, vi } from 'vitest';
import { drivePlay, pathChooser } from '../../src/engine/drivePlay';
import { verifyLog, verifyLogText, describeVerdict } from '../../src/log/verifyLog';
import { importLogText, MAX_LOG_BYTES } from '../../src/log/importLog';
import { logToJson } from '../../src/log/exportLog';
import type { DecisionLog } from '../../src/log/logSchema';
import { fixtureBundle, lookupFixture } from '../helpers/fixtures';
import { releasedLog } from '../helpers/releasedV1';

const clock = () => new Date(Date.UTC(2026, 10, 23, 9, 0, 0));
// Path to "home": navigation 0, meeting 0, family time 0 (reasons), rank with 0 on top, return home.
const played = (): DecisionLog => drivePlay({ bundle: fixtureBundle(), seed: 3, now: clock }, pathChooser([0, 0, 0, 0, 1])).log;
const tamper = (mutate: (log: DecisionLog) => void) => {
  const log = structuredClone(played());
  mutate(log);
  return verifyLog(log, lookupFixture);
};

describe('replay verification', () => {
  it('verifies an honest log', () => {
    expect(describeVerdict(verifyLog(played(), lookupFixture))).toBe('verified: the log replays true against the story');
  });

  it('says a log with tampered deltas diverges, and where', () => {
    const verdict = tamper((log) => { log.entries[1]!.deltas.permanence = 3; });
    expect(verdict.kind).toBe('diverges');
    expect(describeVerdict(verdict)).toMatch(/diverges at decision 2: decision 2 \(test\.p1\.grandmother\): the effects differ: permanence 3 in the log, 2 in the story/);
  });

  it('says a log whose totals were edited diverges', () => {
    expect(describeVerdict(tamper((log) => { log.totals.contact += 5; }))).toMatch(/totals in the log are not the sum/);
  });

  it('says a log whose scores were edited diverges', () => {
    expect(describeVerdict(tamper((log) => { log.scores.permanence = 100; }))).toMatch(/scores in the log do not follow/);
  });

  it('says a log with a choice swapped diverges', () => {
    expect(tamper((log) => { log.entries[4]!.choice = 2; }).kind).toBe('diverges');
  });

  it('says a log with its reasons removed where the story asks for them diverges', () => {
    expect(describeVerdict(tamper((log) => { log.entries[2]!.justification = null; }))).toMatch(/asks for written reasons/);
  });

  it('says a log whose entry claims another part diverges, naming both', () => {
    const verdict = tamper((log) => { log.entries[2]!.part = '2 The review'; });
    expect(describeVerdict(verdict)).toMatch(/decision 3 .*the part is "2 The review" in the log but "1 The first week" in the story/);
    expect(describeVerdict(tamper((log) => { log.entries[0]!.part = null; }))).toMatch(/decision 1.*the part is missing in the log/);
  });

  it('says a log claiming another ending diverges', () => {
    expect(describeVerdict(tamper((log) => { log.ending = { ...log.ending!, id: 'sgo-pat', outcome: 'x' }; }))).toMatch(/the story ends at "home"/);
    expect(describeVerdict(tamper((log) => { log.ending = { ...log.ending!, timescale: 'missed' }; }))).toMatch(/ending's timescale in the log is not the story's \("missed" in the log, "met" in the story\)/);
    expect(describeVerdict(tamper((log) => { log.ending = { ...log.ending!, legal: null }; }))).toMatch(/ending's legal permanence is missing in the log but "at home under a supervision order" in the story/);
  });

  it('says a log whose ending outcome was rewritten diverges, naming the outcome', () => {
    const forged = 'Maya was adopted by a loving family. Outstanding, exemplary practice throughout (assessor: no concerns).';
    const verdict = tamper((log) => { log.ending = { ...log.ending!, outcome: forged }; });
    expect(verdict.kind).toBe('diverges');
    expect(describeVerdict(verdict)).toMatch(/the ending's outcome in the log is not the story's \("Maya was adopted .*" in the log, "Maya returned home with support\." in the story/);
  });

  it('says a first-release log whose ending outcome was rewritten diverges, and checks the permanence it records', () => {
    const { log, bundle } = releasedLog('bradley-finished-ranking.json');
    const lookup = (id: string, version?: string) => (id === bundle.id && (version === undefined || version === bundle.version) ? bundle : undefined);
    expect(verifyLog(log, lookup).kind).toBe('verified');
    const forged = structuredClone(log);
    forged.ending = { ...forged.ending!, outcome: 'Bradley was adopted by a loving family.' };
    expect(describeVerdict(verifyLog(forged, lookup))).toMatch(/diverges at decision \d+: the ending's outcome in the log is not the story's/);
    // A v1 log recorded no permanence tags: it is not faulted for lacking them, only for ones that are wrong.
    const tagged = structuredClone(log);
    tagged.ending = { ...tagged.ending!, legal: 'adoption order' };
    expect(describeVerdict(verifyLog(tagged, lookup))).toMatch(/ending's legal permanence/);
  });

  it('says a log whose judgement of a decision, activity check, ranking start or hidden facts were edited diverges', () => {
    expect(describeVerdict(tamper((log) => { log.entries[1]!.judgement!.contact = 0.5; }))).toMatch(/judgement of the choice/);
    expect(describeVerdict(tamper((log) => { log.entries[1]!.kind = 'activity'; }))).toMatch(/calls this an activity but the story has a decision/);
    expect(describeVerdict(tamper((log) => { log.checks = { correct: 1, of: 1 }; }))).toMatch(/checks in the log/);
    expect(describeVerdict(tamper((log) => { log.entries[3]!.ranking!.startOrder = [...log.entries[3]!.ranking!.expertOrder]; }))).toMatch(/opening order does not follow from the seed/);
    expect(describeVerdict(tamper((log) => { log.entries[3]!.ranking!.unchanged = !log.entries[3]!.ranking!.unchanged; }))).toMatch(/opening order/);
    expect(describeVerdict(tamper((log) => { log.draws = [{ fact: 'grandmother-health', value: 1, of: 2 }]; }))).toMatch(/hidden facts in the log are not the ones its seed draws/);
  });

  it('verifies the hidden facts an honest log drew, and the check of an activity answered', () => {
    const withFact = drivePlay({ bundle: fixtureBundle(), seed: 3, now: clock }, pathChooser([0, 0, 0, 0, 0])).log;
    expect(withFact.draws).toHaveLength(1);
    expect(verifyLog(withFact, lookupFixture).kind).toBe('verified');
    const activity = drivePlay({ bundle: fixtureBundle(), seed: 3, now: clock }, pathChooser([2, 0, 0, 0, 0, 1])).log;
    expect(activity.checks).toEqual({ correct: 1, of: 1 });
    expect(verifyLog(activity, lookupFixture).kind).toBe('verified');
    const wrong = structuredClone(activity);
    wrong.entries[1]!.correct = false;
    wrong.checks = { correct: 0, of: 1 };
    expect(describeVerdict(verifyLog(wrong, lookupFixture))).toMatch(/marks the answer not right/);
  });

  it('names an unknown story version', () => {
    expect(tamper((log) => { log.storyVersion = 'aaaaaaaaaaaa'; }).kind).toBe('unknown-version');
  });

  it('calls a log for a scenario the game does not have invalid', () => {
    expect(describeVerdict(tamper((log) => { log.scenario = 'nobody'; }))).toBe('invalid: scenario "nobody" is not a scenario this game has');
  });
});

describe('importing hostile or broken logs', () => {
  const text = () => logToJson(played());

  it('refuses truncated JSON with a message', () => {
    const result = importLogText(text().slice(0, 200));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/not valid JSON.*truncated/);
  });

  it('names the field of a wrong type', () => {
    const log = JSON.parse(text());
    log.entries[1].deltas.contact = '1';
    expect(importLogText(JSON.stringify(log))).toMatchObject({ ok: false, field: 'entries.1.deltas.contact' });
  });

  it('refuses huge strings inside an otherwise small file', () => {
    const log = JSON.parse(text());
    log.entries[2].justification = 'x'.repeat(30_000);
    expect(importLogText(JSON.stringify(log))).toMatchObject({ ok: false, field: 'entries.2.justification', reason: 'is longer than 20000 characters' });
  });

  it('refuses a future schema version and says what to do', () => {
    const log = JSON.parse(text());
    log.version = 3;
    const result = importLogText(JSON.stringify(log));
    expect(result).toMatchObject({ ok: false, field: 'version' });
    if (!result.ok) expect(result.reason).toMatch(/newer version of the game/);
  });

  it('refuses a 50 MB file by its size, before parsing it', () => {
    const huge = `{"format":"permanence-decision-log","pad":"${'x'.repeat(50 * 1024 * 1024)}"}`;
    const parse = vi.spyOn(JSON, 'parse');
    const result = importLogText(huge);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    expect(result).toMatchObject({ ok: false, field: '(file)' });
    if (!result.ok) expect(result.reason).toMatch(/larger than the 5 MB/);
    expect(huge.length).toBeGreaterThan(MAX_LOG_BYTES);
  });

  it('ignores prototype-pollution keys and keeps only the schema\'s fields', () => {
    const polluted = text().replace('{', '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},');
    const result = importLogText(polluted);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) expect(Object.keys(result.log)).not.toContain('__proto__');
  });

  it('refuses things that are not logs at all', () => {
    for (const bad of ['null', '[]', '"log"', '42', '{}', '{"format":"something-else"}']) {
      const result = importLogText(bad);
      expect(result.ok).toBe(false);
    }
  });

  it('gives a verdict, never an exception, for every truncation of a real log', () => {
    const full = text();
    for (let cut = 0; cut < full.length; cut += 37) {
      expect(() => verifyLogText(full.slice(0, cut), lookupFixture)).not.toThrow();
    }
  });
});

/** A clock that moves on a second each time it is read, as a participant's does between screens. */
const ticking = () => {
  let t = Date.UTC(2026, 10, 23, 9, 0, 0);
  return () => new Date((t += 1_000));
};

/** Plays `path` on the fixture, then takes back `takeBacks` choices and exports there, before choosing again. */
function takenBack(path: number[], takeBacks: number): DecisionLog {
  const { actor } = drivePlay({ bundle: fixtureBundle(), seed: 3, now: ticking() }, pathChooser(path), path.length);
  for (let i = 0; i < takeBacks; i++) actor.send({ type: 'TAKE_BACK' });
  return actor.getSnapshot().context.log!;
}

describe('a log exported after a choice was taken back and before it was made again', () => {
  it('verifies, and the verdict says the last decision was taken back and not yet chosen again', () => {
    const log = takenBack([0, 0, 0], 1);
    expect(log.entries.at(-1)!.reconsideredAt).not.toBeNull();
    const verdict = verifyLog(log, lookupFixture);
    expect(verdict).toMatchObject({ kind: 'verified', takenBackAtEnd: 1, timeWarnings: [] });
    expect(describeVerdict(verdict)).toBe('verified: the log replays true against the story; the last decision was taken back and not yet chosen again');
  });

  it('verifies with several decisions taken back in a row, and counts them', () => {
    const verdict = verifyLog(takenBack([0, 0, 0, 0], 3), lookupFixture);
    expect(verdict).toMatchObject({ kind: 'verified', takenBackAtEnd: 3 });
    expect(describeVerdict(verdict)).toMatch(/; the last 3 decisions were taken back and not yet chosen again$/);
  });

  it('verifies a finished log whose last decision was taken back from the debrief', () => {
    const { actor, log: finished } = drivePlay({ bundle: fixtureBundle(), seed: 3, now: ticking() }, pathChooser([0, 0, 0, 0, 1]));
    expect(finished.ending).not.toBeNull();
    actor.send({ type: 'TAKE_BACK' });
    const log = actor.getSnapshot().context.log!;
    expect([log.ending, log.finishedAt]).toEqual([null, null]);
    expect(verifyLog(log, lookupFixture)).toMatchObject({ kind: 'verified', takenBackAtEnd: 1, timeWarnings: [] });
  });

  it('still says a log diverges when a choice in the middle is marked taken back but the path went on from it', () => {
    const log = structuredClone(played());
    log.entries[2]!.reconsideredAt = log.entries[2]!.chosenAt;
    expect(describeVerdict(verifyLog(log, lookupFixture))).toMatch(/the choices marked as reconsidered do not match/);
  });

  it('still checks the totals of a log whose last decision was taken back', () => {
    const log = takenBack([0, 0, 0], 1);
    log.totals = { ...log.totals, contact: log.totals.contact + 2 };
    expect(describeVerdict(verifyLog(log, lookupFixture))).toMatch(/totals in the log are not the sum/);
  });
});

describe('what a verdict covers', () => {
  it('says what replay checked and what it cannot check, on every verdict', () => {
    const verified = verifyLog(played(), lookupFixture);
    expect(verified.scope.checked).toEqual(['choices', 'effects', 'totals', 'scores', 'judgements', 'draws', 'ending']);
    expect(verified.scope.unchecked).toEqual(['participant', 'cohort', 'times', 'reasons', 'taken-back history']);
    expect(tamper((log) => { log.totals.contact += 1; }).scope).toBe(verified.scope);
    expect(verifyLogText('{}', lookupFixture).scope).toBe(verified.scope);
  });

  it('verifies a log with impossible times, and warns of each contradiction', () => {
    const log = structuredClone(played());
    log.startedAt = '2030-01-01T00:00:00.000Z';
    log.finishedAt = '1970-01-01T00:00:00.000Z';
    log.entries[1]!.shownAt = '2030-01-01T09:00:00.000Z';
    log.entries[1]!.chosenAt = '1999-01-01T09:00:00.000Z';
    const verdict = verifyLog(log, lookupFixture, new Date(Date.UTC(2026, 10, 30)));
    expect(verdict.kind).toBe('verified');
    expect(verdict.timeWarnings).toEqual(expect.arrayContaining([
      { code: 'in-the-future', field: 'startedAt' },
      { code: 'shown-before-start', entry: 0 },
      { code: 'chosen-before-shown', entry: 1 },
      { code: 'finished-before-started' },
    ]));
  });

  it('warns of a finish time on a log that never reached an ending, and of an ending with none', () => {
    const unfinished = drivePlay({ bundle: fixtureBundle(), seed: 3, now: clock }, pathChooser([0, 0, 0]), 3).log;
    const claimsFinished = verifyLog({ ...unfinished, finishedAt: '2026-11-23T12:00:00.000Z' }, lookupFixture);
    expect(claimsFinished).toMatchObject({ kind: 'verified', timeWarnings: [{ code: 'finished-without-ending' }] });
    expect(verifyLog({ ...played(), finishedAt: null }, lookupFixture).timeWarnings).toEqual([{ code: 'ended-without-finish-time' }]);
  });

  it('gives an honest log no warnings, taken-back choices and all', () => {
    const { actor } = drivePlay({ bundle: fixtureBundle(), seed: 3, now: ticking() }, pathChooser([0, 0, 0]), 3);
    actor.send({ type: 'TAKE_BACK' });
    actor.send({ type: 'TAKE_BACK' });
    actor.send({ type: 'CHOOSE', index: 2 });
    const log = actor.getSnapshot().context.log!;
    expect(log.entries.map((e) => e.reconsideredAt !== null)).toEqual([false, true, true, false]);
    expect(verifyLog(log, lookupFixture, new Date(Date.UTC(2026, 10, 23, 10)))).toMatchObject({ kind: 'verified', timeWarnings: [], takenBackAtEnd: 0 });
  });
});

describe('divergence messages that show an invisible difference', () => {
  it('names a look-alike letter in a decision id by its code point', () => {
    const verdict = tamper((log) => { log.entries[1]!.decision = 'test.p1.gr\u0430ndmother'; });
    expect(describeVerdict(verdict)).toMatch(/they first differ at character 11 \(after "test\.p1\.gr"\): U\+0430 CYRILLIC SMALL LETTER A in the log, "a" in the story/);
  });

  it('names a zero-width space past the excerpt of a choice text, and where it is', () => {
    const verdict = tamper((log) => { log.entries[1]!.text = `${log.entries[1]!.text}\u200b`; });
    expect(describeVerdict(verdict)).toMatch(/they first differ at character 49 \(after "….*this week"\): U\+200B ZERO WIDTH SPACE in the log, the end of the text in the story/);
  });

  it('names a change in an ending outcome beyond the 80 characters shown', () => {
    const { log, bundle } = releasedLog('bradley-finished-ranking.json');
    const outcome = log.ending!.outcome;
    expect(outcome.slice(124, 128)).toBe('not ');
    const forged = { ...log, ending: { ...log.ending!, outcome: `${outcome.slice(0, 124)}all ${outcome.slice(128)}` } };
    const lookup = (id: string) => (id === bundle.id ? bundle : undefined);
    expect(describeVerdict(verifyLog(forged, lookup))).toMatch(/outcome in the log is not the story's .*; they first differ at character 125 \(after "…he cost of what was "\): "a" in the log, "n" in the story\)$/);
  });

  it('leaves a plain, visible difference without a pointer', () => {
    expect(describeVerdict(tamper((log) => { log.entries[1]!.text = 'Something else'; }))).not.toMatch(/first differ/);
  });
});
