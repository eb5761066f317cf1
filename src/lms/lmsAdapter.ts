/**
 * What the game asks of an LMS, whatever the SCORM version: one adapter per version
 * (scorm12Adapter.ts, scorm2004Adapter.ts) translates it into that version's data model.
 * An LMS that refuses a value never stops play: the adapter says why in the console and
 * the game carries on (the session is saved in the browser as well).
 */
import type { LogInteraction } from '../log/logInteractions';
import type { ScormVersion } from './findApi';

/**
 * One decision or activity as the LMS records it (log/logInteractions.ts): a ranking is a
 * sequencing interaction, anything else a choice; an activity has its right answers and a
 * result, a decision has neither. Options are numbered as the learner saw them (1 = first).
 */
export type DecisionInteraction = LogInteraction;

export interface LmsAdapter {
  readonly version: ScormVersion;
  /** The most suspend data this version guarantees to keep, in characters. */
  readonly suspendLimit: number;
  initialise(): boolean;
  /** The suspend data the LMS kept from the last session ('' for a first attempt). */
  readSuspendData(): string;
  writeSuspendData(text: string): boolean;
  /** How many interactions the LMS holds already: the next one goes at this index. */
  interactionCount(): number;
  recordInteraction(index: number, interaction: DecisionInteraction): boolean;
  /** Marks the attempt as begun (never undoing a completion). */
  markStarted(): void;
  /** Completion and a 0-100 score. */
  markCompleted(score: number): void;
  commit(): boolean;
  /** The learner leaves: how long this session lasted, then suspend and finish. */
  terminate(sessionMs: number): void;
}

/** Reports a refused call in the console; nothing the learner can act on. */
export function warnRefused(version: ScormVersion, call: string, code: string, description: string): void {
  console.warn(`The LMS (SCORM ${version}) refused ${call}: error ${code} (${description}). Play carries on; progress is also saved in this browser.`);
}
