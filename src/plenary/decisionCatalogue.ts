/**
 * What the decision walk shows for each decision the group reached: its part, the
 * discussion prompt, the situation, and every option with its effect, rationale,
 * reference and stance, read from the story by replaying a few of the group's paths.
 * Replays are few: a participant's path is walked only when it reaches a decision (or
 * chooses an option) not seen on an earlier walk.
 *
 * Options can depend on earlier choices, so a decision's options are the union of those
 * offered on the walked paths, matched by their text.
 */
import type { ScenarioBundle } from '../content/scenarioBundle';
import { runnerFor } from '../log/verifyLog';
import { parsePart } from '../story/tagContract';
import type { Participant } from './participant';
import { walkPath, type OptionInfo } from './replayPath';

export interface DecisionContext {
  id: string;
  part: string | null;
  prompt: string | null;
  situation: string;
  options: OptionInfo[];
}

export type Catalogue = Map<string, DecisionContext>;

function isKnown(catalogue: Catalogue, p: Participant): boolean {
  return p.picks.every((pick) => catalogue.get(pick.decision)?.options.some((o) => o.text === pick.text));
}

export function buildCatalogue(bundle: ScenarioBundle, participants: readonly Participant[]): Catalogue {
  const catalogue: Catalogue = new Map();
  const runner = runnerFor(bundle);
  for (const p of participants) {
    if (isKnown(catalogue, p)) continue;
    const walked = walkPath(runner, p.seed, p.currentPath);
    for (const point of walked.points) {
      if (point.decision === null) continue;
      const known = catalogue.get(point.decision);
      if (!known) {
        catalogue.set(point.decision, { id: point.decision, part: point.part, prompt: point.prompt, situation: point.situation, options: point.options });
        continue;
      }
      for (const option of point.options) if (!known.options.some((o) => o.text === option.text)) known.options.push(option);
    }
  }
  return catalogue;
}

/**
 * Story order: by part, then by where the decision falls, on average, in the sequence of
 * decisions of the participants who reached it (branches interleave within a part).
 */
export function storyOrder(catalogue: Catalogue, participants: readonly Participant[]): DecisionContext[] {
  const positions = new Map<string, number[]>();
  for (const p of participants) {
    p.picks.forEach((pick, i) => positions.set(pick.decision, [...(positions.get(pick.decision) ?? []), i]));
  }
  const mean = (id: string) => {
    const xs = positions.get(id) ?? [];
    return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Infinity;
  };
  const partNumber = (d: DecisionContext) => (d.part === null ? 0 : parsePart(d.part).number);
  return [...catalogue.values()]
    .filter((d) => positions.has(d.id))
    .sort((a, b) => partNumber(a) - partNumber(b) || mean(a.id) - mean(b.id) || a.id.localeCompare(b.id));
}
