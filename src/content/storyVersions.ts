/**
 * Which version of a story a log, a code or a saved game was played on, among those this
 * game keeps: the current build and the archive (stories/<case>/versions/). Pure: the CLI,
 * the tests and the browser give it their own lookup and list of versions.
 */
import type { ScenarioLookup } from './scenarioBundle';

/** Every version of a scenario this game can play, the current one first; [] for an unknown id. */
export type VersionsOf = (id: string) => readonly string[];

export interface PlayedVersion {
  /** The 12-hex story version the log names. */
  version: string;
  /** Whether it is the version this game plays now (otherwise an archived, earlier one). */
  current: boolean;
}

/** The one version a replay code's 6-hex prefix names; undefined when none or (vanishingly rare) several match. */
export function versionForPrefix(versions: readonly string[], prefix: string): string | undefined {
  const matches = versions.filter((v) => v.startsWith(prefix.toLowerCase()));
  return matches.length === 1 ? matches[0] : undefined;
}

/** Whether a version is kept, and whether it is the current one; null when this game does not keep it. */
export function playedVersion(lookup: ScenarioLookup, id: string, version: string): PlayedVersion | null {
  const current = lookup(id);
  if (!current) return null;
  if (current.version === version) return { version, current: true };
  return lookup(id, version)?.version === version ? { version, current: false } : null;
}

/** For people: which version of the story, in a sentence without a full stop. */
export function describePlayedVersion(played: PlayedVersion): string {
  return played.current
    ? `played on the current version of the story (${played.version})`
    : `played on an earlier version of the story (${played.version}), kept by this game, and checked against that version`;
}
