/**
 * What the worker does not control: hidden facts drawn from the log's seed.
 * A fact's value depends only on the seed and the fact's id, never on the road taken or on
 * how many facts came before it, so a room given one seed meets the same facts on every path,
 * and a story revision that adds a fact leaves the others as they were.
 * The same hash also seeds the starting order of a ranking.
 */
import { sha256 } from '@noble/hashes/sha2.js';

/** The name of the one ink function a story draws through: `EXTERNAL draw(fact, n)`. */
export const DRAW_FUNCTION = 'draw';

/** A whole number in [0, 2^32) from the seed and a label. */
export function seededWord(seed: number, label: string): number {
  const digest = sha256(new TextEncoder().encode(`${seed}:${label}`));
  return ((digest[0]! << 24) | (digest[1]! << 16) | (digest[2]! << 8) | digest[3]!) >>> 0;
}

/** The value, 1 to n, of a hidden fact under a seed. */
export function drawFact(seed: number, fact: string, n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`draw("${fact}", ${n}): n must be a whole number of at least 1`);
  return 1 + (seededWord(seed, `fact:${fact}`) % n);
}

export interface Draw {
  fact: string;
  value: number;
  of: number;
}

/**
 * The first seed from `from` on under which every named fact takes the wanted value: to play
 * a path the explorer found under given hidden facts. Null if none within `limit` seeds.
 */
export function seedForDraws(wanted: Record<string, number>, facts: Record<string, number>, from = 1, limit = 100_000): number | null {
  const entries = Object.entries(wanted);
  for (let seed = from; seed < from + limit; seed++) {
    if (entries.every(([fact, value]) => drawFact(seed, fact, Object.hasOwn(facts, fact) ? facts[fact]! : value) === value)) return seed;
  }
  return null;
}
