import { describe, expect, it } from 'vitest';
import { GroupIntake } from '../../src/plenary/groupIntake';
import { findReplayCodes } from '../../src/plenary/findReplayCodes';
import { participantLabel } from '../../src/plenary/participant';
import { logToJson } from '../../src/log/exportLog';
import { encodeReplayCode, replayCodeOfLog } from '../../src/log/replayCode';
import { activeEntries } from '../../src/log/activePath';
import { fixtureBundle, lookupFixture } from '../helpers/fixtures';
import { walkPath } from '../../src/plenary/replayPath';
import { runnerFor } from '../../src/log/verifyLog';
import { group, playedLog } from './groupFixtures';
import { drivePlay, pathChooser } from '../../src/engine/drivePlay';

const codeOf = (text: string) => findReplayCodes(text)[0]!;

describe('taking in the group\'s play-throughs', () => {
  it('verifies each log file and counts it', () => {
    const intake = new GroupIntake(lookupFixture);
    for (const [i, log] of group(5).entries()) intake.addLogText(`log-${i}.json`, logToJson(log));
    expect(intake.submissions.map((s) => s.kind)).toEqual(Array(5).fill('verified'));
    expect(intake.participants()).toHaveLength(5);
    expect(intake.scenarios()).toEqual([{ id: 'test-case', count: 5 }]);
  });

  it('sets aside a broken file with its reason and carries on with the rest', () => {
    const intake = new GroupIntake(lookupFixture);
    intake.addLogText('a.json', logToJson(playedLog(1)));
    const bad = intake.addLogText('b.json', logToJson(playedLog(2)).slice(0, 120));
    const notLog = intake.addLogText('c.json', '{"format":"something-else"}');
    intake.addLogText('d.json', logToJson(playedLog(3)));
    expect(bad).toMatchObject({ kind: 'invalid', participant: null });
    expect(bad.detail).toMatch(/not valid JSON/);
    expect(notLog.detail).toMatch(/^format is not "permanence-decision-log"/);
    expect(intake.participants().map((p) => p.seed)).toEqual([1, 3]);
  });

  it('sets aside a tampered log as diverging, saying where', () => {
    const intake = new GroupIntake(lookupFixture);
    const log = playedLog(4);
    const n = log.entries.findIndex((e) => e.decision !== null);
    log.entries[n]!.deltas.permanence += 3;
    const verdict = intake.addLogText('tampered.json', logToJson(log));
    expect(verdict.kind).toBe('diverges');
    expect(verdict.detail).toContain(`at decision ${n + 1}`);
    expect(verdict.detail).toMatch(/the effects differ/);
    expect(intake.participants()).toEqual([]);
  });

  it('counts the same play-through once, and prefers the log (with its pseudonym) to the code', () => {
    const intake = new GroupIntake(lookupFixture);
    const log = playedLog(5, 'Sam');
    const code = intake.addCode(codeOf(replayCodeOfLog(log)));
    const file = intake.addLogText('sam.json', logToJson(log));
    const again = intake.addLogText('sam-again.json', logToJson(log));
    expect(code).toMatchObject({ kind: 'duplicate', participant: null });
    expect(code.detail).toMatch(/same play-through as File 1/);
    expect(file.kind).toBe('verified');
    expect(again).toMatchObject({ kind: 'duplicate' });
    expect(again.detail).toMatch(/File 1/);
    const [only] = intake.participants();
    expect(intake.participants()).toHaveLength(1);
    expect(participantLabel(only!, false)).toBe('File 1');
    expect(participantLabel(only!, true)).toBe('File 1 · Sam');
    // For the records export: the one log, once, and never a code's replay.
    expect(intake.verifiedLogs()).toEqual([log]);
    expect(intake.verifiedLogs('another-case')).toEqual([]);
  });

  // Issue 19 F14: the seed alone does not make a copy a second person, and names cannot pass for others.
  it('counts copies of one log once, whatever seed each copy says', () => {
    const intake = new GroupIntake(lookupFixture);
    // Part 1 only: no hidden fact and no ranking (whose opening order the seed draws), so a copy with another seed still replays true.
    const log = drivePlay({ bundle: fixtureBundle(), seed: 5, now: () => new Date(Date.UTC(2026, 10, 23, 9)) }, pathChooser([1, 0, 0], 'Because.'), 3).log;
    expect(log.draws).toEqual([]);
    const copies = [5, 6, 7, 8].map((seed, i) => intake.addLogText(`copy-${i}.json`, logToJson({ ...log, participant: 'Alice', seed })));
    expect(copies.map((c) => c.kind)).toEqual(['verified', 'duplicate', 'duplicate', 'duplicate']);
    expect(copies[1]!.detail).toMatch(/same play-through as File 1/);
    intake.addLogText('other.json', logToJson(playedLog(9, 'Bea')));
    expect(intake.participants()).toHaveLength(2);
  });

  it('shows a name beside its source, with invisible and direction-changing characters made visible', () => {
    const intake = new GroupIntake(lookupFixture);
    intake.addLogText('a.json', logToJson(playedLog(1, 'Alice')));
    intake.addLogText('b.json', logToJson(playedLog(2, 'Alice\u200b')));
    intake.addLogText('c.json', logToJson(playedLog(3, 'Code 1')));
    intake.addLogText('d.json', logToJson(playedLog(4, '\u202eyrrah\u202c')));
    expect(intake.participants().map((p) => participantLabel(p, true))).toEqual([
      'File 1 · Alice', 'File 2 · Alice<U+200B>', 'File 3 · Code 1', 'File 4 · <U+202E>yrrah<U+202C>',
    ]);
  });

  it('turns a replay code into a participant by replaying it, with the same choices as the log', () => {
    const intake = new GroupIntake(lookupFixture);
    const log = playedLog(6);
    intake.addCode(codeOf(`mine: ${replayCodeOfLog(log)} thanks`));
    const [p] = intake.participants();
    expect(p!.pseudonym).toBeNull();
    expect(participantLabel(p!, true)).toBe('Code 1');
    expect(p!.picks.map((k) => [k.decision, k.text])).toEqual(activeEntries(log).filter((e) => e.decision).map((e) => [e.decision, e.text]));
    expect(p!.scores).toEqual(log.scores);
    expect(p!.ending).toBe(log.ending?.id ?? null);
  });

  it('sets aside a code from another story version, a code whose choices do not fit, and a mistyped code', () => {
    const intake = new GroupIntake(lookupFixture);
    const log = playedLog(7);
    const other = intake.addCode(codeOf(encodeReplayCode({ scenario: 'test-case', versionPrefix: 'abcdef', seed: 7, choices: [0, 0] })));
    const wrong = intake.addCode(codeOf(encodeReplayCode({ scenario: 'test-case', versionPrefix: fixtureBundle().version, seed: 7, choices: [0, 9] })));
    const typo = replayCodeOfLog(log).replace(/.$/, (c) => (c === '0' ? '1' : '0'));
    const mistyped = intake.addCode(codeOf(typo));
    expect(other.kind).toBe('other-version');
    expect(other.detail).toMatch(/cannot be matched.*ask for the log file/);
    expect(wrong.kind).toBe('diverges');
    expect(wrong.detail).toMatch(/choice 2 is option 10, but the story offers 3/);
    expect(mistyped.kind).toBe('invalid');
    expect(intake.participants()).toEqual([]);
  });

  it('calls a code for a case the game does not have invalid', () => {
    const intake = new GroupIntake(lookupFixture);
    const s = intake.addCode(codeOf(encodeReplayCode({ scenario: 'nobody', versionPrefix: 'abcdef', seed: 1, choices: [0] })));
    expect(s).toMatchObject({ kind: 'invalid', detail: '"nobody" is not a case this game has.' });
  });
});

