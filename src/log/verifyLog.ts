/**
 * Replay verification: a log is trusted only if replaying its seed and choices against
 * the story reproduces every decision, delta, score and the ending it claims. The entries
 * are replayed in time linear in their number (pathReplay.ts).
 */
import { StoryRunner } from '../story/StoryRunner';
import type { ChoiceView, Passage } from '../story/StoryRunner';
import type { ScenarioBundle, ScenarioLookup } from '../content/scenarioBundle';
import { sameDeltas, sumDeltas } from '../scoring/totals';
import { scaleScores } from '../scoring/scaleScores';
import { DIMENSIONS } from '../story/tagContract';
import { importLogText } from './importLog';
import { excerpt } from './describeIssue';
import { startPartOf, type DecisionLog, type Judgement, type LogEntry, type LoggedEnding, type LogScores } from './logSchema';
import { zeroDeltas } from '../scoring/totals';
import { decisionScores } from '../scoring/decisionScores';
import { endingOf, walk, type EndingInfo } from '../story/walk';
import { entryKindOf, kindOf, needsReasons, pointIdOf } from '../decisions/kind';
import { readOptions } from '../decisions/choice';
import { refuseRanking, startOrder } from '../decisions/rank';
import { isCompleteBalance } from '../decisions/balance';
import { checksOf, isCorrect } from '../decisions/activity';
import { bothTexts, pointer } from './textDifference';
import { PathReplay, returnSteps } from './pathReplay';
import { timeWarnings, type TimeWarning } from './timeWarnings';
import { runAtOnce } from './inSlices';

export type Verdict =
  | { kind: 'verified'; log: DecisionLog }
  | { kind: 'diverges'; log: DecisionLog; at: number; what: string }
  | { kind: 'unknown-version'; log: DecisionLog; what: string }
  | { kind: 'invalid'; field: string; reason: string };

/**
 * What a replay checks, and what it cannot: the same for every log. Replay recomputes
 * everything the story decides from the choices; what the participant's device wrote on
 * its own (who, when, why, and what was taken back before) it can only take as recorded.
 */
export const REPLAY_SCOPE = {
  checked: ['choices', 'effects', 'totals', 'scores', 'judgements', 'draws', 'ending'],
  unchecked: ['participant', 'cohort', 'times', 'reasons', 'taken-back history'],
} as const;

export type ReplayScope = typeof REPLAY_SCOPE;

/** REPLAY_SCOPE in words, for beside every verdict (CLI, review, plenary), so "verified" is not read as more than it is. */
export const REPLAY_SCOPE_WORDS =
  'Replay checks the choices and everything computed from them (effects, totals, scores, judgements, hidden facts drawn, the ending). ' +
  'It cannot check the pseudonym and cohort, the times, the written reasons or the choices taken back before: these are as the participant\'s device recorded them.';

/** What a verdict does not say on its own, for the screens that show it. */
export interface ReplayNotes {
  /** What replay checked and what it cannot check (REPLAY_SCOPE). */
  scope: ReplayScope;
  /** Times in the log that contradict each other or the clock; a verified log may have them. */
  timeWarnings: TimeWarning[];
  /** Choices taken back at the end of the log and not yet made again (0 unless the participant exported mid-reconsideration). */
  takenBackAtEnd: number;
}

/** verifyLog's answer: the verdict, with what it covers and what it noticed. */
export type VerifyResult = Verdict & ReplayNotes;

function noted(verdict: Verdict, log: DecisionLog | null, now: Date, takenBackAtEnd = 0): VerifyResult {
  return { ...verdict, scope: REPLAY_SCOPE, timeWarnings: log ? timeWarnings(log, now) : [], takenBackAtEnd };
}

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
  const id = pointIdOf(meta);
  if (entry.decision !== id) {
    const pointed = entry.decision !== null && id !== null ? pointer(entry.decision, id) : '';
    return `decision id is "${excerpt(entry.decision ?? 'none', 80)}" in the log but "${id}" in the story${pointed}`;
  }
  if (entry.text !== choice.text) return `the choice text differs (${bothTexts(entry.text, choice.text)})`;
  const kind = kindOf(meta);
  if (log.version > 1 && entry.kind !== entryKindOf(meta)) return `the log calls this ${entry.kind === 'activity' ? 'an activity' : `a ${entry.kind}`} but the story has ${kind === 'activity' ? 'an activity' : kind === 'navigation' ? 'no decision' : 'a decision'} here`;
  const unscored = kind === 'activity' || kind === 'reflection';
  const deltas = unscored ? zeroDeltas() : choice.meta.deltas ?? zeroDeltas();
  if (!sameDeltas(entry.deltas, deltas)) {
    const dims = DIMENSIONS.filter((d) => entry.deltas[d] !== deltas[d]).map((d) => `${d} ${entry.deltas[d]} in the log, ${deltas[d]} in the story`);
    return `the effects differ: ${dims.join('; ')}`;
  }
  const stance = unscored ? null : choice.meta.stance;
  if (entry.stance !== stance) return `the stance differs ("${entry.stance}" in the log, "${stance}" in the story)`;
  if (log.version > 1) {
    const judged = entry.kind === 'decision' ? readOptions(passage.choices, kind)[entry.choice]!.judgement : null;
    if (!sameJudgement(entry.judgement, judged)) return 'the judgement of the choice against the options offered does not follow from the story';
    const correct = kind === 'activity' ? isCorrect(choice) : null;
    if (entry.correct !== correct) return `the log marks the answer ${entry.correct ? 'right' : 'not right'}, which does not follow from the story`;
  }
  if (needsReasons(meta, choice.meta) && !entry.justification?.trim()) return 'the story asks for written reasons here but the log has none';
  if (kind === 'reflection' && !entry.justification?.trim()) return 'the story asks for a written reflection here but the log has none';
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

