/**
 * Everything the game keeps on this device, told apart by kind so a participant can see it
 * and delete it (README, "Privacy and data"). Every key the game writes begins `permanence.`.
 */
import type { KeyValueStorage } from './sessionStore';

const OURS = 'permanence.';

export interface StoredData {
  /** Saved games, one per case (`permanence.session.<case>`). */
  games: number;
  /** Damaged saves and overtaken tabs' games, kept aside. */
  setAside: number;
  /** Sets of an assessor's review marks, kept aside ones included. */
  reviews: number;
  settings: boolean;
  /** All of the game's keys. */
  keys: string[];
}

export function ourKeys(storage: KeyValueStorage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(OURS)) keys.push(key);
  }
  return keys.sort();
}

export function storedData(storage: KeyValueStorage | null): StoredData {
  const keys = storage ? ourKeys(storage) : [];
  const count = (prefix: string) => keys.filter((k) => k.startsWith(prefix)).length;
  return {
    games: count('permanence.session.'),
    setAside: count('permanence.set-aside.'),
    reviews: count('permanence.review.') + count('permanence.review-set-aside.'),
    settings: keys.includes('permanence.settings'),
    keys,
  };
}

/** Plain words for what is kept, or null when nothing is. */
export function describeStoredData(data: StoredData): string | null {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts = [
    data.games ? plural(data.games, 'saved game', 'saved games') : '',
    data.setAside ? plural(data.setAside, 'game kept aside', 'games kept aside') : '',
    data.reviews ? plural(data.reviews, "set of an assessor's marks", "sets of an assessor's marks") : '',
    data.settings ? 'your settings' : '',
  ].filter(Boolean);
  if (parts.length === 0) return null;
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
  return `This browser keeps ${list} for this game, on this device only.`;
}

/** Removes every key the game wrote; returns how many went. Keys of other sites' or pages' are never touched. */
export function deleteStoredData(storage: KeyValueStorage): number {
  const keys = ourKeys(storage);
  for (const key of keys) storage.removeItem(key);
  return keys.length;
}
