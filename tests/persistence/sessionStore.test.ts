import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { MemoryStorage, SessionStore } from '../../src/persistence/sessionStore';
import { playMachine } from '../../src/engine/playMachine';
import { saveSession } from '../../src/engine/saveSession';
import { fixtureBundle } from '../helpers/fixtures';

function savedAfterTwoChoices() {
  const actor = createActor(playMachine, { input: { bundle: fixtureBundle(), seed: 4 } }).start();
  actor.send({ type: 'START' });
  actor.send({ type: 'CONTINUE' });
  actor.send({ type: 'CHOOSE', index: 0 });
  actor.send({ type: 'CONTINUE' });
  actor.send({ type: 'CHOOSE', index: 0 });
  return { actor, saved: saveSession(actor.getSnapshot())! };
}

describe('autosave', () => {
  it('saves after every change and loads the same session back', () => {
    const storage = new MemoryStorage();
    const store = new SessionStore(storage);
    const { actor } = savedAfterTwoChoices();
    const sub = actor.subscribe((snap) => {
      const saved = saveSession(snap);
      if (saved) store.save(saved);
    });
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'CHOOSE', index: 1 });
    actor.send({ type: 'JUSTIFY', text: 'A calmer start.' });
    sub.unsubscribe();
    const loaded = store.load('test-case');
    expect(loaded.kind).toBe('found');
    if (loaded.kind === 'found') expect(loaded.saved.log).toEqual(actor.getSnapshot().context.log);
    expect(store.list()).toEqual(['test-case']);
  });

  it('sets a corrupt entry aside, keeps its text, and reports it', () => {
    const storage = new MemoryStorage();
    storage.setItem('permanence.session.test-case', '{"machineVersion":1,"phase":"choo');
    const store = new SessionStore(storage, () => new Date('2026-11-23T10:00:00Z'));
    const result = store.load('test-case');
    expect(result.kind).toBe('set-aside');
    if (result.kind !== 'set-aside') return;
    expect(result.reason).toMatch(/damaged.*kept aside/);
    expect(storage.getItem(result.key)).toBe('{"machineVersion":1,"phase":"choo');
    expect(store.load('test-case').kind).toBe('none');
  });

  it('sets aside an entry that belongs to another case', () => {
    const storage = new MemoryStorage();
    const { saved } = savedAfterTwoChoices();
    storage.setItem('permanence.session.bradley', JSON.stringify(saved));
    expect(new SessionStore(storage).load('bradley')).toMatchObject({ kind: 'set-aside' });
  });

  it('keeps going when storage is full, and says what to do', () => {
    const storage = new MemoryStorage();
    storage.setItem = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    const result = new SessionStore(storage).save(savedAfterTwoChoices().saved);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/storage is full.*Export your log/);
  });

  it('keeps going when there is no storage at all', () => {
    const store = new SessionStore(null);
    expect(store.load('test-case')).toEqual({ kind: 'none' });
    expect(store.save(savedAfterTwoChoices().saved).ok).toBe(false);
  });
});
