/**
 * One member of the group, as the plenary counts them: where their play-through came
 * from, the path they took and what they chose at each decision. Built from a verified
 * log, from a replay code (replayed through the story) or from an older-version log
 * matched by decision id (matchOlderLog.ts).
 */
import { visibleName } from '../log/visibleName';
import type { ScenarioBundle } from '../content/scenarioBundle';
import { startPartOf, type DecisionLog } from '../log/logSchema';
import { activeEntries } from '../log/activePath';
import { runnerFor } from '../log/verifyLog';
import { decisionScores } from '../scoring/decisionScores';
import type { Deltas, Stance } from '../story/tagContract';
import type { Judgement, LogEntry, LogScores } from '../log/logSchema';
import { judgeLog } from '../decisions/judgeLog';
import { walkPath, type WalkedPath } from './replayPath';

export type Source =
  | { kind: 'file'; n: number; name: string }
  | { kind: 'code'; n: number; code: string };

/** What a participant chose at one decision. */
export interface DecisionPick {
  decision: string;
  part: string | null;
  /** The option's index where it was offered, and its text (splits count by text: options can depend on earlier choices). */
  choice: number;
  text: string;
  deltas: Deltas;
  stance: Stance | null;
  /** The choice judged against the options offered (null on activities and older logs). */
  judgement: Judgement | null;
  /** An activity is a check with a right answer, counted apart from the decisions. */
  kind: 'decision' | 'activity';
  /** At an activity: answered right; null at a decision. */
  correct: boolean | null;
}

export interface Participant {
  source: Source;
  /** The pseudonym in the log; codes carry none. Shown only when the trainer asks. */
  pseudonym: string | null;
  /** The cohort the log names (from the link the participant followed); codes carry none. */
  cohort: string | null;
  scenario: string;
  /** The story version the participant played. */
  storyVersion: string;
  seed: number;
  /** The part the play-through started at (1: the beginning; N: part N's shared starting point). */
  startPart: number;
  /** The choice indices in force, on the version played. */
  path: number[];
  /** The same route through the current story (for an older-version log, the path the matcher walked). */
  currentPath: number[];
  /** The text of each choice on currentPath, navigation included. */
  choiceTexts: string[];
  picks: DecisionPick[];
  ending: string | null;
  /** 0-100, each decision judged against the options offered; null for a log matched from another version. */
  scores: LogScores | null;
  /** A v1 log: its own scores were running totals on the old scale, so these were worked out again (judgeLog). */
  rescaled: boolean;
  /** True for a log from another version of the story, matched by decision id. */
  olderVersion: boolean;
  /** Decision ids in an older-version log that could not be matched to the current story. */
  unmatched: string[];
  /** Decision ids matched by the option's place because its wording changed. */
  matchedByPlace: string[];
}

/** "File 3" or "Code 2": how a participant is named while names are hidden. */
export function sourceLabel(source: Source): string {
  return source.kind === 'file' ? `File ${source.n}` : `Code ${source.n}`;
}

/**
 * With names shown, the pseudonym beside where it came from ("File 3 · Alice"), so no name can
 * pass for another source or another person; characters that are invisible or reorder text
 * are shown by their code point (<U+200B>).
 */
export function participantLabel(p: Participant, showNames: boolean): string {
  if (showNames && p.pseudonym?.trim()) return `${sourceLabel(p.source)} · ${visibleName(p.pseudonym.trim())}`;
  return sourceLabel(p.source);
}


/** The same play-through: scenario, story version, seed, starting part and the choices in force. */
export function playThroughKey(p: Pick<Participant, 'scenario' | 'storyVersion' | 'seed' | 'path'> & { startPart?: number }): string {
  const start = (p.startPart ?? 1) > 1 ? `|part ${p.startPart}` : '';
  return `${p.scenario}|${p.storyVersion}|${p.seed}${start}|${p.path.join(',')}`;
}

