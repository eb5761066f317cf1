import { describe, expect, it, vi } from 'vitest';
import { drivePlay, pathChooser } from '../../src/engine/drivePlay';
import { verifyLog, verifyLogText, describeVerdict } from '../../src/log/verifyLog';
import { importLogText, MAX_LOG_BYTES } from '../../src/log/importLog';
import { logToJson } from '../../src/log/exportLog';
import type { DecisionLog } from '../../src/log/logSchema';
import { fixtureBundle, lookupFixture } from '../helpers/fixtures';

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
    expect(describeVerdict(tamper((log) => { log.ending = { ...log.ending!, timescale: 'missed' }; }))).toMatch(/ending's words in the log are not the story's/);
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
