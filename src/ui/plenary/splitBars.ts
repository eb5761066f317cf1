/**
 * How the group split at one decision: a bar per option, with the count and share written
 * beside it (readable from the back of a room, and not by colour alone). Each option's
 * rationale and effect can be revealed under its bar, one at a time.
 */
import type { DecisionSplit, OptionSplit } from '../../plenary/decisionSplits';
import { effectsText } from '../screens/debriefDecision';
import { el } from '../dom';

const STANCE_WORDS: Record<string, string> = {
  with: 'working with the family (high challenge, high support)',
  to: 'doing to the family (high challenge, low support)',
  for: 'doing for the family (high support, low challenge)',
  not: 'not engaging (low challenge, low support)',
};

export function countText(o: Pick<OptionSplit, 'count' | 'percent'>, reached: number): string {
  return `${o.count} of ${reached} (${o.percent}%)`;
}

export interface SplitOptions {
  /** How many options, in story order, have their rationale and effect shown. */
  revealed?: number;
  /** The option text a path being played took, marked in words. */
  taken?: string | null;
}

export function splitBars(split: DecisionSplit, options: SplitOptions = {}): HTMLElement {
  const list = el('ul', undefined, 'split');
  list.setAttribute('aria-label', `How the group split: ${split.reached} reached this decision`);
  split.options.forEach((o, i) => {
    const item = el('li', undefined, 'split-option');
    item.dataset.option = o.text;
    item.dataset.count = String(o.count);
    const text = el('p', undefined, 'split-text');
    text.append(`${i + 1}. `, o.text);
    item.append(text);
    if (options.taken === o.text) {
      item.classList.add('taken');
      item.append(el('p', 'This path took this option.', 'split-this'));
    }
    const row = el('div', undefined, 'split-row');
    const bar = el('div', undefined, 'split-bar');
    bar.setAttribute('aria-hidden', 'true');
    const fill = el('div', undefined, 'split-fill');
    fill.style.width = `${o.percent}%`;
    bar.append(fill);
    row.append(bar, el('span', countText(o, split.reached), 'split-count'));
    item.append(row);
    if (i < (options.revealed ?? 0)) item.append(reveal(o));
    list.append(item);
  });
  return list;
}

function reveal(o: OptionSplit): HTMLElement {
  const box = el('div', undefined, 'split-reveal');
  if (!o.info) {
    box.append(el('p', 'The current story no longer offers this option.'));
    return box;
  }
  box.append(el('p', effectsText(o.info.deltas), 'split-effects'));
  if (o.info.why) box.append(el('p', `Why: ${o.info.why}`));
  if (o.info.ref) box.append(el('p', `Rests on: ${o.info.ref}`));
  if (o.info.stance) box.append(el('p', `Stance: ${STANCE_WORDS[o.info.stance] ?? o.info.stance}`));
  return box;
}
