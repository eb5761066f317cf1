/**
 * Replay verification: a log is trusted only if replaying its seed and choices against
 * the story reproduces every decision, delta, score and the ending it claims.
 */
import { StoryRunner } from '../story/StoryRunner';
import type { ChoiceView, Passage } from '../story/StoryRunner';
import type { ScenarioBundle, ScenarioLookup } from '../content/scenarioBundle';
import { sameDeltas, sumDeltas } from '../scoring/totals';
import { scaleScores } from '../scoring/scaleScores';
import { DIMENSIONS } from '../story/tagContract';
import { importLogText } from './importLog';
import { excerpt } from './describeIssue';
import type { DecisionLog, Judgement, LogEntry, LogScores } from './logSchema';
import { zeroDeltas } from '../scoring/totals';
import { decisionScores } from '../scoring/decisionScores';
import { endingOf, partAfter } from '../story/walk';
import { entryKindOf, kindOf, needsReasons } from '../decisions/kind';
import { readOptions } from '../decisions/choice';
import { refuseRanking, startOrder } from '../decisions/rank';
import { isCompleteBalance } from '../decisions/balance';
import { checksOf, isCorrect } from '../decisions/activity';

export type Verdict =
  | { kind: 'verified'; log: DecisionLog }
  | { kind: 'diverges'; log: DecisionLog; at: number; what: string }
  | { kind: 'unknown-version'; log: DecisionLog; what: string }
  | { kind: 'invalid'; field: string; reason: string };

const runners = new WeakMap<ScenarioBundle, StoryRunner>();

/** One parsed Story per scenario: parsing the JSON dominates a short replay. */
export function runnerFor(bundle: ScenarioBundle): StoryRunner {
  let runner = runners.get(bundle);
  if (!runner) {
    runner = new StoryRunner(bundle.json);
    runners.set(bundle, runner);
  }
  return runner;
}

function describeEntry(entry: LogEntry, n: number): string {
  return `decision ${n + 1}${entry.decision ? ` (${excerpt(entry.decision, 80)})` : ''}`;
}

/** What differs between a logged entry and the choice the story offers at that point. */
function differences(log: DecisionLog, entry: LogEntry, passage: Passage, choice: ChoiceView | undefined): string | null {
  if (!choice) return `choice ${entry.choice} is not offered (the story offers ${passage.choices.length})`;
  const meta = passage.meta;
  if (entry.decision !== meta.decision) return `decision id is "${excerpt(entry.decision ?? 'none', 80)}" in the log but "${meta.decision}" in the story`;
  if (entry.text !== choice.text) return `the choice text differs ("${excerpt(entry.text, 80)}" in the log, "${choice.text}" in the story)`;
  const kind = kindOf(meta);
  if (log.version > 1 && entry.kind !== entryKindOf(meta)) return `the log calls this ${entry.kind === 'activity' ? 'an activity' : `a ${entry.kind}`} but the story has ${kind === 'activity' ? 'an activity' : kind === 'navigation' ? 'no decision' : 'a decision'} here`;
  const deltas = kind === 'activity' ? zeroDeltas() : choice.meta.deltas ?? zeroDeltas();
  if (!sameDeltas(entry.deltas, deltas)) {
    const dims = DIMENSIONS.filter((d) => entry.deltas[d] !== deltas[d]).map((d) => `${d} ${entry.deltas[d]} in the log, ${deltas[d]} in the story`);
    return `the effects differ: ${dims.join('; ')}`;
  }
  const stance = kind === 'activity' ? null : choice.meta.stance;
  if (entry.stance !== stance) return `the stance differs ("${entry.stance}" in the log, "${stance}" in the story)`;
  if (log.version > 1) {
    const judged = entry.kind === 'decision' ? readOptions(passage.choices, kind)[entry.choice]!.judgement : null;
    if (!sameJudgement(entry.judgement, judged)) return 'the judgement of the choice against the options offered does not follow from the story';
    const correct = kind === 'activity' ? isCorrect(choice) : null;
    if (entry.correct !== correct) return `the log marks the answer ${entry.correct ? 'right' : 'not right'}, which does not follow from the story`;
  }
  if (needsReasons(meta, choice.meta) && !entry.justification?.trim()) return 'the story asks for written reasons here but the log has none';
  if (meta.rank) {
    const refusal = refuseRanking(entry.ranking, entry.choice, passage.choices, startOrder(log.seed, meta.decision ?? '', passage.choices));
    if (refusal?.code === 'ranking-start-mismatch') return 'the ranking\'s opening order does not follow from the seed';
    if (refusal?.code === 'ranking-panel-mismatch') return 'the ranking\'s comparison with the expert panel does not follow from the story';
    if (refusal) return 'the story asks for a full ranking here, with the first choice played, and the log does not have one';
  } else if (entry.ranking !== null) return 'the log has a ranking where the story asks for none';
  if (meta.balance) {
    if (!isCompleteBalance(passage.choices, entry.balance)) return 'the story asks for the benefits and risks of every option here, and the log does not have them';
  } else if (entry.balance !== null) return 'the log has a balance sheet where the story asks for none';
  return null;
}

function sameJudgement(a: Judgement | null, b: Judgement | null): boolean {
  if (a === null || b === null) return a === b;
  return DIMENSIONS.every((d) => (a[d] === null || b[d] === null ? a[d] === b[d] : Math.abs(a[d]! - b[d]!) < 1e-9));
}

