/**
 * `npm run bench`, figure 2c: verification of the largest log the game accepts, built as the
 * red team's attack (F17: thousands of re-choices of one deep decision, each taken back), vs
 * a genuine log of the same case, both per MB. Replay from the start per entry made the
 * attack quadratic (23 s for 2.9 MB); linear replay keeps it near a genuine log's cost.
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
  const entries = (JSON.parse(crafted) as DecisionLog).entries.length;
  let verdict = '';
  let craftedMs = Infinity;
  let genuineMs = Infinity;
  const genuineRuns = 20;
  // Best of three rounds, alternating, to damp a noisy machine.
  for (let round = 0; round < 3; round++) {
    craftedMs = Math.min(craftedMs, time(() => { verdict = verifyLogText(crafted, lookup).kind; }));
    genuineMs = Math.min(genuineMs, time(() => { for (let i = 0; i < genuineRuns; i++) verifyLogText(genuine, lookup); }) / genuineRuns);
  }
  if (verdict !== 'verified') throw new Error(`the crafted log of ${bundle.id} did not verify (${verdict})`);
  const craftedPerMb = craftedMs / (crafted.length / MB);
  const genuinePerMb = genuineMs / (genuine.length / MB);
  return `${bundle.id.padEnd(10)} crafted ${(crafted.length / MB).toFixed(1)} MB, ${entries.toLocaleString('en-GB')} entries: ${craftedMs.toFixed(0).padStart(5)} ms, ${craftedPerMb.toFixed(0).padStart(5)} ms/MB; genuine ${(genuine.length / 1024).toFixed(0)} KB: ${genuineMs.toFixed(1)} ms, ${genuinePerMb.toFixed(0).padStart(5)} ms/MB; ratio ${(craftedPerMb / genuinePerMb).toFixed(2)} (goal: crafted under 1,000 ms/MB)`;
}
