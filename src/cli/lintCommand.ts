/** `permanence lint`: every story (or those named) against the tag contract; exit 1 on any problem (warnings are printed, never fail). */
import { join } from 'node:path';
import { buildScenario, listScenarioIds, resolveStory, STORIES_DIR, StoryBuildError } from '../content/loadStoriesNode';
import { readFramework } from '../content/readFramework';
import { mappableIds } from '../content/checkFrameworkMap';
import { compileInkFile } from '../story/compileInk';
import { lintStory } from '../story/lintStory';
import { cachedExplore } from '../content/exploreCache';
import { checkNameRegister } from '../content/readNameRegister';
import { print, printError } from './terminalText';

export function lintCommand(args: string[]): number {
  const targets = args.length > 0 ? args : listScenarioIds();
  if (targets.length === 0) {
    printError('No stories found: put each case in stories/<id>/main.ink.\n');
    return 1;
  }
  let failed = 0;
  // Names and lines shared between cases (stories/names.json), checked once for every case.
  const nameProblems = targets.some((t) => !t.endsWith('.ink')) ? checkNameRegister() : [];
  for (const target of targets) {
    const { id, file } = resolveStory(target);
    const compiled = compileInkFile(file);
    if (!compiled.ok) {
      failed++;
      print(`✗ ${id}: does not compile\n${compiled.errors.map((e) => `  ${e}`).join('\n')}\n`);
      continue;
    }
    const { problems, warnings, explored } = lintStory(compiled.json, (json) => cachedExplore(json, compiled.version));
    // The framework table beside the story: every decision mapped, every id and area known.
    if (explored) problems.push(...readFramework(file, mappableIds(explored), join(STORIES_DIR, 'frameworks')).problems);
    if (!target.endsWith('.ink')) problems.push(...nameProblems.filter((p) => p.case === id).map(({ where, message }) => ({ where, message })));
    if (problems.length === 0 && !target.endsWith('.ink')) {
      try {
        buildScenario(target);
      } catch (err) {
        problems.push(...(err instanceof StoryBuildError ? err.problems : [(err as Error).message]).map((m) => ({ where: 'case file', message: m })));
      }
    }
    if (problems.length > 0) {
      failed++;
      print(`✗ ${id}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`);
      for (const p of problems) print(`  ${p.where}: ${p.message}\n`);
    } else {
      print(`✓ ${id}: ${explored?.decisions} decisions, ${explored?.endings.length} endings, ${compiled.words} words\n`);
    }
    for (const w of warnings) print(`  warning: ${w.where}: ${w.message}\n`);
  }
  return failed > 0 ? 1 : 0;
}
