/**
 * `permanence play`: the case in the terminal. Interactive without --choices; with
 * --choices it follows the given indices (0 = the first option shown at each point).
 */
import { createInterface } from 'node:readline/promises';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createActor } from 'xstate';
import { loadScenario } from '../content/loadStoriesNode';
import { playMachine } from '../engine/playMachine';
import { answerChoice, drivePlay, pathChooser, type Chooser } from '../engine/drivePlay';
import type { SessionView } from '../engine/session';
import { SCORES_ARE_PROMPTS } from '../scoring/bands';
import { formatDeltas, formatScores } from './formatLog';
import { replayCodeOfLog } from '../log/replayCode';
import type { DecisionLog } from '../log/logSchema';
import { print, printError, terminalText } from './terminalText';
import { StoryRunner } from '../story/StoryRunner';
import { refuseStartPart, storyParts } from '../story/sharedStarts';

function describeChoices(view: SessionView): string {
  const meta = view.passage.meta;
  const notes = [meta.rank && 'rank every option', meta.balance && 'weigh every option', meta.justify && 'give your reasons'].filter(Boolean);
  const head = meta.decision ? `\n[decision ${meta.decision}${notes.length ? `: ${notes.join(', ')}` : ''}]\n`
    : meta.reflect ? `\n[reflection ${meta.reflect}: write your reflection]\n${meta.prompt ?? ''}\n` : '\n';
  return head + view.passage.choices.map((c) => `  ${c.index}) ${c.text}${c.meta.justify ? ' (asks for reasons)' : ''}`).join('\n') + '\n';
}

function finish(log: DecisionLog, out: string | undefined): void {
  print(`\n— ${log.ending ? `Ending: ${log.ending.outcome} (${log.ending.id})` : 'The case is not finished.'}\n\n${formatScores(log)}\n\n${SCORES_ARE_PROMPTS}\n`);
  if (out) {
    writeFileSync(out, `${JSON.stringify(log, null, 2)}\n`);
    print(`\nLog written to ${out}\n`);
  }
  print(`Replay code: ${replayCodeOfLog(log)}\n`);
}

export async function playCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      choices: { type: 'string' },
      seed: { type: 'string' },
      reasons: { type: 'string' },
      participant: { type: 'string' },
      out: { type: 'string' },
      part: { type: 'string' },
    },
  });
  const target = positionals[0];
  if (!target) {
    printError('Name a scenario or an .ink file: permanence play bradley [--choices 0,2,1]\n');
    return 2;
  }
  const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 31) {
    printError(`--seed must be a whole number from 0 to ${2 ** 31 - 1}\n`);
    return 2;
  }
  const { bundle } = loadScenario(target);
  const startPart = values.part === undefined ? 1 : Number(values.part);
  const runner = new StoryRunner(bundle.json);
  const refused = refuseStartPart(startPart, storyParts(bundle.parts), (n) => runner.hasSharedStart(n));
  if (refused) {
    printError(`--part ${values.part}: ${refused}\n`);
    return 2;
  }
  const input = { bundle, runner, seed, startPart, participant: values.participant ?? 'terminal player' };

  if (values.choices !== undefined) {
    const path = values.choices.split(',').filter((s) => s.trim() !== '').map(Number);
    if (path.some((n) => !Number.isInteger(n) || n < 0)) {
      printError('--choices takes indices such as 0,2,1\n');
      return 2;
    }
    if (startPart > 1) print(`Started at part ${startPart} from the shared starting point.\n`);
    const { log } = drivePlay(input, pathChooser(path, values.reasons), path.length);
    for (const entry of log.entries) {
      if (entry.kind === 'reflection') print(`${entry.decision} (reflection): ${entry.justification ?? ''}\n  ${entry.text}\n`);
      else print(`${entry.decision ?? '(navigation)'}: ${entry.text}${entry.decision ? ` — ${formatDeltas(entry.deltas)}` : ''}\n`);
    }
    finish(log, values.out);
    return 0;
  }

  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const ask = async (q: string) => (await rl.question(terminalText(q))).trim();
  const actor = createActor(playMachine, { input }).start();
  print(`${bundle.info.title}\n${bundle.info.summary}\n${bundle.info.contentNotes.length ? `Content notes: ${bundle.info.contentNotes.join('; ')}\n` : ''}${startPart > 1 ? `This game starts at part ${startPart} from the shared starting point.\n` : ''}\n`);
  actor.send({ type: 'START' });
  try {
    for (;;) {
      const snap = actor.getSnapshot();
      const view = snap.context.view;
      if (snap.context.message) print(`! ${snap.context.message}\n`);
      if (snap.matches('debrief') || !view) break;
      if (snap.matches({ playing: 'narrating' })) {
        const lines = view.passage.lines.slice(view.screen.from, view.screen.to).filter((l) => l.text);
        print(`\n${lines.map((l) => l.text).join('\n')}\n`);
        actor.send({ type: 'CONTINUE' });
      } else if (snap.matches('partComplete')) {
        await ask('\n— End of part. Press Enter to go on to the next part. ');
        actor.send({ type: 'NEXT_PART' });
      } else if (snap.matches({ playing: 'choosing' })) {
        print(describeChoices(view));
        const count = view.passage.choices.length;
        // A reflection point has one choice, which the reflection takes: nothing to pick.
        let index = view.passage.meta.reflect !== null ? 0 : -1;
        while (!(index >= 0 && index < count)) index = Number(await ask(`Your choice (0-${count - 1}): `));
        const reasons = async () => {
          let text = '';
          while (!text) text = await ask('Your reasons: ');
          return text;
        };
        const chooser: Chooser = { pick: () => index, reasons: () => '' };
        if (view.passage.meta.reflect !== null) {
          let text = '';
          while (!text) text = await ask('Your reflection: ');
          actor.send({ type: 'REFLECT', text });
        } else if (view.passage.meta.rank) {
          const order = (await ask('Your full order, first choice first (e.g. 2,0,1): ')).split(',').map(Number);
          actor.send({ type: 'RANK', order, reasons: await reasons() });
        } else if (view.passage.meta.balance || view.passage.meta.justify || view.passage.choices[index]!.meta.justify) {
          if (view.passage.meta.balance) {
            const rows = [];
            for (const c of view.passage.choices) {
              rows.push({ choice: c.index, benefits: await ask(`Benefits of "${c.text}" for the child: `), risks: await ask(`Risks of "${c.text}" for the child: `) });
            }
            actor.send({ type: 'WEIGH', rows });
          }
          actor.send({ type: 'CHOOSE', index });
          if (actor.getSnapshot().matches({ playing: 'justifying' })) actor.send({ type: 'JUSTIFY', text: await reasons() });
        } else {
          answerChoice(actor, chooser);
        }
        const entry = actor.getSnapshot().context.log?.entries.at(-1);
        if (entry?.decision && entry.kind !== 'reflection') print(`  (${formatDeltas(entry.deltas)})\n`);
      } else break;
    }
  } finally {
    rl.close();
  }
  finish(actor.getSnapshot().context.log!, values.out);
  return 0;
}
