/**
 * verifyLog, saying which story version the verdict is against: an older log is replayed on
 * its own archived version (verifyLog looks it up), and the verdict names it.
 */
import type { ScenarioLookup } from '../content/scenarioBundle';
import { describePlayedVersion, playedVersion, type PlayedVersion } from '../content/storyVersions';
import type { DecisionLog } from './logSchema';
import { describeVerdict, verifyLog, type Verdict } from './verifyLog';
import { importLogText } from './importLog';

/** A verdict, with the version checked against where the log could be replayed at all. */
export type VersionedVerdict = Verdict & { version?: PlayedVersion };

export function verifyOwnVersion(log: DecisionLog, lookup: ScenarioLookup): VersionedVerdict {
  const verdict = verifyLog(log, lookup);
  if (verdict.kind !== 'verified' && verdict.kind !== 'diverges') return verdict;
  const version = playedVersion(lookup, log.scenario, log.storyVersion);
  return version ? { ...verdict, version } : verdict;
}

export function verifyOwnVersionText(text: string, lookup: ScenarioLookup): VersionedVerdict {
  const imported = importLogText(text);
  if (!imported.ok) return { kind: 'invalid', field: imported.field, reason: imported.reason };
  return verifyOwnVersion(imported.log, lookup);
}

/** describeVerdict, followed by the version where it is not the current one. */
export function describeVersionedVerdict(verdict: VersionedVerdict): string {
  const text = describeVerdict(verdict);
  return verdict.version && !verdict.version.current ? `${text} (${describePlayedVersion(verdict.version)})` : text;
}
