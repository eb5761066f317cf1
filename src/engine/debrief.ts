/**
 * The debrief, as data, from one walk of the story along the log's path:
 *  - "How it ended": the ending in the story's words, and the legal, relational and cultural
 *    permanence the child has, and whether it came in the child's timescale;
 *  - "How you decided": each decision judged against the options offered there, the three
 *    0-100 scores (means over the decisions played), the areas of practice exercised;
 *  - the checks of the activities, the hidden facts the seed drew and how the same decisions
 *    would have ended had they fallen otherwise.
 * It shows the story's words, never text carried in the log.
 */
import type { ScenarioBundle } from '../content/scenarioBundle';
import { startPartOf, type DecisionLog, type LogEntry, type LogScores } from '../log/logSchema';
import { runnerFor } from '../log/verifyLog';
import { activeEntries, activePath } from '../log/activePath';
import { DIMENSIONS, STANCES, type Dimension, type Stance } from '../story/tagContract';
import { walk, type EndingInfo, type StoryWalk } from '../story/walk';
import { decisionScores, closeness } from '../scoring/decisionScores';
import { scaleScores, type Scores } from '../scoring/scaleScores';
import { readBand, type BandReading } from '../scoring/bands';
import { readOptions, type OptionInfo } from '../decisions/choice';
import { kindOf } from '../decisions/kind';
import { judgeLog } from '../decisions/judgeLog';
import { whatIfFacts, type FactOutcome } from './whatIfFacts';

export type DebriefOption = OptionInfo;

/** What the debrief shows of any choice point the player answered: a decision or an activity. */
interface AnsweredPoint {
  id: string;
  prompt: string | null;
  part: string | null;
  /** The story's text just before the choice, for context. */
  situation: string;
  chosen: OptionInfo;
  options: OptionInfo[];
}

export interface DebriefDecision extends AnsweredPoint {
  reasons: string | null;
  ranking: LogEntry['ranking'];
  balance: LogEntry['balance'];
  /** Where the choice sat between the weakest option offered (0) and the best (1); null when all were equal. */
  closeness: number | null;
  /** The framework areas this decision exercises (ids), the primary first. */
  areas: string[];
  /** Seconds between the options being shown and the choice. */
  secondsTaken: number;
}

export interface DebriefActivity extends AnsweredPoint {
  correct: boolean;
}

/** A reflection the player wrote (the one text of the player's the debrief shows besides reasons). */
export interface DebriefReflection {
  id: string;
  prompt: string | null;
  part: string | null;
  text: string;
}

export interface PartSummary {
  part: string;
  decisions: DebriefDecision[];
  activities: DebriefActivity[];
}

/** How the participant decided in one area of the practice framework. */
export interface AreaSummary {
  id: string;
  title: string;
  decisions: number;
  /** How many of them took an option judged best of those offered. */
  best: number;
  /** The mean closeness to the best option offered (0-1), or null when none was judged. */
  meanCloseness: number | null;
}

export interface Debrief {
  scenario: string;
  title: string;
  /** How it ended, in the story's words; null while the case is unfinished. */
  ending: EndingInfo | null;
  decisions: DebriefDecision[];
  activities: DebriefActivity[];
  /** The reflections written on the path, in order: never scored. */
  reflections: DebriefReflection[];
  parts: PartSummary[];
  /** 0-100 per dimension, judged decision by decision (disruption: a risk, lower is better). */
  scores: LogScores;
  bands: Record<Dimension, BandReading | null>;
  /** A log from before decisions were judged against the options offered: its own scores, on the old scale. */
  legacy: { scores: Scores } | null;
  checks: { correct: number; of: number };
  stances: Record<Stance, number>;
  framework: { id: string; title: string; status: string } | null;
  areas: AreaSummary[];
  facts: FactOutcome[];
}

