/**
 * One case being played in the page: starts the play machine (resuming a saved game when
 * there is one), saves every snapshot to browser storage, and hands each snapshot to the
 * screen to draw. The rules stay in the machine; this file only wires it to the page.
 */
import { createActor } from 'xstate';
import type { ScenarioBundle, ScenarioSummary } from '../content/scenarioBundle';
import { playMachine } from '../engine/playMachine';
import { saveSession, type PlaySnapshot } from '../engine/saveSession';
import type { SessionStore } from '../persistence/sessionStore';
import { PlayScreen } from './playScreen';

export interface PlaySessionOptions {
  summary: ScenarioSummary;
  load: () => Promise<ScenarioBundle>;
  store: SessionStore;
  root: HTMLElement;
  onLeave: () => void;
  onScene?: (scene: string | null) => void;
  /** Every snapshot, after it is drawn (the page plays sound cues from them). */
  onSnapshot?: (snapshot: PlaySnapshot) => void;
}

export interface RunningSession {
  stop: () => void;
}

export function randomSeed(): number {
  const words = new Uint32Array(1);
  crypto.getRandomValues(words);
  return words[0]! % 2 ** 31;
}

export function startPlaySession(options: PlaySessionOptions): RunningSession {
  const { store, summary } = options;
  const found = store.load(summary.id);
  const actor = createActor(playMachine, {
    input: { load: options.load, seed: randomSeed(), resume: found.kind === 'found' ? found.saved : undefined },
  });
  const screen = new PlayScreen(options.root, {
    summary,
    send: (event) => actor.send(event),
    snapshot: () => actor.getSnapshot(),
    leave: options.onLeave,
    onScene: options.onScene ?? (() => {}),
    newSeed: randomSeed,
  });
  if (found.kind === 'set-aside') screen.setNotice(`Your saved game for this case could not be used: ${found.reason}`);
  const subscription = actor.subscribe((snapshot) => {
    const saved = saveSession(snapshot);
    if (saved) {
      const result = store.save(saved);
      screen.setSaveProblem(result.ok ? null : result.reason);
    }
    screen.render(snapshot);
    options.onSnapshot?.(snapshot);
  });
  actor.start();
  return {
    stop: () => {
      subscription.unsubscribe();
      actor.stop();
      screen.dispose();
    },
  };
}
