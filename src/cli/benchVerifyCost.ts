/**
 * `npm run bench`, figure 2c: verification of the largest log the game accepts, built two ways,
 * vs a genuine log of the same case, all per MB:
 * - the red team's attack (F17: thousands of re-choices of one deep decision, each taken back).
 *   Replay from the start per entry made it quadratic (23 s for 2.9 MB); linear replay keeps it
 *   near a genuine log's cost.
 * - the worst case for linear replay: whole play-throughs, each taken back to the start, so
 *   nearly every entry is a story step nobody has played (one step per entry, as for a genuine
 *   log). Its cost is the story's own; the review and the plenary check it in slices.
 */
import type { ScenarioBundle } from '../content/scenarioBundle';
import { drivePlay, randomChooser, seededRandom } from '../engine/drivePlay';
import { logToJson } from '../log/exportLog';
import { MAX_LOG_BYTES } from '../log/importLog';
import type { DecisionLog } from '../log/logSchema';
import { verifyLogText } from '../log/verifyLog';
import { StoryRunner } from '../story/StoryRunner';

const MAX_ENTRIES = 5_000;
const MB = 1024 * 1024;

/** The log's last decision chosen `count` times before the choice that stands, each taken back, with `pad` characters of reasons. */
function rechosen(log: DecisionLog, count: number, pad: number): DecisionLog {
  const last = log.entries.at(-1)!;
  const copy = { ...last, justification: `${last.justification ?? ''}${'r'.repeat(pad)}`, reconsideredAt: last.chosenAt };
  return { ...log, entries: [...log.entries.slice(0, -1), ...Array.from({ length: count }, () => copy), last] };
}

/** As many re-choices as the schema allows, padded to just under the size cap. */
function craftedMaxLog(log: DecisionLog, bytes = MAX_LOG_BYTES - 4096): string {
  const base = logToJson(rechosen(log, 0, 0)).length;
  const entry = logToJson(rechosen(log, 1, 0)).length - base;
  const count = Math.min(MAX_ENTRIES - log.entries.length, Math.floor((bytes - base) / entry));
  const pad = Math.max(0, Math.floor((bytes - base) / count) - entry - 1);
  return logToJson(rechosen(log, count, pad));
}

/**
 * Whole play-throughs of one seed by different random players, each but the last taken back to
 * the start, up to the schema's 5,000 entries: almost every entry opens a road not played before.
 */
export function wholeRoadsTakenBack(bundle: ScenarioBundle, seed = 1, maxEntries = MAX_ENTRIES): DecisionLog {
  const runner = new StoryRunner(bundle.json);
  const roads: DecisionLog[] = [];
  for (let n = 0, player = 100; ; player++) {
    const road = drivePlay({ bundle, runner, seed }, randomChooser(seededRandom(player))).log;
    if (n + road.entries.length > maxEntries) break;
    roads.push(road);
    n += road.entries.length;
  }
  const last = roads.at(-1)!;
  const entries = roads.flatMap((road) => (road === last ? road.entries : road.entries.map((e) => ({ ...e, reconsideredAt: e.chosenAt }))));
  return { ...last, entries };
}

function time(fn: () => void): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

export function verifyCostFigure(bundle: ScenarioBundle): string {
  const runner = new StoryRunner(bundle.json);
  const log = drivePlay({ bundle, runner, seed: 1 }, randomChooser(seededRandom(1))).log;
  const lookup = (id: string) => (id === bundle.id ? bundle : undefined);
  const genuine = logToJson(log);
  const crafted = craftedMaxLog(log);
  const roads = logToJson(wholeRoadsTakenBack(bundle));
  const entries = (JSON.parse(crafted) as DecisionLog).entries.length;
  let verdict = '';
  let roadsVerdict = '';
  let roadsMs = Infinity;
  let craftedMs = Infinity;
  let genuineMs = Infinity;
  const genuineRuns = 20;
  // Best of three rounds, alternating, to damp a noisy machine.
  for (let round = 0; round < 3; round++) {
    craftedMs = Math.min(craftedMs, time(() => { verdict = verifyLogText(crafted, lookup).kind; }));
    roadsMs = Math.min(roadsMs, time(() => { roadsVerdict = verifyLogText(roads, lookup).kind; }));
    genuineMs = Math.min(genuineMs, time(() => { for (let i = 0; i < genuineRuns; i++) verifyLogText(genuine, lookup); }) / genuineRuns);
  }
  if (verdict !== 'verified' || roadsVerdict !== 'verified') throw new Error(`a crafted log of ${bundle.id} did not verify (${verdict}, ${roadsVerdict})`);
  const craftedPerMb = craftedMs / (crafted.length / MB);
  const roadsPerMb = roadsMs / (roads.length / MB);
  const genuinePerMb = genuineMs / (genuine.length / MB);
  const roadEntries = (JSON.parse(roads) as DecisionLog).entries.length;
  return [
    `${bundle.id.padEnd(10)} re-choices ${(crafted.length / MB).toFixed(1)} MB, ${entries.toLocaleString('en-GB')} entries: ${craftedMs.toFixed(0).padStart(5)} ms, ${craftedPerMb.toFixed(0).padStart(5)} ms/MB, ${(craftedPerMb / genuinePerMb).toFixed(2)} x genuine (goal: under 1,000 ms/MB)`,
    `${''.padEnd(10)} whole roads ${(roads.length / MB).toFixed(1)} MB, ${roadEntries.toLocaleString('en-GB')} entries: ${roadsMs.toFixed(0).padStart(5)} ms, ${roadsPerMb.toFixed(0).padStart(5)} ms/MB, ${(roadsPerMb / genuinePerMb).toFixed(2)} x genuine (goal: at most 1.5 x genuine: linear, no blow-up)`,
    `${''.padEnd(10)} genuine ${(genuine.length / 1024).toFixed(0)} KB: ${genuineMs.toFixed(1)} ms, ${genuinePerMb.toFixed(0).padStart(5)} ms/MB`,
  ].join('\n   ');
}
