declare module 'virtual:scenarios' {
  import type { ScenarioBundle, ScenarioSummary } from './scenarioBundle';
  export const scenarios: ScenarioSummary[];
  export const loaders: Record<string, () => Promise<ScenarioBundle>>;
}
