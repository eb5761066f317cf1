/**
 * The assessor's review, as data: the integrity verdict first, then every decision and
 * activity of the path in order with the situation, the options (each judged against the
 * others offered there), what was chosen and how close it came to the best, the time
 * taken, the written reasons and the framework areas; then the hidden facts drawn, the
 * ending's permanence, the scores (a v1 log on its own scale and on the new one) and the
 * stance profile. Where the log replays true the story's own words are shown; where it
 * does not, only what the log itself says, marked as not checked against the story.
 */
import type { PlayedVersion } from '../content/storyVersions';
import type { ScenarioBundle } from '../content/scenarioBundle';
import { walk } from '../story/walk';
import { readOptions, type OptionInfo } from '../decisions/choice';
import { kindOf } from '../decisions/kind';
import { activePath } from '../log/activePath';
import { startPartOf, type DecisionLog, type LogEntry } from '../log/logSchema';
import { describeVerdict, REPLAY_SCOPE_WORDS, runnerFor, type Verdict } from '../log/verifyLog';
import { describeTimeWarnings, type TimeWarning } from '../log/timeWarnings';
import type { Judgement, LoggedEnding, LogScores } from '../log/logSchema';
import { STANCES, type Deltas, type Stance } from '../story/tagContract';
import { closeness, decisionScores } from '../scoring/decisionScores';
import { decisionAreas, type DecisionArea } from '../content/decisionAreas';
import { markKey } from './reviewMarks';

export type SourceKind = 'log' | 'code';

/** How far a decision was checked: replayed true, the point where the log leaves the story, or not checked. */
export type Checked = 'replayed' | 'diverges-here' | 'not-checked';

export interface ReviewDecision {
  /** Where its marks are saved. */
  key: string;
  /** 1-based place in the timeline. */
  position: number;
  /** 0-based index of its entry in the log (the log also holds steps between decisions and taken-back choices). */
  entry: number;
  id: string;
  /** A scored decision, or an activity (an exercise with a right answer: a check, not scored). */
  kind: 'decision' | 'activity';
  /** The practice framework areas it exercises, the primary first (none where the story has no table). */
  areas: DecisionArea[];
  part: string | null;
  prompt: string | null;
  /** The story's text just before the choice; null when the story could not be replayed to it. */
  situation: string | null;
  /** Every option the story offered; null when the story could not be replayed to it. */
  options: OptionInfo[] | null;
  chosen: { index: number; text: string; deltas: Deltas; stance: Stance | null };
  /** chosenAt - shownAt in whole seconds; null for a replay code or a rebuilt entry, which carry no times. */
  secondsTaken: number | null;
  /** Rebuilt from an LMS's record of the choices alone: no times, ranking order or reasons of the participant's. */
  rebuilt: boolean;
  chosenAt: string | null;
  reasons: string | null;
  /** At a decision: the choice judged against the options offered, per dimension (0-1); null where not known. */
  judgement: Judgement | null;
  /** At a decision: where the choice sat between the weakest (0) and best (1) option offered; null where not known. */
  closeness: number | null;
  /** At a decision: the option(s) judged best there (ties all count), by index; empty where not known. */
  best: number[];
  /** At an activity: answered right or not; null at a decision or where not known. */
  correct: boolean | null;
  ranking: {
    order: string[];
    expertOrder: string[];
    distance: number;
    /** The order the form opened in; null on a v1 log, whose form opened in the panel's order. */
    startOrder: string[] | null;
    /** Confirmed as it opened, nothing moved; null on a v1 log (not recorded). */
    unchanged: boolean | null;
  } | null;
  balance: { option: string; benefits: string; risks: string }[] | null;
  /** Choices made here first and then taken back, oldest first. */
  reconsidered: { text: string; chosenAt: string | null; reasons: string | null }[];
  checked: Checked;
}

