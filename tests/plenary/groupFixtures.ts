/** A small generated group on the test story: random play-throughs with pseudonyms and reasons. */
import { drivePlay, randomChooser, seededRandom } from '../../src/engine/drivePlay';
import type { DecisionLog } from '../../src/log/logSchema';
import { fixtureBundle } from '../helpers/fixtures';

const clock = () => new Date(Date.UTC(2026, 10, 23, 9, 0, 0));

export function playedLog(seed: number, participant = `Practitioner ${seed}`): DecisionLog {
  const log = drivePlay({ bundle: fixtureBundle(), seed, now: clock }, randomChooser(seededRandom(seed))).log;
  return { ...log, participant };
}

export function group(size: number, firstSeed = 1): DecisionLog[] {
  return Array.from({ length: size }, (_, i) => playedLog(firstSeed + i));
}
