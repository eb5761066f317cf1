/**
 * Logs, replay codes, a saved game and LMS suspend data made by the v1 release (see
 * tests/fixtures/released-v1/README.md) still verify, decode and resume on their own story
 * version, kept in the archive, once the current story is another version.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { readArchivedBundle } from '../../src/content/storyArchive';
import type { ScenarioBundle, ScenarioLookup } from '../../src/content/scenarioBundle';
import type { VersionsOf } from '../../src/content/storyVersions';
import { importLogText } from '../../src/log/importLog';
import { verifyOwnVersion, describeVersionedVerdict } from '../../src/log/verifyOwnVersion';
import { verifyLog } from '../../src/log/verifyLog';
import { decodeReplayCode } from '../../src/log/replayCode';
import { GroupIntake } from '../../src/plenary/groupIntake';
import { findReplayCodes } from '../../src/plenary/findReplayCodes';
import { logFromCode } from '../../src/review/logFromCode';
import { reviewOfSource } from '../../src/review/reviewOfSource';
import { playMachine, type SavedSession } from '../../src/engine/playMachine';
import { saveSession } from '../../src/engine/saveSession';
import { decodeSuspendData } from '../../src/lms/suspendData';
import { rebuildSession } from '../../src/lms/rebuildSession';
import { planResume } from '../../src/persistence/resumePlan';
import { MemoryStorage, SessionStore } from '../../src/persistence/sessionStore';

const DIR = join(import.meta.dirname, '../fixtures/released-v1');
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');
const V1: Record<string, string> = { bradley: '1d12d31b4e1e', olivia: '04f2b1d4e1c3', chloe: 'b4a485cd6b69' };
const archived = (id: string): ScenarioBundle => readArchivedBundle(id, V1[id]!)!;
/** A story revised since v1: same case, another version, nothing of it to replay. */
const revised = (id: string): ScenarioBundle => ({ ...archived(id), version: `ffff${V1[id]!.slice(4)}`, json: '{}' });

/** What the game will have once the stories change: a newer current version, v1 in the archive. */
const afterRevision: ScenarioLookup = (id, version) => {
  if (!Object.hasOwn(V1, id)) return undefined;
  if (version === undefined || version === revised(id).version) return revised(id);
  return version === V1[id] ? archived(id) : undefined;
};
const versionsOf: VersionsOf = (id) => (Object.hasOwn(V1, id) ? [revised(id).version, V1[id]!] : []);

const LOGS = ['bradley-finished-ranking.json', 'olivia-part-way.json', 'chloe-finished-balance.json'];
const codes = JSON.parse(read('replay-codes.json')) as Record<string, string>;

describe('v1 logs verify against their own archived version', () => {
  it.each(LOGS)('%s is verified, and the verdict names its version', (file) => {
    const imported = importLogText(read(file));
    if (!imported.ok) throw new Error(`${imported.field} ${imported.reason}`);
    const verdict = verifyOwnVersion(imported.log, afterRevision);
    expect(verdict.kind).toBe('verified');
    expect(verdict.version).toEqual({ version: V1[imported.log.scenario], current: false });
    expect(describeVersionedVerdict(verdict)).toMatch(/earlier version of the story \([0-9a-f]{12}\)/);
  });

  it('keeps "unknown version" for a version in neither the build nor the archive', () => {
    const imported = importLogText(read('bradley-finished-ranking.json'));
    if (!imported.ok) throw new Error('fixture unreadable');
    const lookup: ScenarioLookup = (id, version) => (version === undefined ? revised(id) : undefined);
    expect(verifyLog(imported.log, lookup).kind).toBe('unknown-version');
  });

  it('is counted as verified by the plenary, saying it was an earlier version', () => {
    const intake = new GroupIntake(afterRevision, versionsOf);
    for (const file of LOGS) {
      const s = intake.addLogText(file, read(file));
      expect([s.kind, s.detail]).toEqual(['verified', expect.stringMatching(/earlier version of the story/)]);
    }
  });

  it('opens in the review as verified, on its version', () => {
    const imported = importLogText(read('chloe-finished-balance.json'));
    if (!imported.ok) throw new Error('fixture unreadable');
    const prepared = reviewOfSource({ kind: 'log', log: imported.log } as Parameters<typeof reviewOfSource>[0], null, archived('chloe'), revised('chloe').version);
    expect(prepared.ok && prepared.model.verdict).toMatchObject({ verified: true, version: { version: V1.chloe, current: false } });
  });
});

