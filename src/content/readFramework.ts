/**
 * Reads the framework table beside a story (framework.json) and the framework it names
 * (stories/frameworks/<id>.json), validated and checked against the story's decisions.
 * A story with no table has no framework; any problem names the file and the id.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { StoryProblem } from '../story/checkPassage';
import { checkFrameworkMap } from './checkFrameworkMap';
import { readJson, shown } from './readJsonFile';
import { FrameworkDefinitionSchema, FrameworkMapSchema, type ScenarioFramework } from './frameworkSchema';

export interface FrameworkRead {
  framework: ScenarioFramework | null;
  /** The files read, for a build to watch. */
  files: string[];
  problems: StoryProblem[];
}

/**
 * `storyFile` is the story's main .ink file; `storyIds` the decisions (and activities) it has;
 * `frameworksDir` holds the definitions (stories/frameworks), shared by every story.
 */
export function readFramework(storyFile: string, storyIds: readonly string[], frameworksDir: string): FrameworkRead {
  const tablePath = join(dirname(storyFile), 'framework.json');
  if (!existsSync(tablePath)) return { framework: null, files: [], problems: [] };
  const table = readJson(tablePath, FrameworkMapSchema);
  if ('problems' in table) return { framework: null, files: [tablePath], problems: table.problems };
  const definitionPath = join(frameworksDir, `${table.value.framework}.json`);
  if (!existsSync(definitionPath)) {
    return {
      framework: null,
      files: [tablePath],
      problems: [{ where: shown(tablePath), message: `framework "${table.value.framework}" has no definition: expected ${shown(definitionPath)}` }],
    };
  }
  const files = [tablePath, definitionPath];
  const definition = readJson(definitionPath, FrameworkDefinitionSchema);
  if ('problems' in definition) return { framework: null, files, problems: definition.problems };
  const problems: StoryProblem[] = [];
  const def = definition.value;
  if (def.id !== table.value.framework) problems.push({ where: shown(definitionPath), message: `its id "${def.id}" differs from its file name: name the file ${def.id}.json` });
  const areaIds = def.areas.map((a) => a.id);
  for (const [n, areaId] of areaIds.entries()) {
    if (areaIds.indexOf(areaId) !== n) problems.push({ where: shown(definitionPath), message: `area "${areaId}" is listed twice` });
  }
  problems.push(...checkFrameworkMap(table.value, def, storyIds, shown(tablePath)));
  if (problems.length > 0) return { framework: null, files, problems };
  const framework: ScenarioFramework = {
    id: def.id, title: def.title, publisher: def.publisher, year: def.year, status: def.status,
    areas: def.areas,
    decisions: table.value.decisions,
  };
  return { framework, files, problems };
}
