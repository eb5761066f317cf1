import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadScenario } from '../../src/content/loadStoriesNode';
import type { ScenarioBundle } from '../../src/content/scenarioBundle';
import { compileInkFile } from '../../src/story/compileInk';

export const FIXTURE = resolve(import.meta.dirname, '../fixtures/test-case/main.ink');

export function fixtureBundle(): ScenarioBundle {
  return loadScenario(FIXTURE).bundle;
}

export const lookupFixture = (id: string) => (id === 'test-case' ? fixtureBundle() : undefined);

/** Writes ink files to a fresh temporary folder and returns the main file's path. */
export function writeInk(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'permanence-ink-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return join(dir, Object.keys(files)[0]!);
}

export function compileSource(source: string): string {
  const result = compileInkFile(writeInk({ 'main.ink': source }));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.json;
}

/** A well-formed decision choice, with the given label and effects. */
export function choice(label: string, dims = '# permanence: +1 # contact: 0 # disruption: -1', extra = ''): string {
  return `* [${label} ${dims} # why: because # ref: Practice Standards # stance: with${extra}]`;
}
