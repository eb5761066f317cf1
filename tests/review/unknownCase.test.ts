import { describe, expect, it } from 'vitest';
import { drivePlay, pathChooser } from '../../src/engine/drivePlay';
import { VersionStore } from '../../src/content/versionStore';
import type { ScenarioSummary } from '../../src/content/scenarioBundle';
import { decisionAreas } from '../../src/content/decisionAreas';
import { reviewOfSource } from '../../src/review/reviewOfSource';
import { GroupIntake } from '../../src/plenary/groupIntake';
import { logToJson } from '../../src/log/exportLog';
import { fixtureBundle } from '../helpers/fixtures';

const PROTOTYPE_NAMES = ['constructor', 'tostring', 'hasownproperty', 'valueof'];

/** The browser's lookup, over plain objects as virtual:scenarios gives them. */
function browserStore(): VersionStore {
  const bundle = fixtureBundle();
  return new VersionStore([{ id: bundle.id, version: bundle.version } as ScenarioSummary], { [bundle.id]: async () => bundle }, {});
}

const logFor = (scenario: string) => ({ ...drivePlay({ bundle: fixtureBundle(), seed: 2, participant: 'Sam' }, pathChooser([0, 0, 0, 0, 0])).log, scenario });

describe('a case id that is also a name on Object.prototype', () => {
  it('is an unknown case to the review, with the same message as any other unknown case', async () => {
    const store = browserStore();
    for (const id of ['constructor', 'no-such-case']) {
      expect(await store.ensureVersion(id)).toBe(false);
      expect(store.lookup(id)).toBeUndefined();
      expect(store.versionsOf(id)).toEqual([]);
      const prepared = reviewOfSource({ kind: 'log', log: logFor(id) }, null, store.lookup(id) ?? null, store.currentVersion(id));
      expect(prepared.ok && prepared.model.verdict).toMatchObject({ kind: 'invalid', text: expect.stringContaining(`"${id}" is not a scenario this game has`) });
    }
  });

  it('is an unknown case to the plenary', () => {
    const intake = new GroupIntake(browserStore().lookup);
    const added = intake.addLogText('constructor.json', logToJson(logFor('constructor')));
    expect(added).toMatchObject({ kind: 'invalid', detail: expect.stringContaining('"constructor" is not a') });
  });

  it('opens for review a log of a known case whose decision id was edited to "constructor", as not verified', () => {
    const log = logFor(fixtureBundle().id);
    const n = log.entries.findIndex((e) => e.decision !== null);
    log.entries[n]!.decision = 'constructor';
    const prepared = reviewOfSource({ kind: 'log', log }, null, fixtureBundle());
    expect(prepared.ok && prepared.model.verdict.kind).toBe('diverges');
    expect(prepared.ok && prepared.model.decisions.find((d) => d.id === 'constructor')?.areas).toEqual([]);
  });

  it('maps no decision named after an Object.prototype member to a framework area', () => {
    const framework = fixtureBundle().framework!;
    for (const id of PROTOTYPE_NAMES.concat(['__proto__', 'toString'])) expect(decisionAreas(framework, id)).toEqual([]);
  });
});