/** The number of entries replayed so far, yielded after each, so a caller can give the page back between them. */
export type ReplayProgress = number;

/**
 * The replay itself, yielding after each entry; `takenBackAtEnd` counts the trailing choices
 * taken back and not made again.
 */
function* replay(log: DecisionLog, lookup: ScenarioLookup): Generator<ReplayProgress, { verdict: Verdict; takenBackAtEnd: number }> {
  const done = (verdict: Verdict, takenBackAtEnd = 0) => ({ verdict, takenBackAtEnd });
  const current = lookup(log.scenario);
  if (!current) return done({ kind: 'invalid', field: 'scenario', reason: `"${log.scenario}" is not a scenario this game has` });
  // An older log replays against its own version, when the archive keeps it (stories/<case>/versions/).
  const bundle = current.version === log.storyVersion ? current : lookup(log.scenario, log.storyVersion);
  if (!bundle || bundle.version !== log.storyVersion) {
    return done({ kind: 'unknown-version', log, what: `the log was played on story version ${log.storyVersion}, which this game does not keep; it has ${log.scenario} version ${current.version}` });
  }
  const runner = runnerFor(bundle);
  if (startPartOf(log) > 1 && !runner.hasSharedStart(startPartOf(log))) {
    return done({ kind: 'diverges', log, at: 0, what: `the log starts at part ${startPartOf(log)}, and this version of the story has no shared starting point for that part` });
  }
  const path = new PathReplay(runner, log.seed, returnSteps(log.entries), startPartOf(log));
  // owners[k]: the entry whose choice is the path's k-th.
  const owners: number[] = [];
  for (const [n, entry] of log.entries.entries()) {
    if (entry.step > path.length) return done({ kind: 'diverges', log, at: n + 1, what: `${describeEntry(entry, n)} claims step ${entry.step}, but only ${path.length} choices came before it` });
    path.backTo(entry.step);
    owners.length = entry.step;
    const { passage, part } = path.pointAt(entry.step);
    const problem = differences(log, entry, passage, passage.choices[entry.choice]);
    if (problem) return done({ kind: 'diverges', log, at: n + 1, what: `${describeEntry(entry, n)}: ${problem}` });
    if (entry.part !== part) {
      return done({ kind: 'diverges', log, at: n + 1, what: `${describeEntry(entry, n)}: the part is ${entry.part === null ? 'missing' : `"${excerpt(entry.part, 80)}"`} in the log but ${part === null ? 'none' : `"${part}"`} in the story` });
    }
    path.choose(entry.choice);
    owners.push(n);
    yield n + 1;
  }
  // A choice taken back at the end and not yet made again leaves the path, as the game left it.
  let end = owners.length;
  while (end > 0 && log.entries[owners[end - 1]!]!.reconsideredAt !== null) end--;
  const takenBackAtEnd = owners.length - end;
  const activeIndices = log.entries.flatMap((e, i) => (e.reconsideredAt === null ? [i] : []));
  if (activeIndices.length !== end || activeIndices.some((i, k) => i !== owners[k])) {
    return done({ kind: 'diverges', log, at: log.entries.length, what: 'the choices marked as reconsidered do not match the order in which they were made' });
  }
  const fail = (what: string) => done({ kind: 'diverges', log, at: log.entries.length, what }, takenBackAtEnd);
  const active = activeIndices.map((i) => log.entries[i]!);
  const totals = sumDeltas(active.map((e) => e.deltas));
  if (!sameDeltas(totals, log.totals)) return fail('the totals in the log are not the sum of its decisions');
  // Version 1 scaled running totals against the story's bounds; version 2 judges each decision.
  const scores = log.version === 1 ? scaleScores(totals, bundle.bounds) : decisionScores(active.flatMap((e) => (e.judgement ? [e.judgement] : [])));
  if (!sameScores(scores, log.scores)) return fail('the scores in the log do not follow from its decisions');
  // Where the path in force ends (played now, if its last choice was not yet needed).
  const last = path.pointAt(end).passage;
  if (log.version > 1) {
    const checks = checksOf(active);
    if (checks.correct !== log.checks.correct || checks.of !== log.checks.of) return fail('the checks in the log do not follow from its activities');
    // The runner keeps the facts drawn on roads the log later left; one walk of the path in force draws only its own.
    const draws = path.wentBack || takenBackAtEnd > 0 ? walk(runner, log.seed, active.map((e) => e.choice), startPartOf(log)).draws : runner.draws();
    if (JSON.stringify(draws) !== JSON.stringify(log.draws.map((d) => ({ fact: d.fact, value: d.value, of: d.of })))) {
      return fail('the hidden facts in the log are not the ones its seed draws');
    }
  }
  const problem = endingProblem(log, endingOf(last));
  return problem ? fail(problem) : done({ kind: 'verified', log }, takenBackAtEnd);
}

