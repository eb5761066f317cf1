/**
 * Rebuilds a saved session from the choices form of the suspend data (see suspendData.ts)
 * by playing the choices again through the play machine, headless. The decisions, their
 * effects and where the learner stood come back exactly; times, written reasons, rankings and
 * balance sheets were not in the LMS, so each entry is marked as rebuilt and they say plainly
 * that they were not kept.
 */
import { createActor } from 'xstate';
import type { ScenarioBundle } from '../content/scenarioBundle';
import { playMachine, type SavedSession } from '../engine/playMachine';
import { saveSession } from '../engine/saveSession';
import type { ChoicesOnly } from './suspendData';

export const NOT_KEPT = 'Not kept: the LMS could hold only your choices. Your written words stay in the browser where you wrote them.';

export type Rebuilt = { ok: true; saved: SavedSession } | { ok: false; reason: string };

export function rebuildSession(choices: ChoicesOnly, bundle: ScenarioBundle, now: () => Date = () => new Date()): Rebuilt {
  const { code } = choices;
  if (code.scenario !== bundle.id || !bundle.version.startsWith(code.versionPrefix)) {
    return { ok: false, reason: 'they were made on another version of this case' };
  }
  const actor = createActor(playMachine, { input: { bundle, seed: code.seed, now } }).start();
  try {
    actor.send({ type: 'START', participant: choices.participant, cohort: choices.cohort });
    for (const index of code.choices) {
      for (let guard = 0; guard < 10_000; guard++) {
        const s = actor.getSnapshot();
        if (s.matches({ playing: 'narrating' })) actor.send({ type: 'CONTINUE' });
        else if (s.matches('partComplete')) actor.send({ type: 'NEXT_PART' });
        else break;
      }
      if (!actor.getSnapshot().matches({ playing: 'choosing' })) return { ok: false, reason: 'the story ends before all of them were replayed' };
      const before = actor.getSnapshot().context.log!.entries.length;
      answer(actor, index);
      if (actor.getSnapshot().context.log!.entries.length !== before + 1) return { ok: false, reason: `choice ${index + 1} is not offered at that point of the story` };
    }
    const saved = saveSession(actor.getSnapshot());
    if (!saved) return { ok: false, reason: 'the replay did not reach a point that can be saved' };
    // The times and any ranking order were made up by the replay: each entry says it was rebuilt.
    const entries = saved.log.entries.map((e) => ({ ...e, rebuilt: true as const }));
    return { ok: true, saved: { ...saved, log: { ...saved.log, startedAt: choices.startedAt, entries } } };
  } finally {
    actor.stop();
  }
}

function answer(actor: ReturnType<typeof createActor<typeof playMachine>>, index: number): void {
  const { view } = actor.getSnapshot().context;
  if (!view || !view.passage.choices[index]) return;
  const { meta, choices } = view.passage;
  if (meta.reflect !== null) {
    actor.send({ type: 'REFLECT', text: NOT_KEPT });
    return;
  }
  if (meta.rank) {
    // Only the option played was kept; the rest of the order is left as the story lists it.
    actor.send({ type: 'RANK', order: [index, ...choices.map((c) => c.index).filter((i) => i !== index)], reasons: NOT_KEPT });
    return;
  }
  if (meta.balance) actor.send({ type: 'WEIGH', rows: choices.map((c) => ({ choice: c.index, benefits: NOT_KEPT, risks: NOT_KEPT })) });
  actor.send({ type: 'CHOOSE', index });
  if (actor.getSnapshot().matches({ playing: 'justifying' })) actor.send({ type: 'JUSTIFY', text: NOT_KEPT });
}
