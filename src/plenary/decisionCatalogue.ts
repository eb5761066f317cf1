/**
 * What the decision walk shows for each decision the group reached: its part, the
 * discussion prompt, the situation, and every option with its effect, rationale,
 * reference and stance, read from the story by replaying a few of the group's paths.
 * Each participant's path is walked once.
 *
 * Options can depend on earlier choices, so a decision's options are the union of those
 * offered on the walked paths, matched by their text. Each option's values (effects, the
 * panel's place) are read as in force on the path walked; where the panel's view of an option
 * differs between the group's paths, the decision says so rather than showing one of them.
 */
import type { ScenarioBundle } from '../content/scenarioBundle';
import { runnerFor } from '../log/verifyLog';
import { parsePart } from '../story/tagContract';
import type { Participant } from './participant';
import { walkPath, type OptionInfo } from './replayPath';
import type { DecisionKind } from '../decisions/kind';
import { decisionAreas, type DecisionArea } from '../content/decisionAreas';

export interface DecisionContext {
  id: string;
  /** An activity is a check with a right answer, not a decision. */
  kind: DecisionKind;
  /** The practice framework areas it exercises, the primary first. */
  areas: DecisionArea[];
  /** The panel's place or reasons for an option differ between the group's paths (they depend on the evidence). */
  panelDiffers: boolean;
  part: string | null;
  prompt: string | null;
  situation: string;
  options: OptionInfo[];
}

export type Catalogue = Map<string, DecisionContext>;

const panelView = (o: OptionInfo) => `${o.expertPlace ?? ''}|${o.expertWhy ?? ''}`;

export function buildCatalogue(bundle: ScenarioBundle, participants: readonly Participant[]): Catalogue {
  const catalogue: Catalogue = new Map();
  const runner = runnerFor(bundle);
  // Every participant's path is walked once (linear in the group): an option's panel view may
  // depend on what happened earlier, so one path's reading cannot stand for another's.
  for (const p of participants) {
    const walked = walkPath(runner, p.seed, p.currentPath, undefined, p.startPart);
    for (const point of walked.points) {
      if (point.decision === null) continue;
      const known = catalogue.get(point.decision);
      if (!known) {
        catalogue.set(point.decision, {
          id: point.decision, kind: point.kind, areas: decisionAreas(bundle.framework, point.decision), panelDiffers: false,
          part: point.part, prompt: point.prompt, situation: point.situation, options: point.options,
        });
        continue;
      }
      for (const option of point.options) {
        const same = known.options.find((o) => o.text === option.text);
        if (!same) known.options.push(option);
        else if (panelView(same) !== panelView(option)) known.panelDiffers = true;
      }
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
