/**
 * The play session's rules, as functions the play machine calls: what is on screen,
 * when a part ends, what a committed choice writes into the log, and how taking a
 * decision back or restoring a saved game rebuilds the same place by replay.
 */
import type { ScenarioBundle } from '../content/scenarioBundle';
import type { ChoiceView, Line, Passage, StoryRunner } from '../story/StoryRunner';
import { partTagOf } from '../story/tagContract';
import { sumDeltas, zeroDeltas } from '../scoring/totals';
import { decisionScores } from '../scoring/decisionScores';
import { LOG_FORMAT, LOG_VERSION, type BalanceRow, type DecisionLog, type LogEntry, type Ranking } from '../log/logSchema';
import { activeEntries } from '../log/activePath';
import { endingOf } from '../story/walk';
import type { Draw } from '../story/seededDraw';
import { entryKindOf, pointIdOf } from '../decisions/kind';
import { readOptions } from '../decisions/choice';
import { kindOf } from '../decisions/kind';
import { checksOf, isCorrect } from '../decisions/activity';

export interface TranscriptItem {
  kind: 'text' | 'choice' | 'part';
  text: string;
}

export interface SessionView {
  passage: Passage;
  /** Lines of the passage on screen: [from, to). */
  screen: { from: number; to: number };
  /** Whether the player has read the screen (pressed Continue). */
  read: boolean;
  part: string | null;
  /** Everything shown before the current screen, for the history panel. */
  transcript: TranscriptItem[];
}

/** The first line at or after `from` that opens a part other than `part` (or the end). */
export function findBreak(lines: readonly Line[], from: number, part: string | null): number {
  for (let i = from; i < lines.length; i++) {
    const tag = partTagOf(lines[i]!);
    if (tag !== null && tag !== part) return i;
  }
  return lines.length;
}

function screenLines(view: SessionView): Line[] {
  return view.passage.lines.slice(view.screen.from, view.screen.to);
}

export function textOf(lines: readonly Line[]): TranscriptItem[] {
  return lines.filter((l) => l.text !== '').map((l) => ({ kind: 'text' as const, text: l.text }));
}

/** The story's very first passage: the first part opens without a checkpoint. */
export function firstView(passage: Passage): SessionView {
  const first = passage.lines.map(partTagOf).find((t) => t !== null) ?? null;
  return { passage, screen: { from: 0, to: findBreak(passage.lines, 0, first) }, read: false, part: first, transcript: [] };
}

/** A new passage after a choice: the previous screen and the choice go into the transcript. */
export function arrive(view: SessionView, choiceText: string, passage: Passage): SessionView {
  const transcript = [...view.transcript, ...textOf(screenLines(view)), { kind: 'choice' as const, text: choiceText }];
  // Before any part has begun (an opening with a choice of its own), the first part opens without a checkpoint.
  const part = view.part ?? passage.lines.map(partTagOf).find((t) => t !== null) ?? null;
  return { passage, screen: { from: 0, to: findBreak(passage.lines, 0, part) }, read: false, part, transcript };
}

/** After a part checkpoint: the next part's lines come on screen. */
export function openNextPart(view: SessionView): SessionView {
  const lines = view.passage.lines;
  const part = partTagOf(lines[view.screen.to]!) ;
  const transcript = [...view.transcript, ...textOf(screenLines(view)), { kind: 'part' as const, text: part ?? '' }];
  return { ...view, part, transcript, screen: { from: view.screen.to, to: findBreak(lines, view.screen.to + 1, part) }, read: false };
}

export type Phase = 'narrating' | 'partComplete' | 'choosing' | 'ended';

/** Where the session stands, from what is on screen and what is left of the passage. */
export function phaseOf(view: SessionView): Phase {
  const hasText = screenLines(view).some((l) => l.text !== '');
  if (hasText && !view.read) return 'narrating';
  if (view.screen.to < view.passage.lines.length) return 'partComplete';
  return view.passage.choices.length > 0 ? 'choosing' : 'ended';
}

export function currentChoices(view: SessionView): ChoiceView[] {
  return phaseOf(view) === 'choosing' ? view.passage.choices : [];
}

/**
 * Replays a path of choice indices from the start and returns the view the player had
 * just before choosing again at its end: every checkpoint passed, every screen read.
 */
export function replayView(runner: StoryRunner, seed: number, path: readonly number[], startPart = 1): SessionView {
  runner.reset(seed, startPart);
  let view = firstView(runner.continuePassage());
  for (const index of path) {
    view = passThroughCheckpoints(view);
    const choice = view.passage.choices[index];
    if (!choice) throw new RangeError(`choice ${index} is not offered at this point of the story`);
    runner.choose(index);
    view = arrive(view, choice.text, runner.continuePassage());
  }
  return passThroughCheckpoints(view);
}

function passThroughCheckpoints(view: SessionView): SessionView {
  let v = { ...view, read: true };
  while (phaseOf(v) === 'partComplete') v = { ...openNextPart(v), read: true };
  return v;
}

/** `startPart` above 1: the game starts at that part's shared starting point, and the log says so. */
export function newLog(bundle: ScenarioBundle, seed: number, participant: string, cohort: string | null, now: Date, startPart = 1): DecisionLog {
  return {
    format: LOG_FORMAT, version: LOG_VERSION,
    scenario: bundle.id, storyVersion: bundle.version, seed,
    ...(startPart > 1 ? { startPart } : {}),
    participant, cohort,
    startedAt: now.toISOString(), finishedAt: null,
    entries: [], draws: [], totals: zeroDeltas(), scores: decisionScores([]), checks: { correct: 0, of: 0 }, ending: null,
  };
}

/**
 * Totals, scores, checks, the hidden facts drawn and (when the story has ended) the ending,
 * recomputed from the entries in force and the story where the path now stands.
 */
export function withTotals(log: DecisionLog, view: SessionView, now: Date, draws: readonly Draw[]): DecisionLog {
  const active = activeEntries(log);
  const ending = endingOf(view.passage);
  return {
    ...log,
    draws: draws.map((d) => ({ ...d })),
    totals: sumDeltas(active.map((e) => e.deltas)),
    scores: decisionScores(active.flatMap((e) => (e.judgement ? [e.judgement] : []))),
    checks: checksOf(active),
    ending,
    finishedAt: ending ? (log.finishedAt ?? now.toISOString()) : null,
  };
}

export interface CommitDetails {
  justification: string | null;
  ranking: Ranking | null;
  balance: BalanceRow[] | null;
  shownAt: string;
  chosenAt: string;
}

export function entryFor(view: SessionView, log: DecisionLog, choice: ChoiceView, details: CommitDetails): LogEntry {
  const meta = view.passage.meta;
  const kind = entryKindOf(meta);
  return {
    step: activeEntries(log).length,
    decision: pointIdOf(meta),
    kind,
    part: view.part,
    choice: choice.index,
    text: choice.text,
    deltas: kind === 'activity' || kind === 'reflection' ? zeroDeltas() : choice.meta.deltas ?? zeroDeltas(),
    stance: kind === 'activity' || kind === 'reflection' ? null : choice.meta.stance,
    judgement: kind === 'decision' ? readOptions(view.passage.choices, kindOf(meta))[choice.index]!.judgement : null,
    correct: kind === 'activity' ? isCorrect(choice) : null,
    ...details,
    reconsideredAt: null,
  };
}