/** A reflection the participant wrote: the question (from the story, where it replays) and their text. */
export interface ReviewReflection {
  /** 0-based index of its entry in the log. */
  entry: number;
  id: string;
  part: string | null;
  /** The question asked; null when the story could not be replayed to it. */
  prompt: string | null;
  text: string;
  /** Reflections written here first and then taken back, oldest first (the log keeps them). */
  earlier: string[];
  checked: Checked;
}

/** A hidden fact the story drew from the seed, in the story's words where the story declares it. */
export interface ReviewDraw {
  fact: string;
  question: string | null;
  value: number;
  of: number;
  /** The words for the value drawn; null where the story does not declare the fact. */
  words: string | null;
}

export interface ReviewModel {
  source: SourceKind;
  scenario: string;
  title: string;
  storyVersion: string;
  participant: string;
  cohort: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  /** How it ended, with the child's permanence as the story tags it. */
  ending: LoggedEnding | null;
  verdict: {
    kind: Verdict['kind']; text: string; verified: boolean; version?: PlayedVersion;
    /** What replay cannot check, in words: beside every verdict, so "verified" is not read as more than it is. */
    unchecked: string;
    /** Times in the log that contradict each other or the clock, in words (they are not checked, but can be impossible). */
    timeWarnings: string[];
  };
  /** Decisions and activities in the order played. */
  decisions: ReviewDecision[];
  /** The reflections written on the path in force, in order: never scored or counted as decisions. */
  reflections: ReviewReflection[];
  /** Raw running totals of the effects, as the log keeps them for the record. */
  totals: Deltas;
  /**
   * The 0-100 scores, each decision judged against the options offered there (lower disruption
   * risk is better; null where nothing was judged on a dimension). A v2 log's own; a v1 log's
   * worked out again from its story (as decisions/judgeLog.ts does); null when neither can be had.
   */
  scores: LogScores | null;
  /** A v1 log's scores as it recorded them, on the old scale: running totals scaled to the story's bounds. */
  legacy: { scores: LogScores } | null;
  /** The log's format version. */
  logVersion: number;
  /** Activities answered on the path: how many right, of how many. */
  checks: { correct: number; of: number };
  draws: ReviewDraw[];
  /** Counted over decisions only: an activity takes no stance. */
  stances: Record<Stance, number>;
}

/** The log entry index up to which the story may be replayed (exclusive of anything after the divergence). */
function replayableUpTo(verdict: Verdict, entries: number): { upTo: number; divergesAt: number | null } {
  if (verdict.kind === 'verified') return { upTo: entries, divergesAt: null };
  if (verdict.kind !== 'diverges') return { upTo: 0, divergesAt: null };
  // verifyLog names the decision first when one entry is at fault ("decision N (...): ...");
  // a problem with the totals, scores or ending leaves every decision replayable.
  const atEntry = verdict.what.startsWith(`decision ${verdict.at}`);
  return atEntry ? { upTo: verdict.at, divergesAt: verdict.at - 1 } : { upTo: entries, divergesAt: null };
}

function seconds(entry: LogEntry): number {
  return Math.max(0, Math.round((Date.parse(entry.chosenAt) - Date.parse(entry.shownAt)) / 1000));
}

export interface ReviewInput {
  source: SourceKind;
  log: DecisionLog;
  /** The verdict; with verifyLog's notes, its time warnings are shown too. */
  verdict: Verdict & { timeWarnings?: readonly TimeWarning[] };
  /** The story the log names, if this game has it (its version may differ from the log's). */
  bundle: ScenarioBundle | null;
}

