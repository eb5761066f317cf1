/** `permanence explore`: exhaustive walk of a story's choice graph, with states merged. */
import { existsSync } from 'node:fs';
import { listScenarioIds, resolveStory, StoryBuildError } from '../content/loadStoriesNode';
import { compileInkFile } from '../story/compileInk';
import { cachedExplore } from '../content/exploreCache';
import { StoryRunner } from '../story/StoryRunner';
import { print, printError } from './terminalText';
import { parseArgs } from 'node:util';
import { tagsInCompiledStory } from '../story/lintStory';
import { partTagValues, refuseStartPart, storyParts } from '../story/sharedStarts';

export function exploreCommand(args: string[]): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, part: { type: 'string' } } });
  const json = values.json === true;
  const target = positionals[0];
  if (!target) {
    printError('Name a scenario or an .ink file: permanence explore bradley [--part N] [--json]\n');
    return 2;
  }
  const { id, file } = resolveStory(target);
  if (!existsSync(file)) throw new StoryBuildError([`"${target}" is neither a scenario (${listScenarioIds().join(', ')}) nor an .ink file`]);
  const compiled = compileInkFile(file);
  if (!compiled.ok) throw new StoryBuildError(compiled.errors);
  const startPart = values.part === undefined ? 1 : Number(values.part);
  const runner = new StoryRunner(compiled.json);
  const refused = refuseStartPart(startPart, storyParts(partTagValues(tagsInCompiledStory(compiled.json))), (n) => runner.hasSharedStart(n));
  if (refused) {
    printError(`--part ${values.part}: ${refused}\n`);
    return 2;
  }
  // One exploration, kept on disk for this version of the story, answers the beginning and every
  // part's shared start; the time printed is how long that walk took when it ran.
  const whole = cachedExplore(compiled.json, compiled.version);
  const part = startPart > 1 ? whole.starts?.[String(startPart)] : undefined;
  if (startPart > 1 && !part) throw new Error(`the exploration kept for this story has no report for part ${startPart}: delete node_modules/.cache/permanence-explore and run the command again`);
  const explored = part ? { ...part, unreachable: [] as string[] } : whole;
  const seconds = explored.seconds;
  const bundle = { id, version: compiled.version, words: compiled.words, info: runner.info() };
  const report = {
    scenario: bundle.id,
    version: bundle.version,
    startPart,
    decisions: explored.decisions,
    endings: explored.endings,
    unreachable: explored.unreachable,
    deadEnds: explored.deadEnds,
    words: bundle.words,
    bounds: explored.bounds,
    parts: explored.parts,
    states: explored.states,
    problems: explored.problems,
    seconds,
  };
  if (json) {
    print(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const b = explored.bounds;
    print([
      `${bundle.info.title || bundle.id} (${bundle.id}, version ${bundle.version})${startPart > 1 ? `, from the shared starting point of part ${startPart}` : ''}`,
      `  parts:       ${explored.parts.join(' | ') || '(none)'}`,
      `  decisions:   ${explored.decisions}`,
      `  endings:     ${explored.endings.length} (${explored.endings.join(', ')})`,
      `  words:       ${bundle.words}`,
      `  bounds:      permanence ${b.permanence.min}..${b.permanence.max}, contact ${b.contact.min}..${b.contact.max}, disruption ${b.disruption.min}..${b.disruption.max}`,
      `  unreachable: ${explored.unreachable.length === 0 ? 'none' : explored.unreachable.join(', ')}`,
      `  dead ends:   ${explored.deadEnds.length === 0 ? 'none' : explored.deadEnds.map((d) => `after ${d.path.join(',')}`).join('; ')}`,
      `  states:      ${explored.states} distinct, explored in ${seconds} s${startPart > 1 ? ' (beyond the states met from the beginning)' : ''}`,
      '',
    ].join('\n'));
  }
  return explored.unreachable.length > 0 || explored.deadEnds.length > 0 || explored.problems.length > 0 ? 1 : 0;
}
