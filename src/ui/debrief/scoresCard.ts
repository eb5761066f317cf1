/**
 * The three 0-100 scores with their bands, as prompts for reflection. Band words describe how
 * the worker decided, never how the case ended. A log from the earlier release also shows its
 * scores on the old scale, and says why the two differ.
 */
import type { Debrief } from '../../engine/debrief';
import { DIMENSION_LABELS, SCORES_ARE_PROMPTS } from '../../scoring/bands';
import { DIMENSIONS } from '../../story/tagContract';
import { el, headerCell } from '../dom';

export const OLD_SCALE_WHY =
  'This log was made by an earlier release, which scored differently. It added up the effects of every choice and scaled the totals to the range the case allowed, so a longer path scored higher and the scores mostly counted decisions. Now each decision is set against the options offered at that moment, and each score is the mean over your decisions.';

export function scoresCard(debrief: Debrief): HTMLElement {
  const card = el('div', undefined, 'scores');
  card.append(el('h4', 'Your scores'), el('p', SCORES_ARE_PROMPTS, 'prompts-note'));
  const list = el('dl', undefined, 'score-list');
  for (const d of DIMENSIONS) {
    const reading = debrief.bands[d];
    const score = debrief.scores[d];
    const dd = el('dd');
    if (reading && score !== null) dd.append(el('span', `${score} out of 100 (${reading.band})`, 'score'), el('span', reading.words, 'band-words'));
    else dd.append(el('span', 'Not judged on this path', 'score'), el('span', 'On this path, the options at every decision scored the same on this dimension.', 'band-words'));
    list.append(el('dt', DIMENSION_LABELS[d]), dd);
  }
  card.append(list);
  if (debrief.legacy) card.append(legacyScores(debrief));
  return card;
}

function legacyScores(debrief: Debrief): HTMLElement {
  const box = el('div', undefined, 'legacy-scores');
  box.append(el('h5', 'Your scores on the old scale'), el('p', OLD_SCALE_WHY));
  const table = el('table', undefined, 'legacy-table');
  table.append(el('caption', 'The same decisions on both scales (0 to 100; for disruption risk, lower is better)'));
  const th = headerCell;
  const head = el('tr');
  head.append(th('Dimension', 'col'), th('Old scale', 'col'), th('Now', 'col'));
  table.append(el('thead'), el('tbody'));
  table.tHead!.append(head);
  for (const d of DIMENSIONS) {
    const now = debrief.scores[d];
    const tr = el('tr');
    tr.append(th(DIMENSION_LABELS[d], 'row'), el('td', String(debrief.legacy!.scores[d])), el('td', now === null ? 'not judged' : String(now)));
    table.tBodies[0]!.append(tr);
  }
  box.append(table);
  return box;
}