export function buildReview({ source, log, verdict, bundle }: ReviewInput): ReviewModel {
  const sameStory = bundle !== null && bundle.version === log.storyVersion && verdict.kind !== 'unknown-version' && verdict.kind !== 'invalid';
  const { upTo, divergesAt } = sameStory ? replayableUpTo(verdict, log.entries.length) : { upTo: 0, divergesAt: null };
  const fromCode = source === 'code';
  const decisions: ReviewDecision[] = [];
  const reflections: ReviewReflection[] = [];
  // One walk of the path in force: each decision in force is a point on it (the review stays linear).
  const walked = sameStory && upTo > 0 ? walk(runnerFor(bundle!), log.seed, activePath(log), startPartOf(log)) : null;
  let takenBack: LogEntry[] = [];
  log.entries.forEach((entry, index) => {
    if (entry.reconsideredAt !== null) {
      takenBack.push(entry);
      return;
    }
    if (entry.kind === 'reflection') {
      const point = index < upTo ? walked?.points[entry.step] ?? null : null;
      // A replay code carries no written text: there is no reflection to show.
      if (!fromCode) reflections.push({
        entry: index, id: entry.decision ?? '', part: entry.part, prompt: point ? point.passage.meta.prompt : null,
        text: entry.justification ?? '',
        earlier: takenBack.filter((t) => t.step === entry.step && t.kind === 'reflection').map((t) => t.justification ?? ''),
        checked: index === divergesAt ? 'diverges-here' : index < upTo ? 'replayed' : 'not-checked',
      });
    } else if (entry.decision && entry.kind !== 'navigation') {
      const point = index < upTo ? walked?.points[entry.step] ?? null : null;
      const options = point ? readOptions(point.choices, kindOf(point.passage.meta)) : null;
      const chosen = options?.find((o) => o.index === entry.choice) ?? null;
      const activity = entry.kind === 'activity';
      const situation = point ? point.situation || null : null;
      const textOf = (i: number) => options?.find((o) => o.index === i)?.text ?? `Option ${i + 1}`;
      const here = takenBack.filter((t) => t.step === entry.step);
      decisions.push({
        key: markKey(decisions.length + 1, entry.decision),
        position: decisions.length + 1,
        entry: index,
        id: entry.decision,
        kind: activity ? 'activity' : 'decision',
        areas: decisionAreas(bundle?.framework, entry.decision),
        part: entry.part,
        prompt: point ? point.passage.meta.prompt : null,
        situation,
        options,
        chosen: { index: entry.choice, text: entry.text, deltas: entry.deltas, stance: entry.stance },
        secondsTaken: fromCode || entry.rebuilt ? null : seconds(entry),
        rebuilt: entry.rebuilt === true,
        chosenAt: fromCode ? null : entry.chosenAt,
        reasons: entry.justification,
        // The story's judgement where it replays (a v1 log recorded none); else the log's own.
        judgement: activity ? null : chosen?.judgement ?? entry.judgement ?? null,
        closeness: activity || !options ? null : closeness(chosen?.quality ?? null, options.map((o) => o.quality)),
        best: activity || !options ? [] : options.filter((o) => o.best).map((o) => o.index),
        correct: activity ? entry.correct ?? (chosen ? chosen.correct : null) : null,
        ranking: entry.ranking && {
          order: entry.ranking.order.map(textOf),
          expertOrder: entry.ranking.expertOrder.map(textOf),
          distance: entry.ranking.distance,
          startOrder: entry.ranking.startOrder ? entry.ranking.startOrder.map(textOf) : null,
          unchanged: entry.ranking.unchanged ?? null,
        },
        balance: entry.balance && entry.balance.map((r) => ({ option: textOf(r.choice), benefits: r.benefits, risks: r.risks })),
        reconsidered: here.map((t) => ({ text: t.text, chosenAt: fromCode ? null : t.chosenAt, reasons: t.justification })),
        checked: index === divergesAt ? 'diverges-here' : index < upTo ? 'replayed' : 'not-checked',
      });
    }
    takenBack = takenBack.filter((t) => t.step !== entry.step);
  });
  const scored = decisions.filter((d) => d.kind === 'decision');
  const activities = decisions.filter((d) => d.kind === 'activity');
  const stances = Object.fromEntries(STANCES.map((s) => [s, scored.filter((d) => d.chosen.stance === s).length])) as Record<Stance, number>;
  const facts = bundle?.info.facts ?? [];
  // A v1 log is judged again on the new scale from the same walk, so only when every decision replayed.
  const judgedAgain = log.version === 1 && walked && upTo === log.entries.length
    ? decisionScores(scored.flatMap((d) => (d.judgement ? [d.judgement] : [])))
    : null;
  return {
    source,
    scenario: log.scenario,
    title: bundle?.info.title ?? log.scenario,
    storyVersion: log.storyVersion,
    participant: log.participant,
    cohort: log.cohort,
    startedAt: fromCode ? null : log.startedAt,
    finishedAt: fromCode ? null : log.finishedAt,
    ending: log.ending,
    verdict: {
      kind: verdict.kind, text: verdictText(verdict, source, decisions), verified: verdict.kind === 'verified',
      unchecked: source === 'code'
        ? 'A replay code carries only the case, its version, the seed and the choices: there is no pseudonym, no times and no written reasons to check.'
        : REPLAY_SCOPE_WORDS,
      timeWarnings: fromCode ? [] : describeTimeWarnings(verdict.timeWarnings ?? []),
    },
    decisions,
    reflections,
    totals: log.totals,
    scores: log.version === 1 ? judgedAgain : log.scores,
    legacy: log.version === 1 ? { scores: log.scores } : null,
    logVersion: log.version,
    checks: { correct: activities.filter((d) => d.correct === true).length, of: activities.length },
    draws: log.draws.map((d) => {
      const fact = facts.find((f) => f.id === d.fact);
      return { fact: d.fact, question: fact?.question ?? null, value: d.value, of: d.of, words: fact?.values[d.value - 1] ?? null };
    }),
    stances,
  };
}

