/**
 * `permanence archive [scenario ...] [--check]`: adds the current version of each story (all
 * by default) to stories/<case>/versions/, so logs, saved games and replay codes of this
 * release still verify and resume after the story is revised. Run before every release.
 * With --check it changes nothing and exits 1 when a current version is missing.
 */
import { parseArgs } from 'node:util';
import { relative } from 'node:path';
import { listScenarioIds, loadScenario } from '../content/loadStoriesNode';
import { archivedVersions, versionsDir, writeArchivedBundle } from '../content/storyArchive';
import { print, printError } from './terminalText';

export function archiveCommand(args: string[]): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { check: { type: 'boolean' } } });
  const ids = positionals.length > 0 ? positionals : listScenarioIds();
  const known = listScenarioIds();
  let missing = 0;
  for (const id of ids) {
    if (!known.includes(id)) {
      printError(`"${id}" is not a scenario under stories/ (${known.join(', ')}): only shipped stories are archived\n`);
      return 2;
    }
    const { bundle } = loadScenario(id);
    const where = relative(process.cwd(), versionsDir(id));
    if (values.check) {
      const present = archivedVersions(id).includes(bundle.version);
      if (!present) missing++;
      print(`${id} ${bundle.version}: ${present ? 'archived' : `MISSING from ${where}/ (run \`npm run cli -- archive ${id}\`)`}\n`);
      continue;
    }
    const added = writeArchivedBundle(bundle);
    print(`${id} ${bundle.version}: ${added ? `added to ${where}/` : 'already archived'}\n`);
  }
  return missing > 0 ? 1 : 0;
}
