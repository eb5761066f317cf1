/**
 * Replay verification: a log is trusted only if replaying its seed and choices against
 * the story reproduces every decision, delta, score and the ending it claims.
 */
import { StoryRunner } from '../story/StoryRunner';
import type { ChoiceView, Passage } from '../story/StoryRunner';
import type { ScenarioBundle, ScenarioLookup } from '../content/scenarioBundle';
import { sameDeltas, sumDeltas } from '../scoring/totals';
import { scaleScores } from '../scoring/scaleScores';
import { DIMENSIONS, partTagOf } from '../story/tagContract';
import { importLogText } from './importLog';
import { excerpt } from './describeIssue';
import { expertOrder, footrule, isFullOrdering } from '../scoring/rankDistance';
import type { DecisionLog, LogEntry } from './logSchema';

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

/** The part in force once a passage has been shown: its last `# part:` line, or the part before it. */
function partAfter(passage: Passage, before: string | null): string | null {
  return passage.lines.map(partTagOf).filter((p) => p !== null).at(-1) ?? before;
}

/** What differs between a logged entry and the choice the story offers at that point. */
function differences(entry: LogEntry, passage: Passage, choice: ChoiceView | undefined): string | null {
  if (!choice) return `choice ${entry.choice} is not offered (the story offers ${passage.choices.length})`;
  if (entry.decision !== passage.meta.decision) return `decision id is "${excerpt(entry.decision ?? 'none', 80)}" in the log but "${passage.meta.decision}" in the story`;
  if (entry.text !== choice.text) return `the choice text differs ("${excerpt(entry.text, 80)}" in the log, "${choice.text}" in the story)`;
  const deltas = choice.meta.deltas ?? { permanence: 0, contact: 0, disruption: 0 };
  if (!sameDeltas(entry.deltas, deltas)) {
    const dims = DIMENSIONS.filter((d) => entry.deltas[d] !== deltas[d]).map((d) => `${d} ${entry.deltas[d]} in the log, ${deltas[d]} in the story`);
    return `the effects differ: ${dims.join('; ')}`;
  }
  if (entry.stance !== choice.meta.stance) return `the stance differs ("${entry.stance}" in the log, "${choice.meta.stance}" in the story)`;
  if ((passage.meta.justify || choice.meta.justify) && !entry.justification?.trim()) return 'the story asks for written reasons here but the log has none';
  if (passage.meta.rank) {
    const r = entry.ranking;
    if (!r || !isFullOrdering(r.order, passage.choices.length) || r.order[0] !== entry.choice) return 'the story asks for a full ranking here, with the first choice played, and the log does not have one';
    const panel = expertOrder(passage.choices);
    if (r.expertOrder.join() !== panel.join() || r.distance !== footrule(r.order, panel)) return 'the ranking\'s comparison with the expert panel does not follow from the story';
  } else if (entry.ranking !== null) return 'the log has a ranking where the story asks for none';
  if (passage.meta.balance) {
    const rows = entry.balance ?? [];
    const weighed = passage.choices.every((c) => rows.some((r) => r.choice === c.index && r.benefits.trim() !== '' && r.risks.trim() !== ''));
    if (!weighed) return 'the story asks for the benefits and risks of every option here, and the log does not have them';
  } else if (entry.balance !== null) return 'the log has a balance sheet where the story asks for none';
  return null;
}

export function verifyLog(log: DecisionLog, lookup: ScenarioLookup): Verdict {
  const bundle = lookup(log.scenario);
  if (!bundle) return { kind: 'invalid', field: 'scenario', reason: `"${log.scenario}" is not a scenario this game has` };
  if (bundle.version !== log.storyVersion) {
    return { kind: 'unknown-version', log, what: `the log was played on story version ${log.storyVersion}; this game has ${log.scenario} version ${bundle.version}` };
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
    const problem = differences(entry, passage, passage.choices[entry.choice]);
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
  const scores = scaleScores(totals, bundle.bounds);
  if (!sameDeltas(scores, log.scores)) return { kind: 'diverges', log, at: log.entries.length, what: 'the scores in the log do not follow from its totals' };
  const ending = passage.ended && passage.meta.ending ? passage.meta.ending : null;
  if ((log.ending?.id ?? null) !== ending) {
    const claimed = log.ending ? `"${excerpt(log.ending.id, 80)}"` : 'it is unfinished';
    return { kind: 'diverges', log, at: log.entries.length, what: ending ? `the story ends at "${ending}" but the log says ${claimed}` : `the log claims the ending ${claimed} but the story has not ended` };
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
