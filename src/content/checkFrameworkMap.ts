/**
 * Problems a schema cannot see in a case's framework table: every decision the story has is
 * mapped, every mapped id is one of its decisions, and every area is one the framework has.
 */
import type { StoryProblem } from '../story/checkPassage';
import type { FrameworkDefinition, FrameworkMap } from './frameworkSchema';

/**
 * The ids a table must map: every decision, and every activity once exploration reports them
 * (a story may mark an exercise `# activity: <id>` instead of `# decision: <id>`).
 */
export function mappableIds(explored: { decisionIds: readonly string[]; activityIds?: readonly string[] }): string[] {
  return [...new Set([...explored.decisionIds, ...(explored.activityIds ?? [])])];
}

/** `file` is the table's path as the author should read it; each problem names it and the id. */
export function checkFrameworkMap(
  map: FrameworkMap,
  framework: FrameworkDefinition,
  storyIds: readonly string[],
  file: string,
): StoryProblem[] {
  const problems: StoryProblem[] = [];
  const at = (message: string) => problems.push({ where: file, message });
  const areaIds = new Set(framework.areas.map((a) => a.id));
  const known = [...areaIds].join(', ');
  const inStory = new Set(storyIds);
  for (const id of storyIds) {
    if (!Object.hasOwn(map.decisions, id)) at(`decision "${id}" is not mapped: give it its primary area of ${framework.id} (${known})`);
  }
  for (const [id, areas] of Object.entries(map.decisions)) {
    if (!inStory.has(id)) at(`"${id}" is mapped but is not a decision in the story: correct the id or remove the row`);
    const seen = new Set<string>();
    for (const { area } of areas) {
      if (!areaIds.has(area)) at(`"${id}" maps to area "${area}", which ${framework.id} does not have (its areas: ${known})`);
      else if (seen.has(area)) at(`"${id}" maps to area "${area}" twice: give a different second area or remove it`);
      seen.add(area);
    }
  }
  return problems;
}
