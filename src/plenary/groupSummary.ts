/**
 * The group summary a trainer can export: how the group split at each decision (with its
 * framework areas and each option's judged quality), how many got each activity right, the
 * endings reached and the score distributions, as JSON and as CSV. It names the part the group's
 * play-throughs started at (a group begun at part 4's shared start is never read as whole-case
 * play): the JSON's `startPart`, and every CSV row's `start_part`. No free text: no
 * pseudonyms, no written reasons, no file names; only the story's own words and counts.
 * CSV cells go through csvCell, so a spreadsheet never runs one as a formula.
 */
import { csvCell } from '../log/exportLog';
import type { DecisionSplit } from './decisionSplits';
import type { DimensionDistribution } from './scoreDistribution';
import type { PathFlow } from './pathFlow';
import type { VerdictKind } from './groupIntake';

export const SUMMARY_FORMAT = 'permanence-plenary-summary';

export interface GroupSummary {
  format: typeof SUMMARY_FORMAT;
  version: 1;
  scenario: string;
  storyVersion: string;
  title: string;
  /** The part every play-through summarised started at: 1 from the beginning, N from part N's shared start. */
  startPart: number;
  /** That part's name in the story (null from the beginning, or where the story does not name it). */
  startPartName: string | null;
  createdAt: string;
  participants: number;
  verdicts: Record<VerdictKind, number>;
  decisions: {
    id: string;
    /** A scored decision, or an activity (a check with a right answer). */
    kind: 'decision' | 'activity';
    /** The practice framework areas it exercises (ids), the primary first. */
    areas: string[];
    part: string | null;
    prompt: string | null;
    reached: number;
    fromOlderVersions: number;
    /** At an activity: how many got it right; null at a decision. */
    right: number | null;
    /**
     * Each option: how many chose it; at a decision its overall quality judged against the
     * others offered (0-1, null where all were equal); at an activity whether it is a right answer.
     */
    options: { text: string; count: number; percent: number; quality: number | null; correct: boolean | null }[];
  }[];
  endings: { id: string; count: number }[];
  scores: { dimension: string; count: number; min: number | null; median: number | null; max: number | null; values: number[] }[];
}

export interface SummaryInput {
  scenario: string;
  storyVersion: string;
  title: string;
  startPart: number;
  startPartName: string | null;
  now: Date;
  participants: number;
  verdicts: Record<VerdictKind, number>;
  splits: readonly DecisionSplit[];
  flow: PathFlow;
  scores: readonly DimensionDistribution[];
}

export function groupSummary(input: SummaryInput): GroupSummary {
  return {
    format: SUMMARY_FORMAT,
    version: 1,
    scenario: input.scenario,
    storyVersion: input.storyVersion,
    title: input.title,
    startPart: input.startPart,
    startPartName: input.startPart > 1 ? input.startPartName : null,
    createdAt: input.now.toISOString(),
    participants: input.participants,
    verdicts: { ...input.verdicts },
    decisions: input.splits.map((s) => {
      const activity = s.context.kind === 'activity';
      return {
        id: s.context.id, kind: activity ? 'activity' as const : 'decision' as const, areas: s.context.areas.map((a) => a.id),
        part: s.context.part, prompt: s.context.prompt, reached: s.reached, fromOlderVersions: s.fromOlderVersions, right: s.right,
        options: s.options.map((o) => ({
          text: o.text, count: o.count, percent: o.percent,
          quality: activity || !o.info || o.info.quality === null ? null : Math.round(o.info.quality * 100) / 100,
          correct: activity && o.info ? o.info.correct : null,
        })),
      };
    }),
    endings: input.flow.endings.map((e) => ({ ...e })),
    // Values sorted, so no mark can be tied back to a participant by the order of loading.
    scores: input.scores.map((d) => ({ dimension: d.dimension, count: d.marks.length, min: d.min, median: d.median, max: d.max, values: d.marks.map((m) => m.score).sort((a, b) => a - b) })),
  };
}

export function summaryToJson(summary: GroupSummary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}

export const SUMMARY_CSV_COLUMNS = [
  'scenario', 'story_version', 'start_part', 'part', 'decision', 'option', 'count', 'reached', 'percent',
  'kind', 'areas', 'option_quality', 'option_correct', 'right',
] as const;

const yesNo = (x: boolean | null) => (x === null ? null : x ? 'yes' : 'no');

/** One row per option at each decision or activity, then one per ending (decision "ending"); each row names the starting part. */
export function summaryToCsv(summary: GroupSummary): string {
  const rows: (string | number | null)[][] = [];
  for (const d of summary.decisions) {
    for (const o of d.options) {
      rows.push([summary.scenario, summary.storyVersion, summary.startPart, d.part, d.id, o.text, o.count, d.reached, o.percent, d.kind, d.areas.join(' ') || null, o.quality, yesNo(o.correct), d.right]);
    }
  }
  const finished = summary.endings.reduce((n, e) => n + e.count, 0);
  for (const e of summary.endings) rows.push([summary.scenario, summary.storyVersion, summary.startPart, null, 'ending', e.id, e.count, finished, finished ? Math.round((e.count / finished) * 100) : 0, null, null, null, null, null]);
  return [SUMMARY_CSV_COLUMNS.join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\r\n') + '\r\n';
}
