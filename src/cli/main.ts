/**
 * `permanence`: the command-line tools for authors, trainers and assessors.
 * Every command that takes a scenario also takes a path to an .ink file.
 */
import { lintCommand } from './lintCommand';
import { exploreCommand } from './exploreCommand';
import { playCommand } from './playCommand';
import { verifyCommand } from './verifyCommand';
import { replayCommand } from './replayCommand';
import { archiveCommand } from './archiveCommand';
import { auditCommand } from './auditCommand';
import { StoryBuildError } from '../content/loadStoriesNode';
import { print, printError } from './terminalText';

const USAGE = `permanence: tools for the permanence case simulations

  permanence lint [scenario | file.ink ...]       check stories against the tag contract (all by default)
  permanence explore <scenario | file.ink> [--part N] [--json]  walk every path (from part N's shared start): endings, dead ends, counts, score bounds
  permanence play <scenario | file.ink> [--part N] [--choices 0,2,1] [--seed N] [--reasons TEXT] [--participant NAME] [--out log.json]
  permanence verify <log.json>... [--story file.ink]  replay logs against the stories (exit 0 verified, 1 diverges or other story version, 2 invalid)
  permanence replay <log.json | replay code>      print the transcript with each decision and its effect
  permanence audit [scenario | file.ink ...] [--json]  the formula check: does the best option give itself away? random and formula players, best play's endings, goals
  permanence archive [scenario ...] [--check]     keep the current version of each story in stories/<case>/versions/ (run before every release)
`;

const commands: Record<string, (args: string[]) => Promise<number> | number> = {
  lint: lintCommand,
  explore: exploreCommand,
  play: playCommand,
  verify: verifyCommand,
  replay: replayCommand,
  archive: archiveCommand,
  audit: auditCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    print(USAGE);
    return name ? 0 : 2;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    printError(`Unknown command "${name}".\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (err) {
    if (err instanceof StoryBuildError) {
      printError(`${err.problems.join('\n')}\n`);
      return 1;
    }
    printError(`permanence ${name}: ${(err as Error).message}\n`);
    return 2;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
