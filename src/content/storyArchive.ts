/**
 * The archive of released story versions: stories/<case>/versions/<version>.json, each the
 * whole ScenarioBundle of that version (compiled ink, counts, bounds, case file), so a log,
 * a saved game or a replay code of an earlier release still plays, verifies and scores.
 * Content-addressed: the file name is the version, the hash of the compiled JSON it holds.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { storyVersion } from '../story/compileInk';
import type { ScenarioBundle } from './scenarioBundle';

/** The same folder as loadStoriesNode's STORIES_DIR (not imported: that module imports this one). */
const STORIES_DIR = resolve(import.meta.dirname, '../../stories');
const VERSION = /^[0-9a-f]{12}$/;
const SCENARIO_ID = /^[a-z0-9-]+$/;

export function versionsDir(id: string, storiesDir = STORIES_DIR): string {
  return join(storiesDir, id, 'versions');
}

/** The versions archived for a scenario, sorted (not by age: they are hashes). */
export function archivedVersions(id: string, storiesDir = STORIES_DIR): string[] {
  if (!SCENARIO_ID.test(id)) return [];
  const dir = versionsDir(id, storiesDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && VERSION.test(f.slice(0, -5)))
    .map((f) => f.slice(0, -5))
    .sort();
}

export class ArchiveError extends Error {}

/** Reads one archived bundle, checking it is what its name says; undefined when absent. */
export function readArchivedBundle(id: string, version: string, storiesDir = STORIES_DIR): ScenarioBundle | undefined {
  if (!SCENARIO_ID.test(id) || !VERSION.test(version)) return undefined;
  const file = join(versionsDir(id, storiesDir), `${version}.json`);
  if (!existsSync(file)) return undefined;
  const bundle = JSON.parse(readFileSync(file, 'utf8')) as ScenarioBundle;
  if (bundle.id !== id || bundle.version !== version || storyVersion(bundle.json) !== version) {
    throw new ArchiveError(`${file} does not hold version ${version} of "${id}": restore it from git, or delete it and run \`npm run cli -- archive\` on that release`);
  }
  return bundle;
}

/** Adds a bundle to the archive; false when that version was already there (never rewritten). */
export function writeArchivedBundle(bundle: ScenarioBundle, storiesDir = STORIES_DIR): boolean {
  const dir = versionsDir(bundle.id, storiesDir);
  const file = join(dir, `${bundle.version}.json`);
  if (existsSync(file)) return false;
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(bundle)}\n`);
  return true;
}
