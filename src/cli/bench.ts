/**
 * `npm run bench`: figures measured side by side in one run, reported as ratios.
 *   1. Engine overhead: random play-throughs through the play machine vs the same
 *      choices through raw inkjs (goal: at most 1.25).
 *   2. Verify throughput: 1,000 generated logs verified (parse, schema, replay) vs raw
 *      inkjs replay of the same choices (goal: at most 1.5).
 *   3. Front end in Chromium (benchBrowser.ts): JavaScript before the first choice vs
 *      Phaser's own build, and time to the first choice vs a bare Phaser page.
 *   2b. The debrief and the review, built from one walk of the story, vs one raw replay
 *      (goal: at most 4 whatever the case's length: linear in the number of decisions).
 *   2c. The largest logs an attacker can write (benchVerifyCost.ts): thousands of re-choices
 *      (goal: under a second per MB) and whole roads each taken back (goal: at most 1.5 times a
 *      genuine log's cost per MB), vs a genuine log, verified, per MB.
 *   4. Trainer's plenary in Chromium (benchPlenary.ts): 500 logs loaded and verified in the
 *      page vs `permanence verify` on the same files in Node (goal: at most 2); and the worst
 *      log's longest task in the page as a share of its whole check (goal: at most 10%).
 */
import { Story } from 'inkjs';
import { listScenarioIds, loadScenario } from '../content/loadStoriesNode';
import type { ScenarioBundle } from '../content/scenarioBundle';
import { drivePlay, randomChooser, seededRandom } from '../engine/drivePlay';
import { activePath } from '../log/activePath';
import { StoryRunner } from '../story/StoryRunner';
import { verifyLogText } from '../log/verifyLog';
import { logToJson } from '../log/exportLog';
import type { DecisionLog } from '../log/logSchema';
import { frontEndFigures } from './benchBrowser';
import { buildDebrief } from '../engine/debrief';
import { buildReview } from '../review/reviewModel';
import { DRAW_FUNCTION, drawFact } from '../story/seededDraw';
import { plenaryFigures } from './benchPlenary';
import { verifyCostFigure } from './benchVerifyCost';

const FIXTURE = 'tests/fixtures/test-case/main.ink';

/** Raw inkjs with the same hidden facts as the game (a story's draw function, bound to the seed). */
function rawStory(json: string): { story: Story; seed: { value: number } } {
  const story = new Story(JSON.parse(json) as Record<string, unknown>);
  const seed = { value: 0 };
  story.BindExternalFunction(DRAW_FUNCTION, (fact: string, n: number) => drawFact(seed.value, fact, n), false);
  return { story, seed };
}

function rawPlay(raw: { story: Story; seed: { value: number } }, seed: number, path: readonly number[]): void {
  const { story } = raw;
  raw.seed.value = seed;
  story.ResetState();
  story.state.storySeed = seed;
  story.state.previousRandom = 0;
  let i = 0;
  for (;;) {
    while (story.canContinue) story.Continue();
    if (story.currentChoices.length === 0 || i >= path.length) break;
    story.ChooseChoiceIndex(path[i++]!);
  }
}

function time(fn: () => void): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

/** Alternates the two measurements and keeps each one's best round, to damp a noisy machine. */
function compare(a: () => void, b: () => void, rounds = 5): { a: number; b: number } {
  let bestA = Infinity;
  let bestB = Infinity;
  for (let r = 0; r < rounds; r++) {
    bestA = Math.min(bestA, time(a));
    bestB = Math.min(bestB, time(b));
  }
  return { a: bestA, b: bestB };
}

function engineOverhead(bundle: ScenarioBundle, runs: number): string {
  const runner = new StoryRunner(bundle.json);
  const logs: DecisionLog[] = [];
  for (let s = 0; s < runs; s++) logs.push(drivePlay({ bundle, runner, seed: s }, randomChooser(seededRandom(s))).log);
  const paths = logs.map(activePath);
  const story = rawStory(bundle.json);
  const { a: engine, b: raw } = compare(
    () => { for (let s = 0; s < runs; s++) drivePlay({ bundle, runner, seed: s }, randomChooser(seededRandom(s))); },
    () => { for (let s = 0; s < runs; s++) rawPlay(story, s, paths[s]!); },
  );
  return `${bundle.id.padEnd(10)} ${String(runs).padStart(5)} runs: engine ${(runs / engine * 1000).toFixed(0).padStart(6)}/s, raw inkjs ${(runs / raw * 1000).toFixed(0).padStart(6)}/s, ratio ${(engine / raw).toFixed(2)} (goal ≤ 1.25)`;
}

