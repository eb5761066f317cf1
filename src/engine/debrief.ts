/**
 * The debrief, as data: every decision the participant made with what they chose, the
 * alternatives, each option's effect, rationale, reference and stance, their written
 * reasons, the panel's view where the story gives one, and totals for each part and for
 * the whole case. Rebuilt by replaying the log against the story, so it shows the story's
 * words, never text carried in the log.
 */
import type { ScenarioBundle } from '../content/scenarioBundle';
import type { DecisionLog, LogEntry } from '../log/logSchema';
import { runnerFor } from '../log/verifyLog';
import { DIMENSIONS, STANCES, type Deltas, type Stance } from '../story/tagContract';
import type { ChoiceView } from '../story/StoryRunner';
import { addDeltas, zeroDeltas } from '../scoring/totals';
import { scaleScores, type Scores } from '../scoring/scaleScores';
import { readBand, type BandReading } from '../scoring/bands';
import { replayView } from './session';
import { activeEntries } from '../log/activePath';
import type { Dimension } from '../story/tagContract';

export interface DebriefOption {
  index: number;
  text: string;
  deltas: Deltas;
  why: string;
  ref: string;
  stance: Stance | null;
  expertPlace: number | null;
  expertWhy: string | null;
  benefits: string | null;
  risks: string | null;
}

export interface DebriefDecision {
  id: string;
  prompt: string | null;
  part: string | null;
  /** The story's text just before the choice, for context. */
  situation: string;
  chosen: DebriefOption;
  options: DebriefOption[];
  reasons: string | null;
  ranking: { order: number[]; expertOrder: number[]; distance: number } | null;
  balance: { choice: number; benefits: string; risks: string }[] | null;
  /** Running totals after this decision, for the chart of how scores moved. */
  totalsAfter: Deltas;
  /** Seconds between the options being shown and the choice. */
  secondsTaken: number;
}

export interface PartSummary {
  part: string;
  decisions: DebriefDecision[];
  totals: Deltas;
}

export interface Debrief {
  scenario: string;
  title: string;
  ending: { id: string; outcome: string } | null;
  decisions: DebriefDecision[];
  parts: PartSummary[];
  totals: Deltas;
  scores: Scores;
  bands: Record<Dimension, BandReading>;
  stances: Record<Stance, number>;
}

/** An option as the debrief and the assessor's review explain it, read from the story's tags. */
export function debriefOption(choice: ChoiceView): DebriefOption {
  const m = choice.meta;
  return {
    index: choice.index, text: choice.text, deltas: m.deltas ?? zeroDeltas(), why: m.why ?? '', ref: m.ref ?? '',
    stance: m.stance, expertPlace: m.expert, expertWhy: m.expertWhy, benefits: m.benefits, risks: m.risks,
  };
}

export function buildDebrief(log: DecisionLog, bundle: ScenarioBundle): Debrief {
  const runner = runnerFor(bundle);
  const entries = activeEntries(log);
  const decisions: DebriefDecision[] = [];
  let running = zeroDeltas();
  entries.forEach((entry: LogEntry, step) => {
    running = addDeltas(running, entry.deltas);
    if (!entry.decision) return;
    const view = replayView(runner, log.seed, entries.slice(0, step).map((e) => e.choice));
    const options = view.passage.choices.map(debriefOption);
    const chosen = options[entry.choice];
    if (!chosen) throw new RangeError(`decision ${entry.decision}: option ${entry.choice} is not in the story`);
    const situation = view.passage.lines.slice(view.screen.from, view.screen.to).map((l) => l.text).filter(Boolean).slice(-3).join(' ');
    decisions.push({
      id: entry.decision, prompt: view.passage.meta.prompt, part: entry.part, situation, chosen, options,
      reasons: entry.justification, ranking: entry.ranking, balance: entry.balance, totalsAfter: running,
      secondsTaken: Math.max(0, Math.round((Date.parse(entry.chosenAt) - Date.parse(entry.shownAt)) / 1000)),
    });
  });
  const parts: PartSummary[] = [];
  for (const d of decisions) {
    const key = d.part ?? '';
    let summary = parts.find((p) => p.part === key);
    if (!summary) parts.push((summary = { part: key, decisions: [], totals: zeroDeltas() }));
    summary.decisions.push(d);
    summary.totals = addDeltas(summary.totals, d.chosen.deltas);
  }
  const totals = entries.reduce((t, e) => addDeltas(t, e.deltas), zeroDeltas());
  const scores = scaleScores(totals, bundle.bounds);
  const bands = Object.fromEntries(DIMENSIONS.map((d) => [d, readBand(d, scores[d])])) as Record<Dimension, BandReading>;
  const stances = Object.fromEntries(STANCES.map((s) => [s, decisions.filter((d) => d.chosen.stance === s).length])) as Record<Stance, number>;
  return { scenario: bundle.id, title: bundle.info.title, ending: log.ending, decisions, parts, totals, scores, bands, stances };
}
