/**
 * Exhaustive exploration of a long case takes a minute of inkjs time, and the build, the
 * linter and the tests all need it: the report is kept on disk, keyed by the story's
 * version (a hash of the compiled JSON) and the explorer's own version.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exploreStory, type ExploreReport } from '../story/exploreStory';

/** Raise when the explorer's output changes, so old reports are not reused. */
const EXPLORER_VERSION = 1;
const CACHE_DIR = resolve(import.meta.dirname, '../../node_modules/.cache/permanence-explore');

export function cachedExplore(compiledJson: string, storyVersion: string): ExploreReport {
  const file = join(CACHE_DIR, `${storyVersion}-v${EXPLORER_VERSION}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ExploreReport;
  } catch {
    // Not there yet (or unreadable): explore and keep the report for next time.
  }
  const report = exploreStory(compiledJson);
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(file, JSON.stringify(report));
  } catch {
    // A read-only checkout still works, only more slowly.
  }
  return report;
}
