/**
 * verifyLog, saying which story version the verdict is against: an older log is replayed on
 * its own archived version (verifyLog looks it up), and the verdict names it.
 */
import type { ScenarioLookup } from '../content/scenarioBundle';
import { describePlayedVersion, playedVersion, type PlayedVersion } from '../content/storyVersions';
import type { DecisionLog } from './logSchema';
import { describeVerdict, unreadable, verifyLog, type ReplayNotes, type Verdict, type VerifyResult } from './verifyLog';
import { importLogText } from './importLog';

/** A verdict, with the version checked against where the log could be replayed at all (and, once replayed, its notes). */
export type VersionedVerdict = Verdict & Partial<ReplayNotes> & { version?: PlayedVersion };

/** What verifyOwnVersion answers: always with the notes. */
export type VersionedResult = VerifyResult & { version?: PlayedVersion };

export function verifyOwnVersion(log: DecisionLog, lookup: ScenarioLookup, now: Date = new Date()): VersionedResult {
  const verdict = verifyLog(log, lookup, now);
  if (verdict.kind !== 'verified' && verdict.kind !== 'diverges') return verdict;
  const version = playedVersion(lookup, log.scenario, log.storyVersion);
  return version ? { ...verdict, version } : verdict;
}

export function verifyOwnVersionText(text: string, lookup: ScenarioLookup, now: Date = new Date()): VersionedResult {
  const imported = importLogText(text);
  if (!imported.ok) return unreadable(imported.field, imported.reason);
  return verifyOwnVersion(imported.log, lookup, now);
}

/** describeVerdict, followed by the version where it is not the current one. */
export function describeVersionedVerdict(verdict: VersionedVerdict): string {
  const text = describeVerdict(verdict);
  return verdict.version && !verdict.version.current ? `${text} (${describePlayedVersion(verdict.version)})` : text;
}
