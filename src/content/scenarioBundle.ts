/** A compiled scenario as the game and the tools load it. */
import type { StoryInfo } from '../story/tagContract';
import type { DimensionBounds } from '../story/exploreStory';
import type { CaseFile } from './caseFileSchema';
import type { ScenarioFramework } from './frameworkSchema';

export interface ScenarioSummary {
  id: string;
  /** Hash of the compiled story: a log names the version it was played on. */
  version: string;
  info: StoryInfo;
  parts: string[];
  decisions: number;
  endings: string[];
  words: number;
  /** Lowest and highest totals over all complete paths: the scale for 0-100 scores. */
  bounds: DimensionBounds;
}

export interface ScenarioBundle extends ScenarioSummary {
  /** Compiled ink JSON. */
  json: string;
  /** The case file (stories/<id>/casefile.json), when the scenario has one. */
  caseFile: CaseFile | null;
  /**
   * The practice framework and the areas each decision exercises (stories/<id>/framework.json),
   * for the debrief, review, plenary, CSV and xAPI to show; null when the story has no table.
   */
  framework: ScenarioFramework | null;
}

/**
 * Finds scenarios by id; the CLI, the tests and the browser each supply their own. Without a
 * version, the current one; with one, that version (current or archived) or undefined.
 */
export type ScenarioLookup = (id: string, version?: string) => ScenarioBundle | undefined;
