/** What every screen gets (a way to read the machine and send it events) and what it gives back. */
import type { ScenarioSummary } from '../../content/scenarioBundle';
import type { PlayEvent } from '../../engine/playMachine';
import type { PlaySnapshot } from '../../engine/saveSession';
import type { DraftBinder } from '../draftFields';

export interface ScreenContext {
  summary: ScenarioSummary;
  send: (event: PlayEvent) => void;
  snapshot: () => PlaySnapshot;
  leave: () => void;
  newSeed: () => number;
  /** The seed the link fixed, if it did: every player of the link meets the same hidden facts. */
  fixedSeed: number | null;
  /** The cohort the link named, if it did: the log carries it, so the trainer can group the logs. */
  cohort: string | null;
  /** A button that opens the case file (chronology, genogram, ecomap). */
  caseFileButton?: () => HTMLButtonElement;
  /** Where this screen's typed text is kept as it is typed (absent where nothing is kept). */
  draft?: DraftBinder;
}

export interface BuiltScreen {
  node: HTMLElement;
  /** Where focus goes when the screen opens. */
  focus: HTMLElement | null;
  /** Where the machine's refusal messages are shown, if not the general message line. */
  message?: HTMLElement;
  /** Number keys 1-9: returns true when the key was used. */
  onDigit?: (n: number) => boolean;
  /** Whether the story text stays on screen above this screen. */
  showPassage: boolean;
  /** Called when the screen is replaced or the case is closed (to stop anything it started). */
  dispose?: () => void;
}

/** A line for the machine's refusal messages, read out as soon as it changes. */
export function messageSlot(): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'message';
  p.setAttribute('role', 'alert');
  return p;
}
