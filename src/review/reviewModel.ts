/**
 * The assessor's review, as data: the integrity verdict first, then every decision of the
 * path in order with the situation, the options, what was chosen, the time taken, the
 * written reasons, the effect on the three dimensions and the running totals, then the
 * stance profile. Where the log replays true the story's own words are shown; where it
 * does not, only what the log itself says, marked as not checked against the story.
 */
import type { ScenarioBundle } from '../content/scenarioBundle';
import { replayView } from '../engine/session';
import { debriefOption, type DebriefOption } from '../engine/debrief';
import type { DecisionLog, LogEntry } from '../log/logSchema';
import { describeVerdict, runnerFor, type Verdict } from '../log/verifyLog';
import { STANCES, type Deltas, type Stance } from '../story/tagContract';
import { addDeltas, zeroDeltas } from '../scoring/totals';
import { scaleScores } from '../scoring/scaleScores';
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
  part: string | null;
  prompt: string | null;
  /** The story's text just before the choice; null when the story could not be replayed to it. */
  situation: string | null;
  /** Every option the story offered; null when the story could not be replayed to it. */
  options: DebriefOption[] | null;
  chosen: { index: number; text: string; deltas: Deltas; stance: Stance | null };
  /** chosenAt - shownAt in whole seconds; null for a replay code, which carries no times. */
  secondsTaken: number | null;
  chosenAt: string | null;
  reasons: string | null;
  ranking: { order: string[]; expertOrder: string[]; distance: number } | null;
  balance: { option: string; benefits: string; risks: string }[] | null;
  /** Choices made here first and then taken back, oldest first. */
  reconsidered: { text: string; chosenAt: string | null; reasons: string | null }[];
  totalsAfter: Deltas;
  /** The running totals on the 0-100 scale; null when the story's scale is not known. */
  scoresAfter: Deltas | null;
  checked: Checked;
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
  ending: { id: string; outcome: string } | null;
  verdict: { kind: Verdict['kind']; text: string; verified: boolean };
  decisions: ReviewDecision[];
  totals: Deltas;
  /** Final scores on the 0-100 scale, recomputed from the entries; null when the scale is not known. */
  scores: Deltas | null;
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
  verdict: Verdict;
  /** The story the log names, if this game has it (its version may differ from the log's). */
  bundle: ScenarioBundle | null;
}

export function buildReview({ source, log, verdict, bundle }: ReviewInput): ReviewModel {
  const sameStory = bundle !== null && bundle.version === log.storyVersion && verdict.kind !== 'unknown-version' && verdict.kind !== 'invalid';
  const { upTo, divergesAt } = sameStory ? replayableUpTo(verdict, log.entries.length) : { upTo: 0, divergesAt: null };
  const fromCode = source === 'code';
  const decisions: ReviewDecision[] = [];
  let path: number[] = [];
  let running = zeroDeltas();
  let takenBack: LogEntry[] = [];
  log.entries.forEach((entry, index) => {
    if (entry.reconsideredAt !== null) {
      takenBack.push(entry);
      return;
    }
    // Entries after a taken-back one replace it at the same step: the path so far is the active prefix.
    path = path.slice(0, entry.step);
    running = addDeltas(running, entry.deltas);
    if (entry.decision) {
      const view = index < upTo && bundle ? replayView(runnerFor(bundle), log.seed, path) : null;
      const options = view ? view.passage.choices.map(debriefOption) : null;
      const situation = view ? view.passage.lines.slice(view.screen.from, view.screen.to).map((l) => l.text).filter(Boolean).slice(-3).join(' ') || null : null;
      const textOf = (i: number) => options?.find((o) => o.index === i)?.text ?? `Option ${i + 1}`;
      const here = takenBack.filter((t) => t.step === entry.step);
      decisions.push({
        key: markKey(decisions.length + 1, entry.decision),
        position: decisions.length + 1,
        entry: index,
        id: entry.decision,
        part: entry.part,
        prompt: view ? view.passage.meta.prompt : null,
        situation,
        options,
        chosen: { index: entry.choice, text: entry.text, deltas: entry.deltas, stance: entry.stance },
        secondsTaken: fromCode ? null : seconds(entry),
        chosenAt: fromCode ? null : entry.chosenAt,
        reasons: entry.justification,
        ranking: entry.ranking && {
          order: entry.ranking.order.map(textOf), expertOrder: entry.ranking.expertOrder.map(textOf), distance: entry.ranking.distance,
        },
        balance: entry.balance && entry.balance.map((r) => ({ option: textOf(r.choice), benefits: r.benefits, risks: r.risks })),
        reconsidered: here.map((t) => ({ text: t.text, chosenAt: fromCode ? null : t.chosenAt, reasons: t.justification })),
        totalsAfter: running,
        scoresAfter: sameStory ? scaleScores(running, bundle!.bounds) : null,
        checked: index === divergesAt ? 'diverges-here' : index < upTo ? 'replayed' : 'not-checked',
      });
    }
    takenBack = takenBack.filter((t) => t.step !== entry.step);
    path.push(entry.choice);
  });
  const stances = Object.fromEntries(STANCES.map((s) => [s, decisions.filter((d) => d.chosen.stance === s).length])) as Record<Stance, number>;
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
    verdict: { kind: verdict.kind, text: verdictText(verdict, source, decisions), verified: verdict.kind === 'verified' },
    decisions,
    totals: running,
    scores: sameStory ? scaleScores(running, bundle!.bounds) : null,
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
