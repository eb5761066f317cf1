/** `permanence replay`: the transcript of a log or a replay code, with each decision's effect. */
import { existsSync } from 'node:fs';
import { listScenarioIds, loadScenario, nodeLookup, nodeVersionsOf } from '../content/loadStoriesNode';
import { describePlayedVersion, versionForPrefix } from '../content/storyVersions';
import { decodeReplayCode } from '../log/replayCode';
import { importLogText } from '../log/importLog';
import { startPartOf } from '../log/logSchema';
import { replayView } from '../engine/session';
import { runnerFor } from '../log/verifyLog';
import { formatDeltas } from './formatLog';
import { readLogFile } from './readLogFile';
import { print, printError } from './terminalText';

export function replayCommand(args: string[]): number {
  const source = args[0];
  if (!source) {
    printError('Give a log file or a replay code: permanence replay log.json\n');
    return 2;
  }
  let scenario: string;
  let seed: number;
  let path: number[];
  let startPart = 1;
  let findVersion: (versions: readonly string[]) => string | undefined;
  const reasons = new Map<number, string>();
  if (existsSync(source)) {
    const read = readLogFile(source);
    if (!read.ok) {
      printError(`${source}: ${read.reason}\n`);
      return 2;
    }
    const imported = importLogText(read.text);
    if (!imported.ok) {
      printError(`${source}: ${imported.field} ${imported.reason}\n`);
      return 2;
    }
    const log = imported.log;
    const active = log.entries.filter((e) => e.reconsideredAt === null);
    active.forEach((e, i) => e.justification && reasons.set(i, e.justification));
    ({ scenario, seed } = log);
    startPart = startPartOf(log);
    path = active.map((e) => e.choice);
    findVersion = (versions) => versions.find((v) => v === log.storyVersion);
  } else {
    const decoded = decodeReplayCode(source);
    if (!decoded.ok) {
      printError(`"${source}" is neither a file nor a replay code: ${decoded.reason}\n`);
      return 2;
    }
    ({ scenario, seed, choices: path } = decoded.code);
    startPart = decoded.code.startPart ?? 1;
    const prefix = decoded.code.versionPrefix;
    findVersion = (versions) => versionForPrefix(versions, prefix);
  }
  if (!listScenarioIds().includes(scenario)) {
    printError(`"${scenario}" is not a scenario this game has (${listScenarioIds().join(', ')})\n`);
    return 2;
  }
  const current = loadScenario(scenario).bundle;
  // The version it was played on: the current one, or one kept in stories/<case>/versions/.
  const version = findVersion(nodeVersionsOf(scenario));
  const bundle = version === undefined ? undefined : nodeLookup()(scenario, version);
  if (!bundle) {
    printError(`This was played on a version of ${scenario} this game does not keep (it has ${current.version} and the archived versions in stories/${scenario}/versions/), so the transcript cannot be shown. Use the release it was played on.\n`);
    return 1;
  }
  if (bundle.version !== current.version) print(`(${describePlayedVersion({ version: bundle.version, current: false })}.)\n`);
  const runner = runnerFor(bundle);
  if (startPart > 1) {
    if (!runner.hasSharedStart(startPart)) {
      printError(`This game started at part ${startPart}, and this version of ${scenario} has no shared starting point for that part, so the transcript cannot be shown.\n`);
      return 1;
    }
    print(`(Started at part ${startPart} from the shared starting point.)\n`);
  }
  for (let step = 0; step <= path.length; step++) {
    const view = replayView(runner, seed, path.slice(0, step), startPart);
    const lines = view.passage.lines.filter((l) => l.text).map((l) => l.text);
    if (step === 0 || lines.length) print(`${lines.join('\n')}\n`);
    if (step === path.length) break;
    const choice = view.passage.choices[path[step]!];
    if (!choice) {
      printError(`Choice ${step + 1} (${path[step]}) is not offered at that point: the log does not replay.\n`);
      return 1;
    }
    const meta = view.passage.meta;
    print(`\n> ${choice.text}\n`);
    if (meta.decision) {
      print(`  [${meta.decision}] ${formatDeltas(choice.meta.deltas ?? { permanence: 0, contact: 0, disruption: 0 })}; stance: ${choice.meta.stance}\n  why: ${choice.meta.why}\n`);
      const written = reasons.get(step);
      if (written) print(`  reasons written: ${written}\n`);
    } else if (meta.reflect) {
      const written = reasons.get(step);
      print(`  [reflection ${meta.reflect}] ${meta.prompt ?? ''}\n  ${written ? `reflection written: ${written}` : 'no reflection text (a replay code carries none)'}\n`);
    }
    print('\n');
  }
  return 0;
}
