/** Everything the plenary's views show for one case, computed once per change to the group. */
import type { ScenarioBundle } from '../content/scenarioBundle';
import { buildCatalogue, storyOrder, type Catalogue, type DecisionContext } from './decisionCatalogue';
import { decisionSplits, type DecisionSplit } from './decisionSplits';
import { pathFlow, type PathFlow } from './pathFlow';
import { scoreDistributions, type DimensionDistribution } from './scoreDistribution';
import type { Participant } from './participant';

export interface GroupAnalysis {
  bundle: ScenarioBundle;
  /** The part every play-through compared here started at (1: the beginning). */
  startPart: number;
  participants: Participant[];
  /** Participants whose play-through is on the current version (paths, scores, playing and comparing). */
  current: Participant[];
  catalogue: Catalogue;
  order: DecisionContext[];
  splits: DecisionSplit[];
  flow: PathFlow;
  scores: DimensionDistribution[];
}

/** `startPart`: only play-throughs that started at this part are compared (never a split of full games and part starts). */
export function analyseGroup(bundle: ScenarioBundle, participants: readonly Participant[], startPart = 1): GroupAnalysis {
  const list = participants.filter((p) => p.scenario === bundle.id && p.startPart === startPart);
  // Current-version participants first: their paths give the catalogue's walks.
  const current = list.filter((p) => !p.olderVersion);
  const catalogue = buildCatalogue(bundle, [...current, ...list.filter((p) => p.olderVersion)]);
  const order = storyOrder(catalogue, list);
  const splits = decisionSplits(order, list);
  return { bundle, startPart, participants: list, current, catalogue, order, splits, flow: pathFlow(splits, list), scores: scoreDistributions(current) };
}
