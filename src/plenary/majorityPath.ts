/**
 * The group's majority path: the story played from the start, taking at each decision the
 * option most of the group chose there (counted over everyone who reached it, by the
 * option's text), and at a plain navigation choice the one most taken by those still on
 * the same route (or, when nobody took this route, the option most taken anywhere). Where
 * the majority's option is not offered on this route, the most chosen of those that are;
 * where nobody in the group chose any option offered at a decision, the path stops.
 */
import type { ScenarioBundle } from '../content/scenarioBundle';
import { runnerFor } from '../log/verifyLog';
import type { Participant } from './participant';
import { walkPath, type WalkedPath } from './replayPath';
import { splitAt, type DecisionSplit } from './decisionSplits';
import type { Catalogue } from './decisionCatalogue';

export function majorityPath(bundle: ScenarioBundle, catalogue: Catalogue, participants: readonly Participant[]): WalkedPath {
  const current = participants.filter((p) => !p.olderVersion);
  const splits = new Map<string, DecisionSplit>();
  const taken: number[] = [];
  const seed = current[0]?.seed ?? 0;
  // The group compared is of one starting part (analyseGroup): the path starts where they did.
  const startPart = current[0]?.startPart ?? participants[0]?.startPart ?? 1;
  return walkPath(runnerFor(bundle), seed, null, (point) => {
    let index: number | null = null;
    const context = point.decision === null ? undefined : catalogue.get(point.decision);
    if (point.decision !== null && context) {
      let split = splits.get(point.decision);
      if (!split) splits.set(point.decision, (split = splitAt(context, current)));
      const ranked = [...split.options].filter((o) => o.count > 0).sort((a, b) => b.count - a.count);
      index = ranked.map((o) => point.options.find((x) => x.text === o.text)).find((x) => x !== undefined)?.index ?? null;
    } else {
      // Navigation: among those whose route so far is this one, the choice most taken next.
      const votes = new Map<number, number>();
      for (const p of current) {
        if (p.currentPath.length > taken.length && taken.every((c, i) => p.currentPath[i] === c)) {
          const next = p.currentPath[taken.length]!;
          votes.set(next, (votes.get(next) ?? 0) + 1);
        }
      }
      const best = [...votes].filter(([i]) => i < point.options.length).sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
      index = best ? best[0] : mostTaken(point.options.map((o) => o.text), current);
    }
    if (index !== null) taken.push(index);
    return index;
  }, startPart);
}

/** The offered option whose text the group chose most often, anywhere on their routes (the first on a tie). */
function mostTaken(texts: readonly string[], participants: readonly Participant[]): number {
  const counts = texts.map((t) => participants.reduce((n, p) => n + p.choiceTexts.filter((c) => c === t).length, 0));
  return counts.indexOf(Math.max(...counts));
}
