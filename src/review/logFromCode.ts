/**
 * A replay code as a log to review: the code's choices replayed against the story, with
 * the story's words and effects. A code carries no written reasons and no times, so the
 * entries have none (their times are set to the Unix epoch and the review never shows them).
 */
import type { ScenarioBundle } from '../content/scenarioBundle';
import { entryFor, newLog, replayView, withTotals } from '../engine/session';
import type { DecisionLog } from '../log/logSchema';
import type { ReplayCode } from '../log/replayCode';
import type { Verdict } from '../log/verifyLog';
import { runnerFor } from '../log/verifyLog';

export const NO_TIME = new Date(0).toISOString();

export const CODE_PARTICIPANT = '(from a replay code)';

export function logFromCode(code: ReplayCode, bundle: ScenarioBundle): { log: DecisionLog; verdict: Verdict } {
  const startPart = code.startPart ?? 1;
  let log: DecisionLog = { ...newLog(bundle, code.seed, CODE_PARTICIPANT, null, new Date(0), startPart), startedAt: NO_TIME };
  if (!bundle.version.startsWith(code.versionPrefix)) {
    return { log, verdict: { kind: 'unknown-version', log, what: `the code was made on story version ${code.versionPrefix}…; this game has ${bundle.id} version ${bundle.version}, so its choice numbers cannot be read against this story` } };
  }
  const runner = runnerFor(bundle);
  if (startPart > 1 && !runner.hasSharedStart(startPart)) {
    return { log, verdict: { kind: 'diverges', log, at: 0, what: `the code starts at part ${startPart}, and this version of the story has no shared starting point for that part` } };
  }
  let view = replayView(runner, code.seed, [], startPart);
  for (const [n, index] of code.choices.entries()) {
    const choice = view.passage.choices[index];
    if (!choice) {
      const what = `choice ${n + 1} of the code is option ${index + 1}, but the story offers ${view.passage.choices.length} option${view.passage.choices.length === 1 ? '' : 's'} there`;
      return { log, verdict: { kind: 'diverges', log, at: n + 1, what } };
    }
    const entry = entryFor(view, log, choice, { justification: null, ranking: null, balance: null, shownAt: NO_TIME, chosenAt: NO_TIME });
    view = replayView(runner, code.seed, code.choices.slice(0, n + 1), startPart);
    log = withTotals({ ...log, entries: [...log.entries, entry] }, view, new Date(0), runner.draws());
  }
  return { log, verdict: { kind: 'verified', log } };
}
