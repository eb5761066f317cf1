declare module 'virtual:scenarios' {
  import type { ScenarioBundle, ScenarioSummary } from './scenarioBundle';
  export const scenarios: ScenarioSummary[];
  export const loaders: Record<string, () => Promise<ScenarioBundle>>;
}

declare module 'virtual:story-versions' {
  import type { ScenarioBundle } from './scenarioBundle';
  /** Per case, per version kept (current and archived), a loader of its own chunk. */
  export const archive: Record<string, Record<string, () => Promise<ScenarioBundle>>>;
}
