/**
 * Finds and builds scenarios from ink source, for the CLI, the tests and the build:
 * compile, explore (for the score bounds and counts), and bundle.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as v from 'valibot';
import { CaseFileSchema, checkCaseFile, type CaseFile } from './caseFileSchema';
import { readFramework } from './readFramework';
import { mappableIds } from './checkFrameworkMap';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { compileInkFile } from '../story/compileInk';
import type { ExploreReport } from '../story/exploreStory';
import { cachedExplore } from './exploreCache';
import type { ScenarioBundle, ScenarioLookup } from './scenarioBundle';
import { archivedVersions, readArchivedBundle } from './storyArchive';
import { StoryRunner } from '../story/StoryRunner';

export const STORIES_DIR = resolve(import.meta.dirname, '../../stories');

export class StoryBuildError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** Scenario ids: the folders of stories/ that hold a main.ink. */
export function listScenarioIds(storiesDir = STORIES_DIR): string[] {
  if (!existsSync(storiesDir)) return [];
  return readdirSync(storiesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(storiesDir, d.name, 'main.ink')))
    .map((d) => d.name)
    .sort();
}

/** A scenario id or a path to an .ink file, to the file and the id it plays under. */
export function resolveStory(idOrPath: string, storiesDir = STORIES_DIR): { id: string; file: string } {
  if (idOrPath.endsWith('.ink')) {
    const file = resolve(idOrPath);
    const name = basename(file, '.ink') === 'main' ? basename(dirname(file)) : basename(file, '.ink');
    const id = name.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+/, '').slice(0, 64) || 'story';
    return { id, file };
  }
  return { id: idOrPath, file: join(storiesDir, idOrPath, 'main.ink') };
}

export interface BuiltScenario {
  bundle: ScenarioBundle;
  explored: ExploreReport;
  files: string[];
  warnings: string[];
}

export function buildScenario(idOrPath: string, storiesDir = STORIES_DIR): BuiltScenario {
  const { id, file } = resolveStory(idOrPath, storiesDir);
  if (!existsSync(file)) {
    const known = listScenarioIds(storiesDir);
    throw new StoryBuildError([`"${idOrPath}" is neither a scenario (${known.join(', ') || 'none found'}) nor an .ink file`]);
  }
  const compiled = compileInkFile(file);
  if (!compiled.ok) throw new StoryBuildError(compiled.errors);
  let explored: ExploreReport;
  try {
    explored = cachedExplore(compiled.json, compiled.version);
  } catch (err) {
    // A story that loops without end stops here, by the explorer's budgets, with the place named.
    throw new StoryBuildError([`${relative(process.cwd(), file)}: could not be explored: ${(err as Error).message}`]);
  }
  const runner = new StoryRunner(compiled.json);
  const info = runner.info();
  const caseFile = readCaseFile(join(dirname(file), 'casefile.json'), runner.variableNames);
  const framework = readFramework(file, mappableIds(explored), join(storiesDir, 'frameworks'));
  if (framework.problems.length > 0) throw new StoryBuildError(framework.problems.map((p) => `${p.where}: ${p.message}`));
  const bundle: ScenarioBundle = {
    id,
    version: compiled.version,
    info: { ...info, title: info.title || id },
    parts: explored.parts,
    decisions: explored.decisions,
    endings: explored.endings,
    words: compiled.words,
    bounds: explored.bounds,
    json: compiled.json,
    caseFile,
    framework: framework.framework,
  };
  const files = [...(caseFile ? [...compiled.files, join(dirname(file), 'casefile.json')] : compiled.files), ...framework.files];
  return { bundle, explored, files, warnings: compiled.warnings };
}

/** The case file beside a story, validated; a broken one fails the build with the reason. */
function readCaseFile(path: string, storyVariables: readonly string[]): CaseFile | null {
  if (!existsSync(path)) return null;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new StoryBuildError([`${path}: not valid JSON (${(err as Error).message})`]);
  }
  const result = v.safeParse(CaseFileSchema, data);
  if (!result.success) {
    throw new StoryBuildError(result.issues.map((i) => `${path}: ${v.getDotPath(i) ?? '(file)'} ${i.message}`));
  }
  const problems = checkCaseFile(result.output, storyVariables);
  if (problems.length > 0) throw new StoryBuildError(problems.map((p) => `${path}: ${p}`));
  return result.output;
}

const cache = new Map<string, BuiltScenario>();

/** Built once per process: exploring a long case takes a moment. */
export function loadScenario(idOrPath: string): BuiltScenario {
  let built = cache.get(idOrPath);
  if (!built) {
    built = buildScenario(idOrPath);
    cache.set(idOrPath, built);
  }
  return built;
}

/**
 * Looks scenarios up by id for verification, building those under stories/ on demand; with a
 * version, that version from the current build or the archive (stories/<id>/versions/).
 */
export function nodeLookup(extra: ScenarioBundle[] = []): ScenarioLookup {
  const archived = new Map<string, ScenarioBundle | undefined>();
  return (id: string, version?: string): ScenarioBundle | undefined => {
    const given = extra.find((b) => b.id === id && (version === undefined || b.version === version));
    if (given) return given;
    if (!listScenarioIds().includes(id)) return undefined;
    const current = loadScenario(id).bundle;
    if (version === undefined || version === current.version) return current;
    const key = `${id}/${version}`;
    if (!archived.has(key)) archived.set(key, readArchivedBundle(id, version));
    return archived.get(key);
  };
}

/** Every version of a shipped scenario this checkout can play: the current one first, then the archive. */
export function nodeVersionsOf(id: string): string[] {
  if (!listScenarioIds().includes(id)) return [];
  const current = loadScenario(id).bundle.version;
  return [current, ...archivedVersions(id).filter((v) => v !== current)];
}