describe('a log from an older version of the story', () => {
  const older = () => {
    const log = playedLog(8, 'Jo');
    log.storyVersion = '0123456789ab';
    const renamed = log.entries.find((e) => e.decision === 'test.p1.family-time')!;
    renamed.decision = 'test.p1.contact-plan';
    return log;
  };

  it('is matched by decision id, and the trainer is told which decision could not be matched', () => {
    const intake = new GroupIntake(lookupFixture);
    const log = older();
    const s = intake.addLogText('jo.json', logToJson(log));
    const decisions = log.entries.filter((e) => e.decision).length;
    expect(s.kind).toBe('other-version');
    expect(s.detail).toContain(`${decisions - 1} of ${decisions} decisions matched`);
    expect(s.detail).toContain('Not matched: test.p1.contact-plan.');
    const p = s.participant!;
    expect(p.olderVersion).toBe(true);
    expect(p.scores).toBeNull();
    expect(p.unmatched).toEqual(['test.p1.contact-plan']);
    // Every other decision is counted with the option chosen, and the route went on past the renamed one.
    const expected = log.entries.filter((e) => e.decision && e.decision !== 'test.p1.contact-plan').map((e) => [e.decision, e.text]);
    expect(p.picks.map((k) => [k.decision, k.text])).toEqual(expected);
  });

  it('matches an option whose wording changed by its place, and says so', () => {
    const intake = new GroupIntake(lookupFixture);
    const log = playedLog(9);
    log.storyVersion = '0123456789ab';
    const entry = log.entries.find((e) => e.decision === 'test.p1.grandmother')!;
    entry.text = `${entry.text} (old wording)`;
    const s = intake.addLogText('old.json', logToJson(log));
    expect(s.participant!.matchedByPlace).toEqual(['test.p1.grandmother']);
    expect(s.detail).toMatch(/Matched by the option's place, as its wording changed: test\.p1\.grandmother/);
    expect(s.participant!.picks.find((k) => k.decision === 'test.p1.grandmother')!.choice).toBe(entry.choice);
  });
});

describe('a version 1 log in the group', () => {
  it('is verified on its own archived version, and its scores put on the new scale with judgeLog, saying so', async () => {
    const { judgeLog } = await import('../../src/decisions/judgeLog');
    const { runnerFor } = await import('../../src/log/verifyLog');
    const { releasedLog } = await import('../helpers/releasedV1');
    const { text, log, bundle: archived } = releasedLog('bradley-finished-ranking.json');
    const imported = { log };
    // The game as it stands: the archived version is the one the log names.
    const intake = new GroupIntake((id, version) => (id === 'bradley' && (version === undefined || version === archived.version) ? archived : undefined));
    const added = intake.addLogText('v1.json', text);
    expect(added.kind).toBe('verified');
    const p = added.participant!;
    // Its own scores were running totals on the old scale: not comparable, so worked out again.
    expect(p.rescaled).toBe(true);
    expect(p.scores).toEqual(judgeLog(imported.log, runnerFor(archived)).scores);
    expect(p.scores).not.toEqual(imported.log.scores);
    expect(p.picks.every((k) => k.judgement !== null)).toBe(true);
  });

  it('leaves a v2 log\'s scores as it recorded them', () => {
    const intake = new GroupIntake(lookupFixture);
    const log = playedLog(1);
    const p = intake.addLogText('a.json', logToJson(log)).participant!;
    expect([p.rescaled, p.scores]).toEqual([false, log.scores]);
  });
});

describe('a panel view that depends on the path', () => {
  it('is read as in force on each path, and marked where it differs between participants', async () => {
    const { analyseGroup } = await import('../../src/plenary/analyseGroup');
    const logs = group(24);
    const intake = new GroupIntake(lookupFixture);
    logs.forEach((log, i) => intake.addLogText(`p${i}.json`, logToJson(log)));
    const analysis = analyseGroup(fixtureBundle(), intake.participants());
    // The fixture's ranking puts Pat first only after a network meeting (# expert: {network_meeting:1|2}).
    const reachedRanking = logs.filter((l) => activeEntries(l).some((e) => e.decision === 'test.p2.priorities'));
    const met = reachedRanking.map((l) => activeEntries(l).find((e) => e.decision === 'test.p1.grandmother')!.choice === 0);
    expect(met.includes(true) && met.includes(false)).toBe(true);
    expect(analysis.catalogue.get('test.p2.priorities')!.panelDiffers).toBe(true);
    expect(analysis.catalogue.get('test.p1.grandmother')!.panelDiffers).toBe(false);
    // Each ranking in the logs was judged against the panel's order in force on its own path.
    for (const l of reachedRanking) {
      const r = activeEntries(l).find((e) => e.decision === 'test.p2.priorities')!.ranking!;
      const metPat = activeEntries(l).find((e) => e.decision === 'test.p1.grandmother')!.choice === 0;
      expect(r.expertOrder).toEqual(metPat ? [0, 2, 1] : [2, 0, 1]);
      // The plenary's own walk of that participant's path reads the same panel order.
      const walked = walkPath(runnerFor(fixtureBundle()), l.seed, activeEntries(l).map((e) => e.choice));
      const point = walked.points.find((pt) => pt.decision === 'test.p2.priorities')!;
      expect([...point.options].sort((x, y) => x.expertPlace! - y.expertPlace!).map((o) => o.index)).toEqual(r.expertOrder);
    }
  });
});
