/** What a log's CSV rows read from its story: the framework areas and the options offered (one walk), or null when the story is another version. */
import type { ScenarioBundle } from '../content/scenarioBundle';
import type { CsvStory } from './exportLog';
import type { DecisionLog } from './logSchema';
import { offeredOptions } from './offeredOptions';
import { runnerFor } from './verifyLog';

export function csvStoryOf(log: DecisionLog, bundle: ScenarioBundle | null | undefined): CsvStory | null {
  if (!bundle || bundle.id !== log.scenario || bundle.version !== log.storyVersion) return null;
  return { framework: bundle.framework, offered: offeredOptions(runnerFor(bundle), log) };
}