function sameScores(a: LogScores, b: LogScores): boolean {
  return DIMENSIONS.every((d) => a[d] === b[d]);
}

export function verifyLog(log: DecisionLog, lookup: ScenarioLookup): Verdict {
  const current = lookup(log.scenario);
  if (!current) return { kind: 'invalid', field: 'scenario', reason: `"${log.scenario}" is not a scenario this game has` };
  // An older log replays against its own version, when the archive keeps it (stories/<case>/versions/).
  const bundle = current.version === log.storyVersion ? current : lookup(log.scenario, log.storyVersion);
  if (!bundle || bundle.version !== log.storyVersion) {
    return { kind: 'unknown-version', log, what: `the log was played on story version ${log.storyVersion}, which this game does not keep; it has ${log.scenario} version ${current.version}` };
  }
  const runner = runnerFor(bundle);
  // The path so far, as choice indices, and the passage offered after it.
  let path: number[] = [];
  runner.reset(log.seed);
  let passage = runner.continuePassage();
  // parts[k]: the part in force at the passage offered after k choices.
  let parts = [partAfter(passage, null)];
  const goTo = (prefix: number[]) => {
    runner.reset(log.seed);
    passage = runner.continuePassage();
    parts = [partAfter(passage, null)];
    for (const index of prefix) {
      runner.choose(index);
      passage = runner.continuePassage();
      parts.push(partAfter(passage, parts.at(-1)!));
    }
    path = [...prefix];
  };
  for (const [n, entry] of log.entries.entries()) {
    if (entry.step > path.length) return { kind: 'diverges', log, at: n + 1, what: `${describeEntry(entry, n)} claims step ${entry.step}, but only ${path.length} choices came before it` };
    if (entry.step < path.length) goTo(path.slice(0, entry.step));
    const problem = differences(log, entry, passage, passage.choices[entry.choice]);
    if (problem) return { kind: 'diverges', log, at: n + 1, what: `${describeEntry(entry, n)}: ${problem}` };
    const part = parts[path.length] ?? null;
    if (entry.part !== part) {
      return { kind: 'diverges', log, at: n + 1, what: `${describeEntry(entry, n)}: the part is ${entry.part === null ? 'missing' : `"${excerpt(entry.part, 80)}"`} in the log but ${part === null ? 'none' : `"${part}"`} in the story` };
    }
    runner.choose(entry.choice);
    passage = runner.continuePassage();
    path.push(entry.choice);
    parts = [...parts.slice(0, path.length), partAfter(passage, part)];
  }
  const active = log.entries.filter((e) => e.reconsideredAt === null);
  if (active.length !== path.length || active.some((e, i) => e.choice !== path[i])) {
    return { kind: 'diverges', log, at: log.entries.length, what: 'the choices marked as reconsidered do not match the order in which they were made' };
  }
  const totals = sumDeltas(active.map((e) => e.deltas));
  if (!sameDeltas(totals, log.totals)) return { kind: 'diverges', log, at: log.entries.length, what: 'the totals in the log are not the sum of its decisions' };
  // Version 1 scaled running totals against the story's bounds; version 2 judges each decision.
  const scores = log.version === 1 ? scaleScores(totals, bundle.bounds) : decisionScores(active.flatMap((e) => (e.judgement ? [e.judgement] : [])));
  if (!sameScores(scores, log.scores)) return { kind: 'diverges', log, at: log.entries.length, what: 'the scores in the log do not follow from its decisions' };
  if (log.version > 1) {
    const checks = checksOf(active);
    if (checks.correct !== log.checks.correct || checks.of !== log.checks.of) return { kind: 'diverges', log, at: log.entries.length, what: 'the checks in the log do not follow from its activities' };
    const draws = runner.draws();
    if (JSON.stringify(draws) !== JSON.stringify(log.draws.map((d) => ({ fact: d.fact, value: d.value, of: d.of })))) {
      return { kind: 'diverges', log, at: log.entries.length, what: 'the hidden facts in the log are not the ones its seed draws' };
    }
  }
  const ending = endingOf(passage);
  if ((log.ending?.id ?? null) !== (ending?.id ?? null)) {
    const claimed = log.ending ? `"${excerpt(log.ending.id, 80)}"` : 'it is unfinished';
    return { kind: 'diverges', log, at: log.entries.length, what: ending ? `the story ends at "${ending.id}" but the log says ${claimed}` : `the log claims the ending ${claimed} but the story has not ended` };
  }
  if (log.version > 1 && log.ending && ending && JSON.stringify({ ...log.ending }) !== JSON.stringify(ending)) {
    return { kind: 'diverges', log, at: log.entries.length, what: 'the ending\'s words in the log are not the story\'s' };
  }
  return { kind: 'verified', log };
}

export function verifyLogText(text: string, lookup: ScenarioLookup): Verdict {
  const imported = importLogText(text);
  if (!imported.ok) return { kind: 'invalid', field: imported.field, reason: imported.reason };
  return verifyLog(imported.log, lookup);
}

export function describeVerdict(verdict: Verdict): string {
  switch (verdict.kind) {
    case 'verified': return 'verified: the log replays true against the story';
    case 'diverges': return `diverges at decision ${verdict.at}: ${verdict.what}`;
    case 'unknown-version': return `unknown story version: ${verdict.what}`;
    case 'invalid': return `invalid: ${verdict.field} ${verdict.reason}`;
  }
}
