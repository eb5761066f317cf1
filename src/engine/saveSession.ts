/** Turns a play snapshot into what persistence stores, and names the phase for people. */
import type { SnapshotFrom } from 'xstate';
import { carriedVariables, PLAY_MACHINE_VERSION, type playMachine, type ResumePhase, type SavedSession } from './playMachine';

export type PlaySnapshot = SnapshotFrom<typeof playMachine>;

export function phaseOfSnapshot(snapshot: PlaySnapshot): ResumePhase | null {
  if (snapshot.matches({ playing: 'narrating' })) return 'narrating';
  if (snapshot.matches({ playing: 'choosing' })) return 'choosing';
  if (snapshot.matches({ playing: 'justifying' })) return 'justifying';
  if (snapshot.matches('partComplete')) return 'partComplete';
  if (snapshot.matches('debrief')) return 'debrief';
  if (snapshot.matches('done')) return 'done';
  return null;
}

/** Null while there is nothing worth saving (loading, or before the case has started). */
export function saveSession(snapshot: PlaySnapshot): SavedSession | null {
  const { log, view, runner } = snapshot.context;
  const phase = phaseOfSnapshot(snapshot);
  if (!log || !view || !phase || !runner) return null;
  return {
    machineVersion: PLAY_MACHINE_VERSION,
    phase,
    log,
    screen: view.screen,
    read: view.read,
    part: view.part,
    pending: snapshot.context.pending,
    balance: snapshot.context.balance,
    variables: carriedVariables(runner),
  };
}
