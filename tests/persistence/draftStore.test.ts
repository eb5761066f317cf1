import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../src/persistence/sessionStore';
import { DraftStore, draftKey, draftPlace } from '../../src/persistence/draftStore';

const game = draftPlace({ startedAt: '2026-11-30T09:00:00.000Z', steps: 3 });

describe('drafts of typed text', () => {
  it('keeps each field at its place, and shows it only there', () => {
    const store = new DraftStore(new MemoryStorage());
    store.write('olivia', game, 'reasons:1', 'Because Effie');
    store.write('olivia', game, 'rank-order', '2,0,1');
    expect(store.fields('olivia', game)).toEqual({ 'reasons:1': 'Because Effie', 'rank-order': '2,0,1' });
    expect(store.fields('olivia', draftPlace({ startedAt: '2026-11-30T09:00:00.000Z', steps: 4 }))).toEqual({});
    expect(store.fields('bradley', game)).toEqual({});
    expect(draftPlace(null)).toBe('briefing');
  });

  it('replaces a draft from another place, and drops a field emptied', () => {
    const storage = new MemoryStorage();
    const store = new DraftStore(storage);
    store.write('olivia', 'briefing', 'pseudonym', 'Sam');
    store.write('olivia', game, 'reasons:0', 'x');
    expect(store.stored('olivia')).toEqual({ place: game, fields: { 'reasons:0': 'x' } });
    store.write('olivia', game, 'reasons:0', '');
    expect(storage.getItem(draftKey('olivia'))).toBeNull();
  });

  it('keeps text over a field limit as typed, so the player can shorten it', () => {
    const store = new DraftStore(new MemoryStorage());
    store.write('olivia', game, 'reasons:0', 'y'.repeat(25_000));
    expect(store.fields('olivia', game)['reasons:0']).toHaveLength(25_000);
  });

  it('clears a draft once the game has moved on, and an unreadable one', () => {
    const storage = new MemoryStorage();
    const store = new DraftStore(storage);
    store.write('olivia', game, 'reasons:0', 'x');
    store.clearOtherThan('olivia', game);
    expect(store.fields('olivia', game)).toEqual({ 'reasons:0': 'x' });
    store.clearOtherThan('olivia', 'elsewhere');
    expect(storage.getItem(draftKey('olivia'))).toBeNull();
    storage.setItem(draftKey('olivia'), '{not json');
    expect(store.fields('olivia', game)).toEqual({});
    store.clearOtherThan('olivia', game);
    expect(storage.getItem(draftKey('olivia'))).toBeNull();
  });

  it('never throws when the browser refuses storage', () => {
    const store = new DraftStore(null);
    expect(store.write('olivia', game, 'reasons:0', 'x')).toBe(false);
    expect(store.fields('olivia', game)).toEqual({});
    const full = new MemoryStorage();
    full.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
    expect(new DraftStore(full).write('olivia', game, 'reasons:0', 'x')).toBe(false);
  });
});
