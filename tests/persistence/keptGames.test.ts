import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { playMachine } from '../../src/engine/playMachine';
import { saveSession } from '../../src/engine/saveSession';
import { keptGames } from '../../src/persistence/keptGames';
import { MemoryStorage, SessionStore } from '../../src/persistence/sessionStore';
import { importLogText } from '../../src/log/importLog';
import { fixtureBundle } from '../helpers/fixtures';

/** A real saved game of the fixture, one decision in. */
function savedGame() {
  const actor = createActor(playMachine, { input: { bundle: fixtureBundle(), seed: 3 } }).start();
  actor.send({ type: 'START', participant: 'Kit' });
  actor.send({ type: 'CONTINUE' });
  actor.send({ type: 'CHOOSE', index: 1 });
  actor.send({ type: 'CONTINUE' });
  actor.send({ type: 'CHOOSE', index: 0 });
  return saveSession(actor.getSnapshot())!;
}

describe('games kept aside (issue 19 F5)', () => {
  it('lists each one with when, why, its log and whether it can be played on', () => {
    const storage = new MemoryStorage();
    const store = new SessionStore(storage, () => new Date('2026-11-30T10:00:00.000Z'));
    const saved = savedGame();
    store.keepAside(saved, 'it was made with a version of this case this game does not keep');
    storage.setItem('permanence.set-aside.test-case.2026-11-29T08:00:00.000Z', '{"broken');
    const games = keptGames(store.kept());
    expect(games.map((g) => [g.when, g.reason, g.log?.participant ?? null, g.resumable])).toEqual([
      ['2026-11-29T08:00:00.000Z', 'the saved game was damaged and could not be read', null, false],
      ['2026-11-30T10:00:00.000Z', 'it was made with a version of this case this game does not keep', 'Kit', true],
    ]);
  });

  it('puts one back to play on, keeping the current saved game aside in its place', () => {
    const storage = new MemoryStorage();
    const store = new SessionStore(storage, () => new Date('2026-11-30T11:00:00.000Z'));
    const old = savedGame();
    const key = store.keepAside(old, 'kept for the test')!;
    const current = { ...savedGame(), log: { ...old.log, participant: 'Current' } };
    store.save(current);
    expect(store.resumeKept(key)).toBeNull();
    const loaded = store.load('test-case');
    expect(loaded.kind === 'found' && loaded.saved.log.participant).toBe('Kit');
    const aside = keptGames(store.kept()).filter((g) => g.kind === 'set-aside');
    expect(aside.map((g) => [g.log?.participant, g.reason])).toEqual([['Current', 'it was the saved game when a game kept aside was put back in its place']]);
    expect(store.resumeKept(key)).toBe('That game is no longer kept in this browser.');
  });

  it('is read as a decision log by the tools when handed over as a saved-game file', () => {
    const saved = savedGame();
    const read = importLogText(JSON.stringify({ ...saved, setAside: 'why' }));
    expect(read.ok && read.log).toEqual(saved.log);
    expect(importLogText(JSON.stringify({ machineVersion: 1, log: { format: 'something else' } })).ok).toBe(false);
  });
});
