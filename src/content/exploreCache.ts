/**
 * Exhaustive exploration of a long case takes minutes of inkjs time, and the build, the
 * linter, `permanence explore` and the tests all need it: the report is kept on disk, keyed by
 * the story's version (a hash of the compiled JSON) and the explorer's own version. The one
 * exploration walks from the beginning and from every part's shared start, sharing its memo,
 * so `explore --part N` reads its part from here. The state graph the audit walks is kept
 * beside the report in a file of its own, so the build and the linter do not read it; one
 * exploration writes both.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exploreStory, type ExploreReport } from '../story/exploreStory';
import type { StoryGraph } from '../story/storyGraph';

/** Raise when the explorer's output changes, so old reports are not reused. */
const EXPLORER_VERSION = 6;
/** Raise when the state graph's shape changes (story/storyGraph.ts). */
const GRAPH_VERSION = 2;
const CACHE_DIR = resolve(import.meta.dirname, '../../node_modules/.cache/permanence-explore');

const reportFile = (storyVersion: string) => join(CACHE_DIR, `${storyVersion}-v${EXPLORER_VERSION}.json`);
const graphFile = (storyVersion: string) => join(CACHE_DIR, `${storyVersion}-v${EXPLORER_VERSION}-graph${GRAPH_VERSION}.json`);

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null; // Not there yet (or unreadable).
  }
}

/** Explores with the graph and keeps both the report and the graph for next time. */
function exploreAndKeep(compiledJson: string, storyVersion: string): ExploreReport & { graph: StoryGraph } {
  const explored = exploreStory(compiledJson, { graph: true, sharedStarts: true }) as ExploreReport & { graph: StoryGraph };
  const { graph, ...report } = explored;
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(reportFile(storyVersion), JSON.stringify(report));
    writeFileSync(graphFile(storyVersion), JSON.stringify(graph));
  } catch {
    // A read-only checkout still works, only more slowly.
  }
  return explored;
}

export function cachedExplore(compiledJson: string, storyVersion: string): ExploreReport {
  const known = readJson<ExploreReport>(reportFile(storyVersion));
  if (known) return known;
  const { graph: _graph, ...report } = exploreAndKeep(compiledJson, storyVersion);
  return report;
}

/** The report with the state graph, for the audit. */
export function cachedExploreGraph(compiledJson: string, storyVersion: string): ExploreReport & { graph: StoryGraph } {
  const report = readJson<ExploreReport>(reportFile(storyVersion));
  const graph = report ? readJson<StoryGraph>(graphFile(storyVersion)) : null;
  if (report && graph) return { ...report, graph };
  return exploreAndKeep(compiledJson, storyVersion);
}
