import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { claimInText, isNewer, newTabClaim, overtakenBy } from '../../src/persistence/tabClaim';
import { MemoryStorage, SessionStore } from '../../src/persistence/sessionStore';
import { playMachine } from '../../src/engine/playMachine';
import { saveSession } from '../../src/engine/saveSession';
import { fixtureBundle } from '../helpers/fixtures';

const at = (iso: string, id: string) => ({ id, since: iso });

function saved() {
  const actor = createActor(playMachine, { input: { bundle: fixtureBundle(), seed: 4 } }).start();
  actor.send({ type: 'START' });
  actor.send({ type: 'CONTINUE' });
  actor.send({ type: 'CHOOSE', index: 0 });
  return saveSession(actor.getSnapshot())!;
}

describe('two tabs on one case', () => {
  it('lets the tab that opened the case last save it, and both tabs agree which that is', () => {
    const older = at('2026-11-23T10:00:00.000Z', 'aaa');
    const newer = at('2026-11-23T10:00:05.000Z', 'bbb');
    expect(isNewer(newer, older)).toBe(true);
    expect(isNewer(older, newer)).toBe(false);
    // Opened in the same millisecond: the id decides, the same way in both tabs.
    const twin = at(older.since, 'zzz');
    expect(isNewer(twin, older)).not.toBe(isNewer(older, twin));
    expect(overtakenBy(older, newer)).toEqual(newer);
    expect(overtakenBy(newer, older)).toBeNull();
    expect(overtakenBy(older, older)).toBeNull();
    expect(overtakenBy(older, null)).toBeNull();
  });

  it('makes a fresh id for each tab', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newTabClaim(new Date()).id));
    expect(ids.size).toBe(50);
  });

  it('writes the claim into the save, and reads it back; a save without one or a damaged one has none', () => {
    const storage = new MemoryStorage();
    const store = new SessionStore(storage);
    const claim = at('2026-11-23T10:00:00.000Z', 'abc123');
    expect(store.save(saved(), claim).ok).toBe(true);
    expect(store.storedClaim('test-case')).toEqual(claim);
    // The claim is not part of the game: loading ignores it.
    const loaded = store.load('test-case');
    expect(loaded.kind === 'found' && 'tab' in loaded.saved).toBe(false);
    expect(claimInText('{"tab":{"id":"<script>","since":"x"}}')).toBeNull();
    expect(claimInText('{"tab":')).toBeNull();
    expect(claimInText(null)).toBeNull();
  });

  it('keeps an overtaken tab\'s game aside without touching the case\'s autosave', () => {
    const storage = new MemoryStorage();
    const store = new SessionStore(storage);
    const newer = at('2026-11-23T10:00:05.000Z', 'bbb');
    const older = at('2026-11-23T10:00:00.000Z', 'aaa');
    const mine = saved();
    store.save(saved(), newer);
    const before = storage.getItem('permanence.session.test-case');
    expect(store.saveAside(mine, older).ok).toBe(true);
    expect(storage.getItem('permanence.session.test-case')).toBe(before);
    const kept = store.kept();
    expect(kept.map((k) => [k.kind, k.scenario, k.key])).toEqual([
      ['session', 'test-case', 'permanence.session.test-case'],
      ['set-aside', 'test-case', 'permanence.set-aside.test-case.2026-11-23T10:00:00.000Z.tab-aaa'],
    ]);
    expect(JSON.parse(kept[1]!.text).log).toEqual(mine.log);
    expect(store.list()).toEqual(['test-case']);
  });

  it('lists nothing, and does not throw, when storage fails to be read', () => {
    const storage = new MemoryStorage();
    storage.setItem('permanence.session.test-case', '{}');
    storage.key = () => { throw new DOMException('denied', 'SecurityError'); };
    const store = new SessionStore(storage);
    expect(store.kept()).toEqual([]);
    expect(store.list()).toEqual([]);
  });
});
