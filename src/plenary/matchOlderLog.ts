/**
 * A log from another version of the story cannot be verified, but most of it can still be
 * counted: the log's path is walked again through the current story, and each decision
 * the walk meets is matched to the log's entry with the same decision id (ids survive
 * rewording). The option is the one with the same text or, where the wording changed,
 * the one in the same place. Where the current story has a decision the log does not
 * (a renamed or new one), the walk goes on with the log's choice at the same step, and
 * that step is not counted. Decisions in the log that the walk never met are reported
 * to the trainer as not matched.
 */
import type { ScenarioBundle } from '../content/scenarioBundle';
import { startPartOf, type DecisionLog } from '../log/logSchema';
import { activeEntries, activePath } from '../log/activePath';
import { runnerFor } from '../log/verifyLog';
import type { DecisionPick, Participant, Source } from './participant';
import { walkPath, type ChoicePoint, type WalkedPath } from './replayPath';

export interface OlderMatch {
  participant: Participant;
  /** Decisions in the log, and how many of them were matched. */
  decisions: number;
  matched: number;
  walked: WalkedPath;
}

export function matchOlderLog(log: DecisionLog, bundle: ScenarioBundle, source: Source): OlderMatch {
  const active = activeEntries(log);
  const byId = new Map<string, number[]>();
  active.forEach((e, i) => {
    if (e.decision !== null && e.kind !== 'reflection') byId.set(e.decision, [...(byId.get(e.decision) ?? []), i]);
  });
  const used = new Set<number>();
  const picks: DecisionPick[] = [];
  const matchedByPlace: string[] = [];

  const choose = (point: ChoicePoint): number | null => {
    const candidate = point.decision === null ? undefined : byId.get(point.decision)?.find((i) => !used.has(i));
    if (candidate !== undefined && point.decision !== null) {
      const entry = active[candidate]!;
      const option = point.options.find((o) => o.text === entry.text) ?? point.options[entry.choice];
      if (option) {
        used.add(candidate);
        if (option.text !== entry.text) matchedByPlace.push(point.decision);
        const activity = point.kind === 'activity';
        picks.push({
          decision: point.decision, part: point.part, choice: option.index, text: option.text, deltas: option.deltas, stance: option.stance, judgement: null,
          kind: activity ? 'activity' : 'decision', correct: activity ? option.correct : null,
        });
        return option.index;
      }
    }
    // Not matched here: keep to the log's route with its choice at the same step.
    const entry = active[point.step];
    if (!entry) return null;
    const option = point.options.find((o) => o.text === entry.text) ?? point.options[entry.choice];
    return option ? option.index : null;
  };

  // An older version may have no shared start for the log's part: then nothing matches, and it is set aside.
  const startPart = startPartOf(log);
  const walked = startPart > 1 && !runnerFor(bundle).hasSharedStart(startPart)
    ? { points: [], taken: [], closing: [], ending: null, brokeAt: null }
    : walkPath(runnerFor(bundle), log.seed, null, choose, startPart);
  const decisionEntries = active.map((e, i) => ({ e, i })).filter(({ e }) => e.decision !== null && e.kind !== 'reflection');
  const unmatched = decisionEntries.filter(({ i }) => !used.has(i)).map(({ e }) => e.decision!);
  return {
    participant: {
      source, pseudonym: log.participant, cohort: log.cohort, scenario: log.scenario, storyVersion: log.storyVersion, seed: log.seed, startPart,
      path: activePath(log), currentPath: walked.taken, choiceTexts: walked.taken.map((index, step) => walked.points[step]!.options[index]!.text), picks, ending: null, scores: null, rescaled: false,
      olderVersion: true, unmatched, matchedByPlace,
    },
    decisions: decisionEntries.length,
    matched: used.size,
    walked,
  };
}
