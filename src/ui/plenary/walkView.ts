/**
 * The decision walk: the decisions the group reached, in story order, one step at a time
 * (situation and prompt, then the split, then each option's rationale and effect).
 */
import { lastStage, nextPosition, previousPosition, type WalkPosition } from '../../plenary/walkSteps';
import { button, el, focusableHeading } from '../dom';
import { splitBars } from './splitBars';
import type { PlenaryView, StepAction, ViewContext } from './viewTypes';

export function walkView(ctx: ViewContext, state: { position: WalkPosition }): PlenaryView {
  const { splits } = ctx.analysis;
  const section = el('section', undefined, 'walk');
  const heading = focusableHeading('h2', 'Decision walk', 'plenary-view-heading');
  section.setAttribute('aria-labelledby', heading.id);
  const body = el('div', undefined, 'walk-body');
  const counts = splits.map((s) => s.options.length);
  if (state.position.decision >= splits.length) state.position = { decision: 0, stage: 0 };

  const previous = button('Previous step', () => step('previous'));
  const next = button('Next step', () => step('next'), 'button primary');
  const controls = el('div', undefined, 'walk-controls');
  controls.append(previous, next, el('p', 'Keys: → or Space for the next step, ← to go back, Home and End for the first and last decision. A presentation clicker works too.', 'plenary-note'));

  function stageWords(at: WalkPosition): string {
    const split = splits[at.decision]!;
    if (at.stage === 0) return 'the situation and the question';
    if (at.stage === 1) return 'how the group split';
    const option = split.options[at.stage - 2];
    return `why option ${at.stage - 1} scores as it does${option ? `: ${option.text}` : ''}`;
  }

  function render(): void {
    const at = state.position;
    const split = splits[at.decision];
    if (!split) {
      body.replaceChildren(el('p', 'No decisions to walk yet: load the group\'s logs or codes above.'));
      previous.disabled = true;
      next.disabled = true;
      return;
    }
    const { context } = split;
    const activity = context.kind === 'activity';
    const where = `${activity ? 'Check' : 'Decision'} ${at.decision + 1} of ${splits.length}${context.part ? ` · Part ${context.part}` : ''}`;
    const parts: HTMLElement[] = [el('p', where, 'walk-position')];
    if (context.areas.length > 0) parts.push(el('p', `Practice framework: ${context.areas.map((a) => a.title).join('; ')}`, 'walk-areas'));
    if (activity) parts.push(el('p', 'An exercise with a right answer: a check, not a decision, and not scored.', 'plenary-note'));
    if (context.panelDiffers) parts.push(el('p', 'The panel\'s view here depends on what happened earlier on each path, and it differs between members of the group: each option shows the panel\'s view on the first path that met it.', 'plenary-note walk-panel-differs'));
    if (context.situation) parts.push(el('p', context.situation, 'walk-situation'));
    parts.push(el('p', context.prompt ?? 'What would you do here, and why?', 'walk-prompt'));
    const older = split.fromOlderVersions ? ` (${split.fromOlderVersions} from an older version of the story)` : '';
    const right = split.right === null ? '' : ` ${split.right} of ${split.reached} got it right.`;
    parts.push(el('p', `${split.reached} of the group reached this ${activity ? 'check' : 'decision'}${older}.${right}`, 'walk-reached'));
    if (at.stage >= 1) parts.push(splitBars(split, { revealed: at.stage - 1 }));
    else parts.push(el('p', 'Next: how the group split.', 'plenary-note'));
    body.replaceChildren(...parts);
    body.dataset.decision = context.id;
    body.dataset.stage = String(at.stage);
    previous.disabled = at.decision === 0 && at.stage === 0;
    next.disabled = at.decision === splits.length - 1 && at.stage === lastStage(split.options.length);
  }

  function step(action: StepAction): void {
    if (splits.length === 0) return;
    const at = state.position;
    if (action === 'next') state.position = nextPosition(at, counts);
    else if (action === 'previous') state.position = previousPosition(at, counts);
    else if (action === 'first') state.position = { decision: 0, stage: 0 };
    else state.position = { decision: splits.length - 1, stage: 0 };
    render();
    // Keep what was just revealed on the screen, so nobody needs the mouse to scroll.
    const latest = state.position.stage === 0 ? body : body.querySelectorAll('.split-reveal').item(state.position.stage - 2) ?? body.querySelector('.split');
    latest?.scrollIntoView({ block: 'nearest' });
    ctx.announce(`Decision ${state.position.decision + 1} of ${splits.length}: ${stageWords(state.position)}.`);
  }

  render();
  section.append(heading, body, controls);
  return { element: section, step };
}
