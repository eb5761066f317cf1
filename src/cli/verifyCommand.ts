/** `permanence verify`: a verdict per log file; exit 0 all verified, 1 any diverges, 2 any invalid. */
import { parseArgs } from 'node:util';
import { loadScenario, nodeLookup } from '../content/loadStoriesNode';
import type { ScenarioLookup } from '../content/scenarioBundle';
import { describeVersionedVerdict, verifyOwnVersionText, type VersionedVerdict } from '../log/verifyOwnVersion';
import { describeTimeWarnings } from '../log/timeWarnings';
import { REPLAY_SCOPE_WORDS } from '../log/verifyLog';
import { readLogFile } from './readLogFile';
import { startPartOf } from '../log/logSchema';
import { print, printError } from './terminalText';

/** Never throws: a file that cannot be read or checked is a verdict of its own, and the batch goes on. */
function verifyFile(file: string, lookup: ScenarioLookup): VersionedVerdict {
  const read = readLogFile(file);
  if (!read.ok) return { kind: 'invalid', field: '(file)', reason: read.reason };
  try {
    return verifyOwnVersionText(read.text, lookup);
  } catch (error) {
    return { kind: 'invalid', field: '(file)', reason: `could not be checked (${(error as Error).message})` };
  }
}

export function verifyCommand(args: string[]): number {
  const { values, positionals: files } = parseArgs({ args, allowPositionals: true, options: { story: { type: 'string', multiple: true } } });
  if (files.length === 0) {
    printError('Name one or more log files: permanence verify log.json\n');
    return 2;
  }
  let worst = 0;
  // --story adds a story outside stories/ (for example one a trainer wrote in Inky).
  const lookup = nodeLookup((values.story ?? []).map((file) => loadScenario(file).bundle));
  for (const file of files) {
    const verdict = verifyFile(file, lookup);
    print(`${file}: ${describeVersionedVerdict(verdict)}\n`);
    const start = 'log' in verdict && verdict.log ? startPartOf(verdict.log) : 1;
    if (start > 1) print(`  started at part ${start} from the shared starting point, and replayed from there\n`);
    // Replay cannot check times; one that contradicts another is shown beside the verdict.
    for (const line of describeTimeWarnings(verdict.timeWarnings ?? [])) print(`  warning: ${line} (times are as the participant's device recorded them)\n`);
    worst = Math.max(worst, verdict.kind === 'verified' ? 0 : verdict.kind === 'invalid' ? 2 : 1);
  }
  // What a verdict covers, once under them all, so "verified" is not read as more than it is.
  print(`\n${REPLAY_SCOPE_WORDS}\n`);
  return worst;
}
