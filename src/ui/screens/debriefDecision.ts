/**
 * One decision in the debrief: what was chosen and how close it came to the strongest option
 * offered, the alternatives (the strongest marked in words, not only by colour), the player's
 * reasons, and the panel's view.
 */
import type { DebriefDecision, DebriefOption } from '../../engine/debrief';
import type { Deltas } from '../../story/tagContract';
import { el } from '../dom';

// The restorative practice window: challenge and support, high or low.
const STANCE_WORDS: Record<string, string> = {
  with: 'with the family (high challenge, high support)',
  to: 'to the family (high challenge, low support)',
  for: 'for the family (high support, low challenge)',
  not: 'not engaging (low challenge, low support)',
};

export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0';
}

export function effectsText(d: Deltas): string {
  return `Permanence ${signed(d.permanence)}, contact ${signed(d.contact)}, disruption risk ${signed(d.disruption)} (lower is better)`;
}

export function debriefDecision(d: DebriefDecision, number: number): HTMLElement {
  const article = el('article', undefined, 'decision');
  article.append(el('h4', `Decision ${number}${d.prompt ? `: ${d.prompt}` : ''}`));
  if (d.situation) article.append(el('p', d.situation, 'situation'));

  const chosen = el('div', undefined, 'chosen-option');
  chosen.append(el('h5', 'You chose'), ...optionDetail(d.chosen), el('p', closenessWords(d), 'closeness'));
  article.append(chosen);

  if (d.reasons) {
    const reasons = el('div', undefined, 'your-reasons');
    reasons.append(el('h5', 'Your reasons'), el('p', d.reasons, 'participant-text'));
    article.append(reasons);
  }
  if (d.ranking) article.append(rankingComparison(d));
  if (d.balance) article.append(balanceComparison(d));

  const others = d.options.filter((o) => o.index !== d.chosen.index);
  if (others.length > 0) {
    const alt = el('div', undefined, 'alternatives');
    alt.append(el('h5', 'The other options'));
    const list = el('ul');
    for (const o of others) {
      const item = el('li');
      item.append(el('p', o.text, 'option-name'), ...optionDetail(o).slice(1));
      list.append(item);
    }
    alt.append(list);
    article.append(alt);
  }
  return article;
}

function closenessWords(d: DebriefDecision): string {
  if (d.closeness === null) return 'The options offered here were judged equal, so this decision is not judged.';
  if (d.chosen.best) return 'Your choice scored highest of the options offered here, across the three dimensions.';
  return `Your choice scored ${Math.round(d.closeness * 100)}, where 0 is the option offered here that scored weakest across the three dimensions and 100 the one that scored highest.`;
}

function optionDetail(o: DebriefOption): HTMLElement[] {
  const out: HTMLElement[] = [el('p', o.text, 'option-name')];
  if (o.best) out.push(el('p', 'Scored highest of the options offered', 'best-mark'));
  out.push(el('p', effectsText(o.deltas), 'effects'));
  if (o.why) out.push(el('p', `Why: ${o.why}`));
  if (o.ref) out.push(el('p', `Source: ${o.ref}`, 'ref'));
  if (o.stance) out.push(el('p', `Stance: ${STANCE_WORDS[o.stance] ?? o.stance}`, 'stance'));
  return out;
}

function rankingComparison(d: DebriefDecision): HTMLElement {
  const ranking = d.ranking!;
  const box = el('div', undefined, 'ranking');
  box.append(el('h5', 'Your order and the panel\'s'));
  const cols = el('div', undefined, 'columns');
  const textOf = (i: number) => d.options.find((o) => o.index === i)?.text ?? `Option ${i + 1}`;
  const mine = el('ol');
  for (const i of ranking.order) mine.append(el('li', textOf(i)));
  const panel = el('ol');
  for (const i of ranking.expertOrder) {
    const o = d.options.find((x) => x.index === i);
    const item = el('li');
    item.append(el('span', textOf(i)));
    if (o?.expertWhy) item.append(el('p', `The panel: ${o.expertWhy}`, 'expert-why'));
    panel.append(item);
  }
  const col = (title: string, list: HTMLElement) => {
    const c = el('div');
    c.append(el('p', title, 'column-title'), list);
    return c;
  };
  cols.append(col('Your order', mine), col('The expert panel\'s order', panel));
  box.append(cols);
  if (ranking.startOrder) {
    const opened = ranking.startOrder.map(textOf).join('; ');
    box.append(el('p', ranking.unchanged
      ? `You confirmed the order the form opened in, unchanged (${opened}). The form opens in an order drawn at random, never the panel's.`
      : `The form opened in an order drawn at random (${opened}), never the panel's; you changed it.`, 'start-order'));
  }
  box.append(el('p', ranking.distance === 0
    ? 'Your order matches the panel\'s.'
    : `Distance from the panel's order: ${ranking.distance} (the sum of how many places each option sits from the panel's place). A different order is a question to discuss, not an error.`));
  return box;
}

function balanceComparison(d: DebriefDecision): HTMLElement {
  const box = el('div', undefined, 'balance-review');
  box.append(el('h5', 'Your balance sheet and the panel\'s view'));
  for (const o of d.options) {
    const row = d.balance!.find((r) => r.choice === o.index);
    const item = el('div', undefined, 'balance-row');
    item.append(el('p', o.text, 'option-name'));
    if (row) item.append(el('p', `Your benefits: ${row.benefits}`, 'participant-text'), el('p', `Your risks: ${row.risks}`, 'participant-text'));
    if (o.benefits) item.append(el('p', `The panel's benefits: ${o.benefits}`));
    if (o.risks) item.append(el('p', `The panel's risks: ${o.risks}`));
    box.append(item);
  }
  return box;
}