/**
 * The verdict in a sentence for the assessor: what was checked, and what was not. The
 * verifier counts every entry of the log (steps between decisions too); the assessor sees
 * only decisions, so a divergence is named by its place in the timeline below.
 */
export function verdictText(verdict: Verdict, source: SourceKind, decisions: readonly ReviewDecision[]): string {
  if (source === 'code') {
    switch (verdict.kind) {
      case 'verified': return 'Verified: every choice in the replay code is one the story offers at that point. A replay code carries no written reasons and no times, so only the choices are checked.';
      case 'diverges': return `Not verified: the replay code leaves the story at its choice ${verdict.at}: ${verdict.what}. The decisions before it are shown.`;
      default: return `Not verified: ${describeVerdict(verdict)}.`;
    }
  }
  switch (verdict.kind) {
    case 'verified': return 'Verified: the log replays true against the story (every decision, effect, score and the ending).';
    case 'diverges': {
      const here = decisions.find((d) => d.entry === verdict.at - 1 && d.checked === 'diverges-here');
      const after = 'Decisions from that point on are shown as the log records them, not as the story has them.';
      if (here) return `Not verified: the log diverges from the story at decision ${here.position} below (${here.id}): ${verdict.what.replace(/^decision \d+(?: \(.*?\))?: /, '')}. ${after}`;
      if (verdict.what.startsWith(`decision ${verdict.at}`)) return `Not verified: the log diverges from the story at its entry ${verdict.at}, a step between decisions: ${verdict.what.replace(/^decision \d+(?: \(.*?\))?: /, '')}. ${after}`;
      return `Not verified: ${verdict.what}. Each decision replays, but the log's ${/ending/.test(verdict.what) ? 'ending' : 'totals or scores'} do not follow from them.`;
    }
    case 'unknown-version': return `Not verified: ${verdict.what}. The decisions are shown as the log records them, not checked against the story.`;
    case 'invalid': return `Not verified: ${verdict.field} ${verdict.reason}. The decisions are shown as the log records them, not checked against the story.`;
  }
}
