/** `permanence verify`: a verdict per log file; exit 0 all verified, 1 any diverges, 2 any invalid. */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadScenario, nodeLookup } from '../content/loadStoriesNode';
import type { ScenarioLookup } from '../content/scenarioBundle';
import { describeVersionedVerdict, verifyOwnVersionText, type VersionedVerdict } from '../log/verifyOwnVersion';
import { MAX_LOG_BYTES } from '../log/importLog';

function verifyFile(file: string, lookup: ScenarioLookup): VersionedVerdict {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return { kind: 'invalid', field: '(file)', reason: 'cannot be read: check the path' };
  }
  if (size > MAX_LOG_BYTES) {
    return { kind: 'invalid', field: '(file)', reason: `is ${(size / 1024 / 1024).toFixed(1)} MB, larger than the ${MAX_LOG_BYTES / 1024 / 1024} MB a decision log can be` };
  }
  return verifyOwnVersionText(readFileSync(file, 'utf8'), lookup);
}

export function verifyCommand(args: string[]): number {
  const { values, positionals: files } = parseArgs({ args, allowPositionals: true, options: { story: { type: 'string', multiple: true } } });
  if (files.length === 0) {
    process.stderr.write('Name one or more log files: permanence verify log.json\n');
    return 2;
  }
  let worst = 0;
  // --story adds a story outside stories/ (for example one a trainer wrote in Inky).
  const lookup = nodeLookup((values.story ?? []).map((file) => loadScenario(file).bundle));
  for (const file of files) {
    const verdict = verifyFile(file, lookup);
    process.stdout.write(`${file}: ${describeVersionedVerdict(verdict)}\n`);
    worst = Math.max(worst, verdict.kind === 'verified' ? 0 : verdict.kind === 'invalid' ? 2 : 1);
  }
  return worst;
}