/**
 * A log that verified: its entries are the story's own, so they are read as they are. A v1
 * log's scores were running totals on the old scale, not comparable with v2's: they are worked
 * out again on the new scale from the story of its own version (`played`).
 */
export function fromVerifiedLog(log: DecisionLog, source: Source, played?: ScenarioBundle): Participant {
  const active = activeEntries(log);
  const judged = log.version === 1 && played ? judgeLog(log, runnerFor(played)) : null;
  const judgementOf = (e: LogEntry) => (judged ? judged.judgements[log.entries.indexOf(e)] ?? null : e.judgement);
  const picks: DecisionPick[] = active.flatMap((e) => e.decision === null || e.kind === 'navigation' || e.kind === 'reflection' ? [] : [{
    decision: e.decision, part: e.part, choice: e.choice, text: e.text, deltas: e.deltas, stance: e.stance, judgement: judgementOf(e),
    kind: e.kind === 'activity' ? 'activity' as const : 'decision' as const, correct: e.kind === 'activity' ? e.correct : null,
  }]);
  return {
    source, pseudonym: log.participant, cohort: log.cohort, scenario: log.scenario, storyVersion: log.storyVersion, seed: log.seed, startPart: startPartOf(log),
    path: active.map((e) => e.choice), currentPath: active.map((e) => e.choice), choiceTexts: active.map((e) => e.text), picks, ending: log.ending?.id ?? null,
    scores: log.version === 1 ? judged?.scores ?? null : log.scores, rescaled: judged !== null,
    olderVersion: false, unmatched: [], matchedByPlace: [],
  };
}

export function picksOf(walked: WalkedPath): DecisionPick[] {
  const picks: DecisionPick[] = [];
  walked.taken.forEach((index, step) => {
    const point = walked.points[step]!;
    const option = point.options[index]!;
    if (point.decision !== null) {
      const judged = point.options.some((o) => o.quality !== null);
      const activity = point.kind === 'activity';
      picks.push({
        decision: point.decision, part: point.part, choice: index, text: option.text, deltas: option.deltas, stance: option.stance, judgement: judged ? option.judgement : null,
        kind: activity ? 'activity' : 'decision', correct: activity ? option.correct : null,
      });
    }
  });
  return picks;
}

export type CodeReplay =
  | { ok: true; participant: Participant }
  | { ok: false; at: number; what: string };

/** Replays a code's choices through the story; a choice that is not offered means the code does not fit this story. */
export function fromCode(bundle: ScenarioBundle, seed: number, path: readonly number[], source: Source, startPart = 1): CodeReplay {
  const runner = runnerFor(bundle);
  if (startPart > 1 && !runner.hasSharedStart(startPart)) return { ok: false, at: 0, what: `the code starts at part ${startPart}, and this version of the story has no shared starting point for that part` };
  const walked = walkPath(runner, seed, path, undefined, startPart);
  if (walked.brokeAt) {
    const { step, choice, offered } = walked.brokeAt;
    return { ok: false, at: step + 1, what: `choice ${step + 1} is option ${choice + 1}, but the story offers ${offered} there` };
  }
  if (walked.taken.length < path.length) {
    return { ok: false, at: walked.taken.length + 1, what: `the story ends after ${walked.taken.length} choices, but the code holds ${path.length}` };
  }
  const picks = picksOf(walked);
  return {
    ok: true,
    participant: {
      source, pseudonym: null, cohort: null, scenario: bundle.id, storyVersion: bundle.version, seed, startPart, path: [...path], currentPath: [...path], choiceTexts: walked.taken.map((index, step) => walked.points[step]!.options[index]!.text), picks,
      ending: walked.ending?.id ?? null, scores: decisionScores(picks.flatMap((p) => (p.judgement ? [p.judgement] : []))),
      rescaled: false, olderVersion: false, unmatched: [], matchedByPlace: [],
    },
  };
}
