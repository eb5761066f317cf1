/**
 * Plays a session headless by sending the events a participant would: used by the CLI's
 * scripted play, the random play-throughs in the tests and the benchmark.
 */
import { createActor, type Actor } from 'xstate';
import { playMachine, type PlayInput } from './playMachine';
import type { SessionView } from './session';
import type { DecisionLog } from '../log/logSchema';

export interface Chooser {
  /** The index of the option to play at this choice point. */
  pick(view: SessionView): number;
  /** Written reasons where the story asks for them (and the reflection at a reflection point). */
  reasons(view: SessionView, index: number): string;
  /** The full order at a ranking decision; its first option is played. */
  order?(view: SessionView, top: number): number[];
}

export type PlayActor = Actor<typeof playMachine>;

/** Sends the events for one choice point, whatever kind of decision it is. */
export function answerChoice(actor: PlayActor, chooser: Chooser): void {
  const { view } = actor.getSnapshot().context;
  if (!view) return;
  const index = chooser.pick(view);
  const meta = view.passage.meta;
  const choices = view.passage.choices;
  if (meta.reflect !== null) {
    actor.send({ type: 'REFLECT', text: chooser.reasons(view, index) });
    return;
  }
  if (meta.rank) {
    const order = chooser.order?.(view, index) ?? [index, ...choices.map((c) => c.index).filter((i) => i !== index)];
    actor.send({ type: 'RANK', order, reasons: chooser.reasons(view, index) });
    return;
  }
  if (meta.balance) {
    actor.send({
      type: 'WEIGH',
      rows: choices.map((c) => ({ choice: c.index, benefits: `Benefits of ${c.text}`, risks: `Risks of ${c.text}` })),
    });
  }
  actor.send({ type: 'CHOOSE', index });
  if (actor.getSnapshot().matches({ playing: 'justifying' })) {
    actor.send({ type: 'JUSTIFY', text: chooser.reasons(view, index) });
  }
}

/** Plays from the briefing to the debrief (or until `maxChoices`), returning the log. */
export function drivePlay(input: PlayInput, chooser: Chooser, maxChoices = 10_000): { actor: PlayActor; log: DecisionLog } {
  const actor = createActor(playMachine, { input }).start();
  actor.send({ type: 'START' });
  let guard = 0;
  for (;;) {
    const snapshot = actor.getSnapshot();
    if (snapshot.matches('debrief') || snapshot.matches('done') || snapshot.matches('failed')) break;
    if (guard++ > maxChoices * 4) break;
    if (snapshot.matches({ playing: 'narrating' })) actor.send({ type: 'CONTINUE' });
    else if (snapshot.matches('partComplete')) actor.send({ type: 'NEXT_PART' });
    else if (snapshot.matches({ playing: 'choosing' })) {
      if ((snapshot.context.log?.entries.length ?? 0) >= maxChoices) break;
      answerChoice(actor, chooser);
    } else break;
  }
  return { actor, log: actor.getSnapshot().context.log! };
}

/** A chooser that follows a fixed path of choice indices, then stops choosing. */
export function pathChooser(path: readonly number[], reasons = 'Scripted play-through: no reasons written.'): Chooser {
  let i = 0;
  return {
    pick: () => {
      const index = path[i++];
      if (index === undefined) throw new RangeError('the scripted path has run out of choices before the story ended');
      return index;
    },
    reasons: () => reasons,
  };
}

/** A chooser that picks uniformly at random from a seeded generator. */
export function randomChooser(random: () => number): Chooser {
  return {
    pick: (view) => Math.floor(random() * view.passage.choices.length),
    reasons: () => 'Random play-through.',
    order: (view, top) => {
      const rest = view.passage.choices.map((c) => c.index).filter((i) => i !== top);
      for (let i = rest.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [rest[i], rest[j]] = [rest[j]!, rest[i]!];
      }
      return [top, ...rest];
    },
  };
}

export { seededRandom } from '../story/seededRandom';
