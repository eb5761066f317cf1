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
  /** Text typed but not yet sent, one draft per case (`permanence.draft.<case>`). */
  drafts: number;
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
    drafts: count('permanence.draft.'),
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
    data.drafts ? plural(data.drafts, 'draft of text you typed', 'drafts of text you typed') : '',
    data.settings ? 'your settings' : '',
  ].filter(Boolean);
  if (parts.length === 0) return null;
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
  return `This browser keeps ${list} for this game, on this device only.`;
}

/**
 * Set for the moment "Delete everything" runs, then removed with the rest: other tabs see it
 * set (a `storage` event) before the removals, so a tab still playing stops saving instead of
 * putting its game back.
 */
export const DELETING_KEY = 'permanence.deleting';

/** Removes every key the game wrote; returns how many went. Keys of other sites' or pages' are never touched. */
export function deleteStoredData(storage: KeyValueStorage): number {
  const keys = ourKeys(storage).filter((k) => k !== DELETING_KEY);
  try {
    storage.setItem(DELETING_KEY, new Date().toISOString());
  } catch {
    // A full storage: the removals still go ahead; other tabs just are not warned first.
  }
  for (const key of keys) storage.removeItem(key);
  storage.removeItem(DELETING_KEY);
  return keys.length;
}
