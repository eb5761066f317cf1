import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../src/persistence/sessionStore';
import { deleteStoredData, describeStoredData, storedData } from '../../src/persistence/storedData';

function filled(): MemoryStorage {
  const s = new MemoryStorage();
  s.setItem('permanence.session.bradley', '{}');
  s.setItem('permanence.session.chloe', '{}');
  s.setItem('permanence.set-aside.olivia.2026-11-23T09:00:00.000Z', 'broken');
  s.setItem('permanence.review.abc123', '{}');
  s.setItem('permanence.review-set-aside.abc123.2026-11-23T09:00:00.000Z', '{}');
  s.setItem('permanence.settings', '{}');
  s.setItem('permanence.draft.olivia', '{}');
  s.setItem('another-app.session', 'not ours');
  s.setItem('permanenceX', 'not ours either');
  return s;
}

describe('what the game keeps on this device', () => {
  it('counts each kind of thing it stored, and only its own keys', () => {
    const data = storedData(filled());
    expect(data).toMatchObject({ games: 2, setAside: 1, reviews: 2, drafts: 1, settings: true });
    expect(data.keys).toHaveLength(7);
    expect(describeStoredData(data)).toBe("This browser keeps 2 saved games, 1 game kept aside, 2 sets of an assessor's marks, 1 draft of text you typed and your settings for this game, on this device only.");
  });

  it('says nothing is kept when nothing is, or when storage is switched off', () => {
    expect(describeStoredData(storedData(new MemoryStorage()))).toBeNull();
    expect(describeStoredData(storedData(null))).toBeNull();
    const one = new MemoryStorage();
    one.setItem('permanence.session.bradley', '{}');
    expect(describeStoredData(storedData(one))).toBe('This browser keeps 1 saved game for this game, on this device only.');
  });

  it('deletes every key of its own and leaves other pages\' keys alone', () => {
    const s = filled();
    expect(deleteStoredData(s)).toBe(7);
    expect(storedData(s).keys).toEqual([]);
    expect(s.getItem('another-app.session')).toBe('not ours');
    expect(s.getItem('permanenceX')).toBe('not ours either');
  });

  // Issue 19 F6: another tab sees the marker set before anything is removed, and no marker is left.
  it('marks the deletion for other tabs before removing anything, and leaves no marker behind', () => {
    const s = filled();
    const writes: string[] = [];
    const watched = Object.assign(Object.create(Object.getPrototypeOf(s)) as MemoryStorage, s, {
      setItem: (k: string, v: string) => { writes.push(`set ${k}`); s.setItem(k, v); },
      removeItem: (k: string) => { writes.push(`remove ${k}`); s.removeItem(k); },
      getItem: (k: string) => s.getItem(k),
      key: (i: number) => s.key(i),
    });
    Object.defineProperty(watched, 'length', { get: () => s.length });
    deleteStoredData(watched);
    expect(writes[0]).toBe('set permanence.deleting');
    expect(writes.at(-1)).toBe('remove permanence.deleting');
    expect(storedData(s).keys).toEqual([]);
  });
});
