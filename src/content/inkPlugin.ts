/**
 * Vite plugin: compiles stories/<id>/main.ink at build time (and on change in dev).
 *   virtual:scenarios       the catalogue (titles, parts, notes, score bounds) and a loader per scenario
 *   virtual:scenario/<id>   one compiled story, in its own chunk, loaded when that case is opened
 *   virtual:story-versions  a loader per archived version (stories/<id>/versions/<version>.json), each
 *                           its own chunk (virtual:archived/<id>/<version>), loaded only when a log,
 *                           a code or a saved game of that version is opened; the current version
 *                           maps to the case's own chunk, not a second copy
 * A compile or lint error names the file and line and fails the build.
 */
import type { Plugin } from 'vite';
import { buildScenario, listScenarioIds, STORIES_DIR, StoryBuildError, type BuiltScenario } from './loadStoriesNode';
import type { ScenarioSummary } from './scenarioBundle';
import { lintStory } from '../story/lintStory';
import { archivedVersions, readArchivedBundle, versionsDir } from './storyArchive';

const CATALOGUE = 'virtual:scenarios';
const SCENARIO = 'virtual:scenario/';
const VERSIONS = 'virtual:story-versions';
const ARCHIVED = 'virtual:archived/';

export function inkStories(storiesDir = STORIES_DIR): Plugin {
  const built = new Map<string, BuiltScenario>();
  const build = (id: string): BuiltScenario => {
    let scenario = built.get(id);
    if (!scenario) {
      scenario = buildScenario(id, storiesDir);
      const problems = lintStory(scenario.bundle.json, () => scenario!.explored).problems;
      if (problems.length > 0) throw new StoryBuildError(problems.map((p) => `stories/${id}: ${p.where}: ${p.message}`));
      built.set(id, scenario);
    }
    return scenario;
  };
  return {
    name: 'permanence-ink-stories',
    resolveId(source) {
      return source === CATALOGUE || source === VERSIONS || source.startsWith(SCENARIO) || source.startsWith(ARCHIVED) ? `\0${source}` : null;
    },
    load(id) {
      if (!id.startsWith('\0virtual:')) return null;
      try {
        if (id === `\0${CATALOGUE}`) {
          const summaries: ScenarioSummary[] = listScenarioIds(storiesDir).map((sid) => {
            const { bundle, files } = build(sid);
            for (const file of files) this.addWatchFile(file);
            const { json: _json, caseFile: _caseFile, framework: _framework, ...summary } = bundle;
            return summary;
          });
          const loaders = summaries.map((s) => `  ${JSON.stringify(s.id)}: () => import(${JSON.stringify(SCENARIO + s.id)}).then((m) => m.default),`).join('\n');
          return `export const scenarios = ${JSON.stringify(summaries)};\nexport const loaders = {\n${loaders}\n};\n`;
        }
        if (id === `\0${VERSIONS}`) {
          const entries = listScenarioIds(storiesDir).map((sid) => {
            const current = build(sid).bundle.version;
            this.addWatchFile(versionsDir(sid, storiesDir));
            const versions = [...new Set([current, ...archivedVersions(sid, storiesDir)])];
            const loaders = versions.map((v) => `    ${JSON.stringify(v)}: () => import(${JSON.stringify(v === current ? SCENARIO + sid : `${ARCHIVED}${sid}/${v}`)}).then((m) => m.default),`);
            return `  ${JSON.stringify(sid)}: {\n${loaders.join('\n')}\n  },`;
          });
          return `export const archive = {\n${entries.join('\n')}\n};\n`;
        }
        if (id.startsWith(`\0${ARCHIVED}`)) {
          const [sid = '', version = ''] = id.slice(`\0${ARCHIVED}`.length).split('/');
          const bundle = readArchivedBundle(sid, version, storiesDir);
          if (!bundle) throw new StoryBuildError([`stories/${sid}/versions/${version}.json is not in the archive`]);
          // Written as the current version's chunk is, so the two read alike in the build.
          return `export default ${JSON.stringify(bundle)};\n`;
        }
        const sid = id.slice(`\0${SCENARIO}`.length);
        const { bundle, files } = build(sid);
        for (const file of files) this.addWatchFile(file);
        return `export default ${JSON.stringify(bundle)};\n`;
      } catch (err) {
        const message = err instanceof StoryBuildError ? err.problems.join('\n') : (err as Error).message;
        this.error(`Story build failed:\n${message}`);
      }
    },
    watchChange(file) {
      if (file.endsWith('.ink') || file.endsWith('casefile.json') || file.endsWith('framework.json') || /[\\/]frameworks[\\/][^\\/]+\.json$/.test(file)) built.clear();
    },
  };
}
