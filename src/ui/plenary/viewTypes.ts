/** What every plenary view is given, and what it gives back. */
import type { GroupAnalysis } from '../../plenary/analyseGroup';
import type { Participant } from '../../plenary/participant';

export type StepAction = 'next' | 'previous' | 'first' | 'last';

export interface ViewContext {
  analysis: GroupAnalysis;
  /** The participant's name on screen: a pseudonym only while names are shown. */
  label: (p: Participant) => string;
  /** Says something to screen readers (the room sees it on screen). */
  announce: (text: string) => void;
}

export interface PlenaryView {
  element: HTMLElement;
  /** Keys and clicker buttons that step through the view, where it has steps. */
  step?: (action: StepAction) => void;
}
