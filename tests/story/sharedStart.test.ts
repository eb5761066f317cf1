/**
 * A shared start for every part: a game started at part N opens at `shared_start_N`, its log
 * says so, verifies, carries the start in its replay code, and the plenary counts it only with
 * others started there.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, lookupFixture, compileSource } from '../helpers/fixtures';
import { drivePlay, pathChooser, randomChooser, seededRandom } from '../../src/engine/drivePlay';
import { verifyLog, verifyLogText } from '../../src/log/verifyLog';
import { importLogText } from '../../src/log/importLog';
import { logToJson } from '../../src/log/exportLog';
import { decodeReplayCode, encodeReplayCode, replayCodeOfLog } from '../../src/log/replayCode';
import { GroupIntake } from '../../src/plenary/groupIntake';
import { findReplayCodes } from '../../src/plenary/findReplayCodes';
import { analyseGroup } from '../../src/plenary/analyseGroup';
import { startingPartsOf } from '../../src/plenary/startingParts';
import { exploreStory } from '../../src/story/exploreStory';
import { lintStory } from '../../src/story/lintStory';
import { parsePlayAddress, playAddress } from '../../src/ui/playAddress';
import { MemoryStorage, SessionStore, saveSlot } from '../../src/persistence/sessionStore';

const play = (seed: number, startPart = 1) => drivePlay({ bundle: fixtureBundle(), seed, startPart }, randomChooser(seededRandom(seed))).log;

describe('a game started at a shared start', () => {
  it('opens with the summary and plays part 2, with no checkpoint before it', () => {
    const { actor, log } = drivePlay({ bundle: fixtureBundle(), seed: 7, startPart: 2 }, pathChooser([0, 0]));
    expect(log.startPart).toBe(2);
    expect(log.entries.map((e) => e.part)).toEqual(['2 The review', '2 The review']);
    expect(log.entries[0]!.decision).toBe('test.p2.priorities');
    expect(log.ending).not.toBeNull();
    expect(actor.getSnapshot().context.view!.transcript.some((t) => t.kind === 'part')).toBe(false);
    expect(actor.getSnapshot().context.view!.transcript[0]!.text).toMatch(/shared starting point for part 2/);
  });

  it('keeps a game from the beginning as it was: no startPart in its log', () => {
    expect(Object.hasOwn(play(3), 'startPart')).toBe(false);
  });

  it('writes a log that imports, verifies from part 2, and fails when its start is removed', () => {
    const log = play(11, 2);
    const text = logToJson(log);
    expect(verifyLogText(text, lookupFixture).kind).toBe('verified');
    const imported = importLogText(text);
    expect(imported.ok && imported.log.startPart).toBe(2);
    const { startPart: _, ...fromStart } = log;
    expect(verifyLog(fromStart, lookupFixture).kind).toBe('diverges');
    expect(verifyLog({ ...log, startPart: 5 }, lookupFixture)).toMatchObject({ kind: 'diverges', what: expect.stringMatching(/no shared starting point/) });
  });

  it('carries the starting part in its replay code, and old codes still decode', () => {
    const log = play(5, 2);
    const code = replayCodeOfLog(log);
    expect(code).toMatch(/^test-case\.p2\./);
    const decoded = decodeReplayCode(code);
    expect(decoded.ok && decoded.code.startPart).toBe(2);
    const old = encodeReplayCode({ scenario: 'bradley', versionPrefix: '3f9a1c', seed: 9, choices: [1, 0, 2] });
    expect(decodeReplayCode(old)).toEqual({ ok: true, code: { scenario: 'bradley', versionPrefix: '3f9a1c', seed: 9, choices: [1, 0, 2] } });
    expect(decodeReplayCode(encodeReplayCode({ scenario: 'chloe', versionPrefix: 'abcdef', seed: 1, choices: [0], startPart: 4 }))).toEqual({ ok: true, code: { scenario: 'chloe', versionPrefix: 'abcdef', seed: 1, choices: [0], startPart: 4 } });
  });

  it('is counted in the plenary with others started at the same part, never with full games', () => {
    const group = new GroupIntake(lookupFixture);
    for (const s of [1, 2, 3]) group.addLogText(`full-${s}.json`, logToJson(play(s)));
    for (const s of [4, 5]) group.addLogText(`part2-${s}.json`, logToJson(play(s, 2)));
    group.addCode(findReplayCodes(replayCodeOfLog(play(6, 2)))[0]!);
    const everyone = group.participants('test-case');
    expect(startingPartsOf(everyone)).toEqual([{ part: 1, count: 3 }, { part: 2, count: 3 }]);
    const part2 = analyseGroup(fixtureBundle(), everyone, 2);
    expect(part2.participants).toHaveLength(3);
    const priorities = part2.splits.find((s) => s.context.id === 'test.p2.priorities')!;
    expect(priorities.reached).toBe(3);
    expect(part2.splits.some((s) => s.context.id === 'test.p1.grandmother')).toBe(false);
    const full = analyseGroup(fixtureBundle(), everyone);
    expect(full.participants).toHaveLength(3);
    expect(full.splits.find((s) => s.context.id === 'test.p1.grandmother')!.reached).toBe(3);
  });

  it('explores from the shared start with no dead end', () => {
    const report = exploreStory(fixtureBundle().json, { startPart: 2 });
    expect(report.deadEnds).toEqual([]);
    expect(report.endings.length).toBeGreaterThan(0);
    expect(report.parts).toEqual(['2 The review']);
  });

  it('reports each shared start from one exploration with a shared memo, as a walk from that start alone finds it', () => {
    const json = fixtureBundle().json;
    const whole = exploreStory(json, { sharedStarts: true });
    const alone = exploreStory(json, { startPart: 2 });
    const shared = whole.starts?.['2'];
    expect(shared).toBeDefined();
    expect(new Set(shared!.endings)).toEqual(new Set(alone.endings));
    expect(new Set(shared!.decisionIds)).toEqual(new Set(alone.decisionIds));
    expect(shared!.parts).toEqual(alone.parts);
    expect(shared!.bounds).toEqual(alone.bounds);
    expect(shared!.deadEnds).toEqual([]);
    // The main report is the walk from the beginning alone.
    const plain = exploreStory(json);
    expect(whole.endings).toEqual(plain.endings);
    expect(whole.decisionPoints).toEqual(plain.decisionPoints);
    expect(whole.states).toBe(plain.states);
    expect(whole.unreachable).toEqual(plain.unreachable);
  });

  it('finds a dead end reached only from a shared start, with the road to it and its last line', () => {
    const json = compileSource(`# title: T
-> one
=== one ===
# part: 1 One
~ x = 1
Hello.
* [Go on]
-> two
=== two ===
# part: 2 Two
{x == 1: Later.|Stuck here.}
{x == 1: -> finish}
* [Wait]
  You wait.
  -> DONE
=== finish ===
# ending: end
# outcome: done
-> END
=== shared_start_2 ===
~ x = 0
-> two
VAR x = 0
`);
    const whole = exploreStory(json, { sharedStarts: true });
    expect(whole.deadEnds).toEqual([]);
    expect(whole.starts?.['2']?.deadEnds).toEqual([{ path: [0], lastLine: 'You wait.' }]);
    expect(whole.starts?.['2']?.deadEnds).toEqual(exploreStory(json, { startPart: 2 }).deadEnds);
    expect(whole.starts?.['2']?.endings).toEqual([]);
  });
});

describe('the lint of shared starts', () => {
  const story = (extra: string) => compileSource(`# title: T
-> one
=== one ===
# part: 1 One
Hello.
* [Go on]
-> two
=== two ===
# part: 2 Two
Later.
# ending: end
# outcome: done
-> END
${extra}`);
  const sharedProblems = (json: string) => lintStory(json).problems.filter((p) => /shared/.test(`${p.where} ${p.message}`));

  it('fails a story with a part 2 and no shared start, naming the knot to add', () => {
    expect(sharedProblems(story(''))).toMatchObject([{ where: 'part 2 Two', message: expect.stringMatching(/shared_start_2/) }]);
  });

  it('passes one whose shared start is tagged and reaches its part, and fails a wrong tag', () => {
    expect(sharedProblems(story('=== shared_start_2 ===\n# shared-start: 2\nThe summary.\n-> two'))).toEqual([]);
    expect(sharedProblems(story('=== shared_start_2 ===\n# shared-start: 3\nThe summary.\n-> two'))).toHaveLength(1);
    expect(sharedProblems(story('=== shared_start_2 ===\nThe summary.\n-> two'))).toHaveLength(1);
  });
});

describe('a link to a part, and its save', () => {
  it('reads #play/<case>/part/<N> with a seed and a cohort, and writes it back', () => {
    expect(parsePlayAddress('#play/chloe/part/4?seed=7&cohort=Group%20A')).toEqual({ caseId: 'chloe', startPart: 4, seed: 7, cohort: 'Group A' });
    expect(parsePlayAddress('#play/chloe')).toEqual({ caseId: 'chloe', startPart: 1, seed: null, cohort: null });
    expect(parsePlayAddress('#play/chloe/part/x')).toBeNull();
    expect(playAddress('chloe', 7, null, 4)).toBe('#play/chloe/part/4?seed=7');
  });

  it('keeps a game started at a part in its own slot, beside the continuing game', () => {
    const store = new SessionStore(new MemoryStorage());
    const base = { machineVersion: 1, phase: 'briefing' as const, screen: { from: 0, to: 0 }, read: false, part: null, pending: null, balance: null, variables: {} };
    store.save({ ...base, log: play(1) });
    store.save({ ...base, log: play(2, 2) });
    const own = store.load('test-case');
    const part = store.load(saveSlot('test-case', 2));
    expect(own.kind === 'found' && own.saved.log.startPart).toBeUndefined();
    expect(part.kind === 'found' && part.saved.log.startPart).toBe(2);
  });
});
