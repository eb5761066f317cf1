/** The practice framework's areas a decision exercises, the primary first, as the framework names them. */
import type { ScenarioFramework } from './frameworkSchema';

export interface DecisionArea {
  id: string;
  title: string;
}

/** Empty where the story has no framework table or the decision is not in it (archived versions have none). */
export function decisionAreas(framework: ScenarioFramework | null | undefined, decision: string): DecisionArea[] {
  if (!framework) return [];
  // hasOwn: a log's id such as "constructor" must not find Object.prototype's.
  const areas = Object.hasOwn(framework.decisions, decision) ? framework.decisions[decision]! : [];
  return areas.map(({ area }) => ({
    id: area,
    title: framework.areas.find((a) => a.id === area)?.title ?? area,
  }));
}
