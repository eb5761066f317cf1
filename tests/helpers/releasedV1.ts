/** A log from the first release (tests/fixtures/released-v1), as every reader imports it, with its archived story. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importLogText } from '../../src/log/importLog';
import { readArchivedBundle } from '../../src/content/storyArchive';
import type { DecisionLog } from '../../src/log/logSchema';
import type { ScenarioBundle } from '../../src/content/scenarioBundle';

export function releasedLog(name: string): { text: string; log: DecisionLog; bundle: ScenarioBundle } {
  const text = readFileSync(resolve(import.meta.dirname, '../fixtures/released-v1', name), 'utf8');
  const imported = importLogText(text);
  if (!imported.ok) throw new Error(`the v1 fixture ${name} did not import: ${imported.field} ${imported.reason}`);
  const bundle = readArchivedBundle(imported.log.scenario, imported.log.storyVersion);
  if (!bundle) throw new Error(`the story version ${imported.log.storyVersion} of ${name} is not archived`);
  return { text, log: imported.log, bundle };
}
