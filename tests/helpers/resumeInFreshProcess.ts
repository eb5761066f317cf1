/**
 * Run in a separate Node process by the Chloe test: resumes a saved session from a file,
 * as a participant coming back a week later would, plays to the end of the case and
 * writes the finished log.  Usage: tsx resumeInFreshProcess.ts <saved.json> <out.json>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createActor } from 'xstate';
import { loadScenario } from '../../src/content/loadStoriesNode';
import { playMachine } from '../../src/engine/playMachine';
import { answerChoice, randomChooser, seededRandom } from '../../src/engine/drivePlay';

const [savedPath, outPath] = process.argv.slice(2) as [string, string];
const saved = JSON.parse(readFileSync(savedPath, 'utf8'));
const { bundle } = loadScenario(saved.log.scenario);
const actor = createActor(playMachine, { input: { bundle, seed: saved.log.seed, resume: saved } }).start();
const resumedAt = { state: JSON.stringify(actor.getSnapshot().value), part: actor.getSnapshot().context.view?.part ?? null };
const chooser = randomChooser(seededRandom(99));
for (let i = 0; i < 5_000 && !actor.getSnapshot().matches('debrief'); i++) {
  const s = actor.getSnapshot();
  if (s.matches({ playing: 'narrating' })) actor.send({ type: 'CONTINUE' });
  else if (s.matches('partComplete')) actor.send({ type: 'NEXT_PART' });
  else if (s.matches({ playing: 'choosing' })) answerChoice(actor, chooser);
  else break;
}
writeFileSync(outPath, JSON.stringify({ resumedAt, log: actor.getSnapshot().context.log, state: JSON.stringify(actor.getSnapshot().value) }));
