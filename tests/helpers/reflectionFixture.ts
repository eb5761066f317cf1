import { resolve } from 'node:path';
import { loadScenario } from '../../src/content/loadStoriesNode';
import type { ScenarioBundle } from '../../src/content/scenarioBundle';

/** A very short case with one decision and a reflection point (tests/fixtures/reflection-case). */
export const REFLECTION_FIXTURE = resolve(import.meta.dirname, '../fixtures/reflection-case/main.ink');

let bundle: ScenarioBundle | null = null;
export function reflectionBundle(): ScenarioBundle {
  bundle ??= loadScenario(REFLECTION_FIXTURE).bundle;
  return bundle;
}

export const lookupReflection = (id: string) => (id === 'reflection-case' ? reflectionBundle() : undefined);
