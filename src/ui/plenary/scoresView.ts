/**
 * Each dimension's scores across the group on a 0-100 line, each participant a mark, with
 * the lowest, median and highest in words and every score in a table. Names are shown
 * only when the trainer has chosen to show them.
 */
import { DIMENSION_LABELS } from '../../scoring/bands';
import { el, focusableHeading } from '../dom';
import type { PlenaryView, ViewContext } from './viewTypes';

export function scoresView(ctx: ViewContext, showNames: boolean): PlenaryView {
  const { scores, participants, current } = ctx.analysis;
  const section = el('section', undefined, 'scores');
  const heading = focusableHeading('h2', 'Scores', 'plenary-view-heading');
  section.setAttribute('aria-labelledby', heading.id);
  section.append(heading, el('p', 'Scores are prompts for reflection, not a judgement of anyone\'s practice. Each mark is one participant.', 'plenary-note'));
  const left = participants.length - current.length;
  if (left) section.append(el('p', `${left} from an older version of the story are left out: their scores were on another scale.`, 'plenary-note'));
  const rescaled = current.filter((p) => p.rescaled).length;
  if (rescaled) section.append(el('p', `${rescaled} ${rescaled === 1 ? 'log comes' : 'logs come'} from an earlier release that scored running totals on another scale, not comparable with these. ${rescaled === 1 ? 'Its scores are' : 'Their scores are'} worked out again here on the current scale, each decision judged against the options offered on the version played.`, 'plenary-note'));
  if (current.length === 0) {
    section.append(el('p', 'No scores yet: load the group\'s logs or codes above.'));
    return { element: section };
  }
  for (const d of scores) {
    const block = el('div', undefined, 'score-dimension');
    block.dataset.dimension = d.dimension;
    block.append(el('h3', DIMENSION_LABELS[d.dimension]));
    block.append(el('p', `Lowest ${d.min}, median ${d.median}, highest ${d.max} (${d.marks.length} participants)`, 'score-stats'));
    const strip = el('div', undefined, 'dot-strip');
    strip.setAttribute('role', 'img');
    strip.setAttribute('aria-label', `${DIMENSION_LABELS[d.dimension]}: ${d.marks.length} marks from ${d.min} to ${d.max}, median ${d.median}`);
    for (const tick of [0, 25, 50, 75, 100]) {
      const t = el('span', String(tick), 'dot-tick');
      t.style.left = `${tick}%`;
      strip.append(t);
    }
    // Equal scores stack upwards, so every participant stays visible.
    const stacked = new Map<number, number>();
    for (const mark of d.marks) {
      const level = stacked.get(mark.score) ?? 0;
      stacked.set(mark.score, level + 1);
      const dot = el('span', undefined, 'dot');
      dot.style.left = `${mark.score}%`;
      dot.style.bottom = `${0.2 + (level % 6) * 0.95}em`;
      strip.append(dot);
      if (showNames && level === 0) {
        const name = el('span', ctx.label(mark.participant), 'dot-name');
        name.style.left = `${mark.score}%`;
        name.style.bottom = '6.6em';
        strip.append(name);
      }
    }
    if (d.median !== null) {
      const m = el('span', 'median', 'dot-median');
      m.style.left = `${d.median}%`;
      strip.append(m);
    }
    block.append(strip);
    section.append(block);
  }
  const details = el('details', undefined, 'score-table');
  details.append(el('summary', 'Every participant\'s scores, as a table'));
  const table = el('table', undefined, 'plenary-table');
  const head = el('tr');
  for (const h of ['Participant', 'Permanence', 'Contact', 'Disruption risk', 'Ending']) head.append(el('th', h));
  table.append(el('thead'), el('tbody'));
  table.tHead!.append(head);
  for (const p of current) {
    const row = el('tr');
    row.append(el('th', ctx.label(p)));
    for (const dim of ['permanence', 'contact', 'disruption'] as const) row.append(el('td', String(p.scores?.[dim] ?? ''), 'num'));
    row.append(el('td', p.ending ?? 'not finished'));
    table.tBodies[0]!.append(row);
  }
  details.append(table);
  section.append(details);
  return { element: section };
}
