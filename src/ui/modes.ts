/**
 * The trainer's and assessor's modes: each is a screen of its own at #<mode>, loaded only
 * when opened so a participant's first choice never waits for them. A mode draws into the
 * root it is given and returns a function that takes it down again.
 */
import type { ScenarioBundle, ScenarioSummary } from '../content/scenarioBundle';
import type { VersionStore } from '../content/versionStore';

export interface ModeContext {
  scenarios: readonly ScenarioSummary[];
  loaders: Readonly<Record<string, () => Promise<ScenarioBundle>>>;
  /** Every version of each case this game keeps: call ensureVersion before verifying or reviewing an older log. */
  versions: VersionStore;
  /** Back to the case list. */
  leave: () => void;
}

export interface Mode {
  /** The page title while the mode is open. */
  title: string;
  mount: (root: HTMLElement, context: ModeContext) => () => void;
}

/** Each entry: the address (#name) and how to load the mode. */
export const modes: Record<string, () => Promise<Mode>> = {
  plenary: () => import('./plenary/plenaryMode').then((m) => m.plenaryMode),
  review: () => import('./review/reviewMode').then((m) => m.reviewMode),
};
