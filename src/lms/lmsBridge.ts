/**
 * The page's hook into an LMS. A SCORM package launches the game as
 * index.html?sco=<case>&scorm=<1.2|2004> (see scormManifest.ts): this finds the LMS's API,
 * opens that case, resumes it from the LMS's suspend data and reports it as it is played.
 * Outside an LMS (no API found) it returns null and the game is the standalone game.
 */
import type { ScenarioBundle, ScenarioSummary } from '../content/scenarioBundle';
import type { VersionStore } from '../content/versionStore';
import type { SavedSession } from '../engine/playMachine';
import type { DecisionLog } from '../log/logSchema';
import { offeredOptions, type OfferedOptions } from '../log/offeredOptions';
import { runnerFor } from '../log/verifyLog';
import type { KeyValueStorage, LoadResult } from '../persistence/sessionStore';
import { findScormApi, type ApiHost, type ScormVersion } from './findApi';
import { launchParameters } from './launchParameters';
import type { LmsAdapter } from './lmsAdapter';
import { LmsSession } from './lmsSession';
import { Scorm12Adapter } from './scorm12Adapter';
import { Scorm2004Adapter } from './scorm2004Adapter';

/** What a play session asks of the LMS (src/ui/playSession.ts). */
export interface LmsLink {
  /** What to resume from, given this browser's own save, and anything to tell the learner. */
  resume(local: LoadResult): { found: LoadResult; notice: string | null };
  /** Reports a saved snapshot; returns something to tell the learner, if anything. */
  report(saved: SavedSession | null): string | null;
}

export interface LmsBridge {
  /** The case this package's SCO is about: only its play sessions report to the LMS. */
  caseId: string;
  version: ScormVersion;
  /** Settles once the LMS's saved progress has been read (and, if need be, replayed). */
  ready: Promise<void>;
  link: LmsLink;
}

export function connectLms(
  win: Window,
  storage: KeyValueStorage | null,
  scenarios: readonly ScenarioSummary[],
  loaders: Readonly<Record<string, () => Promise<ScenarioBundle>>>,
  versions?: VersionStore,
): LmsBridge | null {
  const { caseId, version } = launchParameters(win.location.search, win.location.hash);
  const load = caseId && scenarios.some((s) => s.id === caseId) && Object.hasOwn(loaders, caseId) ? loaders[caseId] : undefined;
  if (!caseId || !load) return null;
  const found = findScormApi(win as unknown as ApiHost, version);
  if (!found) return null;
  const adapter: LmsAdapter = found.version === '1.2' ? new Scorm12Adapter(found.api) : new Scorm2004Adapter(found.api);
  // The options offered, for the interactions: the log's own version where this game keeps it.
  let current: ScenarioBundle | null = null;
  void load().then((b) => { current = b; }, () => undefined);
  const optionsOf = (log: DecisionLog): OfferedOptions | null => {
    const bundle = versions?.lookup(caseId, log.storyVersion) ?? current;
    return bundle && bundle.version === log.storyVersion ? offeredOptions(runnerFor(bundle), log) : null;
  };
  const session = new LmsSession(adapter, caseId, storage, undefined, optionsOf);
  if (!session.open()) return null;
  // The SCO opens straight into its case; a reload keeps whatever screen the address names.
  if (win.location.hash === '') win.history.replaceState(null, '', `#play/${caseId}`);
  win.addEventListener('pagehide', () => session.finish());
  let ready = false;
  return {
    caseId,
    version: found.version,
    ready: session.readProgress(versions ? loadByPrefix(versions, caseId, load) : load).finally(() => { ready = true; }),
    link: {
      resume: (local) => (ready ? session.resume(local) : { found: local, notice: null }),
      report: (saved) => session.report(saved),
    },
  };
}

/** The suspend data's choices form names a version by prefix: load that one (current or archived), else the current. */
function loadByPrefix(versions: VersionStore, caseId: string, current: () => Promise<ScenarioBundle>) {
  return async (prefix?: string): Promise<ScenarioBundle> => {
    const version = prefix === undefined ? undefined : versions.versionForPrefix(caseId, prefix);
    if (version === undefined || !(await versions.ensureVersion(caseId, version))) return current();
    return versions.lookup(caseId, version) ?? current();
  };
}