export function buildDebrief(log: DecisionLog, bundle: ScenarioBundle): Debrief {
  const runner = runnerFor(bundle);
  const entries = activeEntries(log);
  const path = activePath(log);
  const walked: StoryWalk = walk(runner, log.seed, path, startPartOf(log));
  const decisions: DebriefDecision[] = [];
  const activities: DebriefActivity[] = [];
  const reflections: DebriefReflection[] = [];
  const parts: PartSummary[] = [];
  const partOf = (name: string | null) => {
    const key = name ?? '';
    let summary = parts.find((p) => p.part === key);
    if (!summary) parts.push((summary = { part: key, decisions: [], activities: [] }));
    return summary;
  };
  entries.forEach((entry, step) => {
    const point = walked.points[step];
    if (!entry.decision || !point) return;
    const kind = kindOf(point.passage.meta);
    if (kind === 'reflection') {
      reflections.push({ id: entry.decision, prompt: point.passage.meta.prompt, part: entry.part, text: entry.justification ?? '' });
      return;
    }
    const options = readOptions(point.choices, kind);
    const chosen = options[entry.choice];
    if (!chosen) throw new RangeError(`decision ${entry.decision}: option ${entry.choice} is not in the story`);
    const common = { id: entry.decision, prompt: point.passage.meta.prompt, part: entry.part, situation: point.situation, chosen, options };
    if (kind === 'activity') {
      const activity = { ...common, correct: chosen.correct };
      activities.push(activity);
      partOf(entry.part).activities.push(activity);
      return;
    }
    const decision: DebriefDecision = {
      ...common,
      reasons: entry.justification, ranking: entry.ranking, balance: entry.balance,
      closeness: closeness(chosen.quality, options.map((o) => o.quality)),
      areas: (bundle.framework && Object.hasOwn(bundle.framework.decisions, entry.decision) ? bundle.framework.decisions[entry.decision]! : []).map((a) => a.area),
      secondsTaken: Math.max(0, Math.round((Date.parse(entry.chosenAt) - Date.parse(entry.shownAt)) / 1000)),
    };
    decisions.push(decision);
    partOf(entry.part).decisions.push(decision);
  });
  const scores = log.version === 1 ? judgeLog(log, runner).scores : decisionScores(decisions.map((d) => d.chosen.judgement));
  const bands = Object.fromEntries(DIMENSIONS.map((d) => [d, scores[d] === null ? null : readBand(d, scores[d])])) as Record<Dimension, BandReading | null>;
  const stances = Object.fromEntries(STANCES.map((s) => [s, decisions.filter((d) => d.chosen.stance === s).length])) as Record<Stance, number>;
  const framework = bundle.framework;
  const areas: AreaSummary[] = (framework?.areas ?? []).flatMap((area) => {
    const here = decisions.filter((d) => d.areas.includes(area.id));
    if (here.length === 0) return [];
    const judged = here.map((d) => d.closeness).filter((c): c is number => c !== null);
    return [{
      id: area.id, title: area.title, decisions: here.length, best: here.filter((d) => d.chosen.best).length,
      meanCloseness: judged.length ? judged.reduce((a, b) => a + b, 0) / judged.length : null,
    }];
  });
  return {
    scenario: bundle.id,
    title: bundle.info.title,
    ending: walked.brokeAt ? null : endingFromLog(log),
    decisions, activities, reflections, parts, scores, bands,
    legacy: log.version === 1 ? { scores: scaleScores(log.totals, bundle.bounds) } : null,
    checks: { correct: activities.filter((a) => a.correct).length, of: activities.length },
    stances,
    framework: framework ? { id: framework.id, title: framework.title, status: framework.status } : null,
    areas,
    facts: whatIfFacts(runner, log.seed, path, bundle.info.facts ?? [], walked, startPartOf(log)),
  };
}

function endingFromLog(log: DecisionLog): EndingInfo | null {
  const e = log.ending;
  return e ? { id: e.id, outcome: e.outcome, legal: e.legal, relational: e.relational, cultural: e.cultural, timescale: e.timescale } : null;
}