describe('v1 replay codes still decode', () => {
  it.each(Object.entries(codes))('%s: the plenary reads it against the archived version', (name, code) => {
    const found = findReplayCodes(code)[0]!;
    const s = new GroupIntake(afterRevision, versionsOf).addCode(found);
    expect([name, s.kind]).toEqual([name, 'verified']);
  });

  it.each(Object.entries(codes))('%s: the review replays it to the same choices as the v1 log', (name, code) => {
    const decoded = decodeReplayCode(code);
    if (!decoded.ok) throw new Error(decoded.reason);
    const { log, verdict } = logFromCode(decoded.code, archived(decoded.code.scenario));
    expect(verdict.kind).toBe('verified');
    const original = JSON.parse(read(`${name}.json`)) as { entries: { choice: number }[] };
    expect(log.entries.map((e) => e.choice)).toEqual(original.entries.map((e) => e.choice));
  });
});

describe('a v1 saved game resumes on its version', () => {
  const saved = JSON.parse(read('olivia-part-way.saved-session.json')) as SavedSession;

  it('is planned to resume on the archived version, not set aside', () => {
    expect(planResume(saved, revised('olivia').version, versionsOf('olivia'))).toMatchObject({ kind: 'resume', version: V1.olivia, current: false });
  });

  it('resumes in the play machine given the archived story, where it was', () => {
    const actor = createActor(playMachine, { input: { bundle: archived('olivia'), seed: 1, resume: saved } }).start();
    const snapshot = actor.getSnapshot();
    expect(snapshot.context.message).toBeNull();
    expect(snapshot.matches({ playing: 'choosing' })).toBe(true);
    // Where the player was, and their decisions (the log's schema and scores may be upgraded on resume).
    const again = saveSession(snapshot)!;
    expect([again.phase, again.part, again.screen, again.variables]).toEqual([saved.phase, saved.part, saved.screen, saved.variables]);
    expect(again.log.storyVersion).toBe(V1.olivia);
    expect(again.log.entries.map((e) => [e.decision, e.choice, e.justification])).toEqual(saved.log.entries.map((e) => [e.decision, e.choice, e.justification]));
  });

  it('resumes from the LMS\'s suspend data too, in both forms', () => {
    const { full, choices } = JSON.parse(read('olivia-part-way.suspend-data.json')) as { full: string; choices: string };
    const fromFull = decodeSuspendData(full);
    expect(fromFull.kind === 'full' && planResume(fromFull.saved, revised('olivia').version, versionsOf('olivia')).kind).toBe('resume');
    const fromChoices = decodeSuspendData(choices);
    if (fromChoices.kind !== 'choices') throw new Error(`suspend data read as ${fromChoices.kind}`);
    const rebuilt = rebuildSession(fromChoices.choices, archived('olivia'));
    expect(rebuilt.ok && rebuilt.saved.log.entries.map((e) => e.choice)).toEqual(saved.log.entries.map((e) => e.choice));
  });

  it('is set aside, never overwritten, when its version is kept nowhere', () => {
    const plan = planResume(saved, revised('olivia').version, [revised('olivia').version]);
    expect(plan.kind).toBe('set-aside');
    const storage = new MemoryStorage();
    const store = new SessionStore(storage, () => new Date('2026-12-01T09:00:00Z'));
    expect(store.save(saved).ok).toBe(true);
    const key = store.keepAside(saved, plan.kind === 'set-aside' ? plan.reason : '');
    expect(key).toMatch(/^permanence\.set-aside\.olivia\./);
    // The autosave slot is free for the new game; the old one stays, with its log to export.
    expect(store.load('olivia').kind).toBe('none');
    const kept = store.kept().find((e) => e.key === key)!;
    expect((JSON.parse(kept.text) as SavedSession).log).toEqual(saved.log);
    store.save({ ...saved, log: { ...saved.log, seed: 99, startedAt: '2026-12-01T09:01:00Z' } });
    expect(store.kept().find((e) => e.key === key)!.text).toBe(kept.text);
  });
});