const ENDING_TAGS = { legal: 'legal permanence', relational: 'relational permanence', cultural: 'cultural permanence', timescale: 'timescale' } as const;

/**
 * The ending the log claims against the one the story reaches: its id, its outcome, and the
 * permanence it tags (version 1 logs did not record those; where one does, they are checked too).
 */
function endingProblem(log: DecisionLog, ending: EndingInfo | null): string | null {
  const claimed: LoggedEnding | null = log.ending;
  if (!claimed || !ending) {
    if (!claimed && !ending) return null;
    return ending ? `the story ends at "${ending.id}" but the log says it is unfinished` : `the log claims the ending "${excerpt(claimed!.id, 80)}" but the story has not ended`;
  }
  if (claimed.id !== ending.id) return `the story ends at "${ending.id}" but the log says "${excerpt(claimed.id, 80)}"${pointer(claimed.id, ending.id)}`;
  if (claimed.outcome !== ending.outcome) return `the ending's outcome in the log is not the story's (${bothTexts(claimed.outcome, ending.outcome)})`;
  for (const [tag, words] of Object.entries(ENDING_TAGS) as [keyof typeof ENDING_TAGS, string][]) {
    const mine = claimed[tag];
    const story = ending[tag];
    if (mine === story || (log.version === 1 && mine === null)) continue;
    if (mine === null || story === null) return `the ending's ${words} is ${mine === null ? 'missing' : `"${excerpt(mine, 80)}"`} in the log but ${story === null ? 'not tagged' : `"${story}"`} in the story`;
    return `the ending's ${words} in the log is not the story's (${bothTexts(mine, story)})`;
  }
  return null;
}

/**
 * Replays a log against its story. `now` is the reader's clock, for the times in the log
 * that lie in the future; the verdict never depends on it.
 */
export function verifyLog(log: DecisionLog, lookup: ScenarioLookup, now: Date = new Date()): VerifyResult {
  return runAtOnce(verifySteps(log, lookup, now));
}

/**
 * verifyLog in steps: it yields the number of entries replayed after each, for a page that
 * must stay responsive while a long log is checked (runInSlices).
 */
export function* verifySteps(log: DecisionLog, lookup: ScenarioLookup, now: Date = new Date()): Generator<ReplayProgress, VerifyResult> {
  const { verdict, takenBackAtEnd } = yield* replay(log, lookup);
  return noted(verdict, log, now, takenBackAtEnd);
}

export function verifyLogText(text: string, lookup: ScenarioLookup, now: Date = new Date()): VerifyResult {
  const imported = importLogText(text);
  if (!imported.ok) return noted({ kind: 'invalid', field: imported.field, reason: imported.reason }, null, now);
  return verifyLog(imported.log, lookup, now);
}

/** A file that could not be read as a log: a verdict with nothing noted. */
export function unreadable(field: string, reason: string): VerifyResult {
  return noted({ kind: 'invalid', field, reason }, null, new Date(0));
}

export function describeVerdict(verdict: Verdict & { takenBackAtEnd?: number }): string {
  switch (verdict.kind) {
    case 'verified': return `verified: the log replays true against the story${describeTakenBack(verdict.takenBackAtEnd ?? 0)}`;
    case 'diverges': return `diverges at decision ${verdict.at}: ${verdict.what}`;
    case 'unknown-version': return `unknown story version: ${verdict.what}`;
    case 'invalid': return `invalid: ${verdict.field} ${verdict.reason}`;
  }
}

/** The note an honest log exported between taking a choice back and making it again needs. */
function describeTakenBack(count: number): string {
  if (count === 0) return '';
  return count === 1 ? '; the last decision was taken back and not yet chosen again' : `; the last ${count} decisions were taken back and not yet chosen again`;
}