function verifyThroughput(bundle: ScenarioBundle, count: number): string {
  const runner = new StoryRunner(bundle.json);
  const logs = Array.from({ length: count }, (_, s) => drivePlay({ bundle, runner, seed: s }, randomChooser(seededRandom(s))).log);
  const texts = logs.map(logToJson);
  const paths = logs.map(activePath);
  const lookup = (id: string) => (id === bundle.id ? bundle : undefined);
  const story = rawStory(bundle.json);
  let verified = 0;
  const { a: verify, b: raw } = compare(
    () => { verified = 0; for (const t of texts) if (verifyLogText(t, lookup).kind === 'verified') verified++; },
    () => { logs.forEach((log, i) => rawPlay(story, log.seed, paths[i]!)); },
    3,
  );
  if (verified !== count) throw new Error(`only ${verified} of ${count} generated logs verified`);
  return `${bundle.id.padEnd(10)} ${count} logs: verify ${(count / verify * 1000).toFixed(0).padStart(6)} logs/s, raw inkjs replay ${(count / raw * 1000).toFixed(0).padStart(6)}/s, ratio ${(verify / raw).toFixed(2)} (goal ≤ 1.5)`;
}

/**
 * The debrief and the review each read the story in one walk of the path (plus one per other
 * value of each hidden fact drawn, for "how it could have gone"), so their cost is a small
 * multiple of one replay whatever the length of the case: linear in the number of decisions.
 */
function debriefAndReview(bundle: ScenarioBundle, count: number): string {
  const runner = new StoryRunner(bundle.json);
  const logs = Array.from({ length: count }, (_, s) => drivePlay({ bundle, runner, seed: s }, randomChooser(seededRandom(s))).log);
  const paths = logs.map(activePath);
  const decisions = logs.reduce((n, log) => n + log.entries.filter((e) => e.kind === 'decision').length, 0) / count;
  const story = rawStory(bundle.json);
  const { a: built, b: raw } = compare(
    () => { for (const log of logs) { buildDebrief(log, bundle); buildReview({ source: 'log', log, verdict: { kind: 'verified', log }, bundle }); } },
    () => { logs.forEach((log, i) => rawPlay(story, log.seed, paths[i]!)); },
    3,
  );
  return `${bundle.id.padEnd(10)} ${count} logs, ${decisions.toFixed(1)} decisions each: debrief + review ${(built / count).toFixed(1)} ms a log, raw inkjs replay ${(raw / count).toFixed(1)} ms, ratio ${(built / raw).toFixed(2)} (goal ≤ 4, whatever the case's length)`;
}

// `npm run bench -- bradley` measures only the cases named (the test story is always included).
const named = process.argv.slice(2);
const bundles = [loadScenario(FIXTURE).bundle, ...(named.length ? named : listScenarioIds()).map((id) => loadScenario(id).bundle)];
console.log(`Benchmark, ${new Date().toISOString()}, Node ${process.version}\n`);
console.log('1. Engine overhead: random play-throughs, engine vs raw inkjs, same choices');
for (const b of bundles) console.log(`   ${engineOverhead(b, b.id === 'test-case' ? 2000 : 200)}`);
console.log('\n2. Verify throughput: 1,000 generated logs, verify vs raw inkjs replay of the same choices');
for (const b of bundles) console.log(`   ${verifyThroughput(b, 1000)}`);
console.log('\n2b. Debrief and review: built from one walk of the story, vs one raw inkjs replay of the same path');
for (const b of bundles) console.log(`   ${debriefAndReview(b, 100)}`);
console.log('\n2c. Verifying the largest logs an attacker can write (re-choices of one decision; whole roads taken back) vs a genuine log, per MB');
for (const b of bundles) console.log(`   ${verifyCostFigure(b)}`);
console.log('\n3. Front end in Chromium: JavaScript before the first choice vs Phaser alone (gzip), time to the first choice vs a bare Phaser page');
for (const line of await frontEndFigures(named.length ? named : listScenarioIds())) console.log(`   ${line}`);
console.log('\n4. Trainer\'s plenary in Chromium: 500 logs loaded and verified in the page vs `permanence verify` in Node');
for (const line of await plenaryFigures()) console.log(`   ${line}`);
