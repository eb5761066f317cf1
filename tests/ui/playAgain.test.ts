/**
 * Playing a finished part game again: the finished game is kept aside, the continuing game of
 * the case is untouched, and the new game starts at the same part's shared starting point.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { drivePlay, pathChooser } from '../../src/engine/drivePlay';
import { playMachine, type SavedSession } from '../../src/engine/playMachine';
import { saveSession } from '../../src/engine/saveSession';
import { MemoryStorage, SessionStore, saveSlot } from '../../src/persistence/sessionStore';
import { keptGames } from '../../src/persistence/keptGames';
import { EARLIER_ATTEMPT, earlierAttempt, keepFinishedSlotAside } from '../../src/ui/playAgain';
import { fixtureBundle } from '../helpers/fixtures';

const finishedPartGame = (): SavedSession => {
  const { actor } = drivePlay({ bundle: fixtureBundle(), seed: 5, startPart: 2 }, pathChooser([0, 0]));
  expect(actor.getSnapshot().matches('debrief')).toBe(true);
  return saveSession(actor.getSnapshot())!;
};

/** A whole-case game one choice in: the player's continuing game. */
const continuingGame = (): SavedSession => {
  const actor = createActor(playMachine, { input: { bundle: fixtureBundle(), seed: 4 } }).start();
  actor.send({ type: 'START' });
  actor.send({ type: 'CONTINUE' });
  actor.send({ type: 'CHOOSE', index: 0 });
  return saveSession(actor.getSnapshot())!;
};

function storeWithBoth() {
  const storage = new MemoryStorage();
  const store = new SessionStore(storage, () => new Date(Date.UTC(2026, 11, 1, 9)));
  store.save(continuingGame());
  store.save(finishedPartGame());
  return { storage, store };
}

describe('playing a finished part game again', () => {
  it('keeps the finished part game aside, saying which part, and leaves the continuing game as it was', () => {
    const { storage, store } = storeWithBoth();
    const continuing = storage.getItem('permanence.session.test-case');
    expect(keepFinishedSlotAside(store, 'test-case', 2)).toBe(true);
    expect(store.load(saveSlot('test-case', 2)).kind).toBe('none');
    expect(storage.getItem('permanence.session.test-case')).toBe(continuing);
    const kept = keptGames(store.kept()).filter((g) => g.kind === 'set-aside');
    expect(kept).toHaveLength(1);
    expect(kept[0]!.log?.startPart).toBe(2);
    expect(kept[0]!.reason).toBe(earlierAttempt(2));
    expect(kept[0]!.reason).toMatch(/part 2 of this case from its shared starting point, finished/);
  });

  it('keeps nothing aside when the part game is not finished, so it can be resumed', () => {
    const storage = new MemoryStorage();
    const store = new SessionStore(storage);
    const actor = createActor(playMachine, { input: { bundle: fixtureBundle(), seed: 5, startPart: 2 } }).start();
    actor.send({ type: 'START' });
    store.save(saveSession(actor.getSnapshot())!);
    expect(keepFinishedSlotAside(store, 'test-case', 2)).toBe(false);
    expect(store.load(saveSlot('test-case', 2)).kind).toBe('found');
  });

  it('keeps a finished whole-case game aside as before, and not the part game', () => {
    const storage = new MemoryStorage();
    const store = new SessionStore(storage);
    const whole = drivePlay({ bundle: fixtureBundle(), seed: 3 }, pathChooser([0, 0, 0, 0, 0, 0, 0, 0])).actor;
    store.save(saveSession(whole.getSnapshot())!);
    store.save(finishedPartGame());
    expect(keepFinishedSlotAside(store, 'test-case', 1)).toBe(true);
    expect(keptGames(store.kept()).filter((g) => g.kind === 'set-aside').map((g) => g.reason)).toEqual([EARLIER_ATTEMPT]);
    expect(store.load(saveSlot('test-case', 2)).kind).toBe('found');
  });

  it('starts the same part again from the shared start after a reload, in the part\'s own slot', () => {
    const saved = JSON.parse(JSON.stringify(finishedPartGame())) as SavedSession;
    // As after a reload: the finished game is resumed on its debrief, then played again.
    const actor = createActor(playMachine, { input: { bundle: fixtureBundle(), seed: 99, resume: saved } }).start();
    expect(actor.getSnapshot().matches('debrief')).toBe(true);
    actor.send({ type: 'RESTART', seed: 8 });
    expect(actor.getSnapshot().matches('briefing')).toBe(true);
    actor.send({ type: 'START' });
    const { log, view } = actor.getSnapshot().context;
    expect(log!.startPart).toBe(2);
    expect(log!.seed).toBe(8);
    expect(log!.entries).toEqual([]);
    expect(view!.passage.lines[0]!.text).toMatch(/shared starting point for part 2/);
    const store = new SessionStore(new MemoryStorage());
    store.save(saveSession(actor.getSnapshot())!);
    expect(store.list()).toEqual(['test-case']);
    expect(store.load(saveSlot('test-case', 2)).kind).toBe('found');
    expect(store.load('test-case').kind).toBe('none');
  });
});
