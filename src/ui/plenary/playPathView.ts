/**
 * Plays the group's majority path, or one participant's, through the story in large text,
 * pausing at each decision to show how the group split and which option this path took.
 */
import { majorityPath } from '../../plenary/majorityPath';
import { splitAt } from '../../plenary/decisionSplits';
import { walkPath, type WalkedPath } from '../../plenary/replayPath';
import { runnerFor } from '../../log/verifyLog';
import { button, el, focusableHeading, uid } from '../dom';
import { splitBars } from './splitBars';
import type { PlenaryView, StepAction, ViewContext } from './viewTypes';

type Screen =
  | { kind: 'text'; point: number }
  | { kind: 'split'; point: number }
  | { kind: 'stopped'; point: number }
  | { kind: 'end' };

export interface PlayState {
  /** 'majority', or the index of a participant among the current version's. */
  who: string;
  screen: number;
}

function screensOf(walked: WalkedPath): Screen[] {
  const screens: Screen[] = [];
  walked.points.forEach((point, i) => {
    if (i >= walked.taken.length) screens.push({ kind: 'stopped', point: i });
    else {
      screens.push({ kind: 'text', point: i });
      if (point.decision !== null) screens.push({ kind: 'split', point: i });
    }
  });
  if (walked.taken.length === walked.points.length) screens.push({ kind: 'end' });
  return screens;
}

export function playPathView(ctx: ViewContext, state: PlayState): PlenaryView {
  const { analysis } = ctx;
  const section = el('section', undefined, 'play-path');
  const heading = focusableHeading('h2', 'Play a path', 'plenary-view-heading');
  section.setAttribute('aria-labelledby', heading.id);
  section.append(heading);
  if (analysis.current.length === 0) {
    section.append(el('p', 'No paths to play yet: load the group\'s logs or codes above.'));
    return { element: section };
  }
  const pickId = uid('play-who');
  const label = el('label', 'Whose path');
  label.htmlFor = pickId;
  const pick = el('select');
  pick.id = pickId;
  pick.append(new Option('The group\'s majority path', 'majority'));
  analysis.current.forEach((p, i) => pick.append(new Option(ctx.label(p), String(i))));
  if (![...pick.options].some((o) => o.value === state.who)) state.who = 'majority';
  pick.value = state.who;
  const body = el('div', undefined, 'play-body');
  body.setAttribute('aria-live', 'polite');
  const previous = button('Previous', () => step('previous'));
  const next = button('Next', () => step('next'), 'button primary');
  const controls = el('div', undefined, 'walk-controls');
  controls.append(previous, next, el('p', 'Keys: → or Space to go on, ← to go back.', 'plenary-note'));

  let walked: WalkedPath;
  let screens: Screen[];
  const load = () => {
    const who = state.who === 'majority' ? null : analysis.current[Number(state.who)]!;
    walked = who
      ? walkPath(runnerFor(analysis.bundle), who.seed, who.currentPath, undefined, who.startPart)
      : majorityPath(analysis.bundle, analysis.catalogue, analysis.participants);
    screens = screensOf(walked);
    state.screen = Math.min(state.screen, screens.length - 1);
  };

  function render(): void {
    const screen = screens[state.screen]!;
    const parts: HTMLElement[] = [el('p', `Step ${state.screen + 1} of ${screens.length}`, 'walk-position')];
    const lines = el('div', undefined, 'play-lines');
    if (screen.kind === 'end') {
      for (const line of walked.closing) lines.append(el('p', line));
      parts.push(lines, el('p', walked.ending ? `Ending: ${walked.ending.outcome || walked.ending.id}` : 'The story ends here.', 'walk-prompt'));
    } else {
      const point = walked.points[screen.point]!;
      const taken = walked.taken[screen.point];
      const option = taken === undefined ? undefined : point.options[taken];
      if (screen.kind === 'split') {
        const context = analysis.catalogue.get(point.decision!);
        parts.push(el('p', point.prompt ?? 'How the group split here', 'walk-prompt'));
        if (context) parts.push(splitBars(splitAt(context, analysis.participants), { taken: option?.text ?? null }));
      } else {
        for (const line of point.lines) lines.append(el('p', line));
        parts.push(lines);
        if (point.decision !== null && point.prompt) parts.push(el('p', point.prompt, 'walk-prompt'));
        if (screen.kind === 'stopped') {
          parts.push(el('p', state.who === 'majority' ? 'Nobody in the group chose at this point on this route, so the path stops here.' : 'This participant stopped playing here.', 'play-choice'));
        } else if (point.decision !== null) {
          parts.push(el('p', 'Next: how the group split, and what this path chose.', 'plenary-note'));
        } else if (option) {
          parts.push(el('p', `Chose: ${option.text}`, 'play-choice'));
        }
      }
    }
    body.replaceChildren(...parts);
    body.dataset.screen = screen.kind;
    previous.disabled = state.screen === 0;
    next.disabled = state.screen === screens.length - 1;
  }

  function step(action: StepAction): void {
    const last = screens.length - 1;
    state.screen = action === 'next' ? Math.min(last, state.screen + 1) : action === 'previous' ? Math.max(0, state.screen - 1) : action === 'first' ? 0 : last;
    render();
  }

  pick.addEventListener('change', () => {
    state.who = pick.value;
    state.screen = 0;
    load();
    render();
    ctx.announce(`Playing ${pick.selectedOptions[0]?.text ?? 'a path'} from the start.`);
  });
  load();
  render();
  const picker = el('div', undefined, 'field');
  picker.append(label, pick);
  section.append(picker, body, controls);
  return { element: section, step };
}
