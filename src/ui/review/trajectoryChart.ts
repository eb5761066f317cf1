/**
 * "How the scores moved": an SVG line chart drawn with DOM calls (it prints sharply and
 * needs no canvas), hidden from screen readers, followed by the same figures as a table.
 * Each line has its own dash pattern and end label, so colour is never the only cue.
 */
import type { ReviewModel } from '../../review/reviewModel';
import { DIMENSIONS, type Dimension } from '../../story/tagContract';
import { el, uid } from '../dom';

const SVG = 'http://www.w3.org/2000/svg';
const LINES: Record<Dimension, { label: string; colour: string; dash: string }> = {
  permanence: { label: 'Permanence', colour: '#1d5a8a', dash: '' },
  contact: { label: 'Contact', colour: '#2e6b2f', dash: '8 4' },
  disruption: { label: 'Disruption risk', colour: '#a3261b', dash: '2 4' },
};

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

export function trajectoryChart(model: ReviewModel): HTMLElement {
  const scaled = model.scores !== null;
  const rows = model.decisions.map((d) => ({ position: d.position, values: scaled ? d.scoresAfter! : d.totalsAfter }));
  const section = el('section', undefined, 'card review-trajectory');
  const heading = el('h2', 'How the scores moved');
  section.setAttribute('aria-labelledby', (heading.id = uid('trajectory')));
  const figure = el('div', undefined, 'trajectory-figure');
  figure.append(heading, el('p', scaled
    ? 'Each score after each decision, on the 0 to 100 scale of the final scores. For permanence and contact higher is better; for disruption risk lower is better.'
    : 'Running totals after each decision, as the log records them (the story\'s 0 to 100 scale is not known for this log). For permanence and contact higher is better; for disruption risk lower is better.'));
  section.append(figure);
  if (rows.length === 0) {
    section.append(el('p', 'No decisions were recorded, so there is nothing to chart.'));
    return section;
  }

  const all = rows.flatMap((r) => DIMENSIONS.map((d) => r.values[d]));
  const [low, high] = scaled ? [0, 100] : [Math.min(0, ...all), Math.max(1, ...all)];
  const width = 640;
  const height = 260;
  const pad = { left: 44, right: 150, top: 12, bottom: 34 };
  const x = (i: number) => pad.left + (rows.length === 1 ? 0 : (i / (rows.length - 1)) * (width - pad.left - pad.right));
  const y = (value: number) => pad.top + (1 - (value - low) / (high - low)) * (height - pad.top - pad.bottom);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'trajectory-svg', 'aria-hidden': 'true', focusable: 'false' });
  for (const tick of [low, (low + high) / 2, high]) {
    chart.append(svg('line', { x1: pad.left, x2: width - pad.right, y1: y(tick), y2: y(tick), stroke: '#c9cfd6', 'stroke-width': 1 }));
    const label = svg('text', { x: pad.left - 8, y: y(tick) + 4, 'text-anchor': 'end', 'font-size': 12, fill: '#4a5360' });
    label.textContent = String(Math.round(tick));
    chart.append(label);
  }
  const every = Math.max(1, Math.ceil(rows.length / 16));
  rows.forEach((r, i) => {
    if (i % every !== 0 && i !== rows.length - 1) return;
    const label = svg('text', { x: x(i), y: height - pad.bottom + 18, 'text-anchor': 'middle', 'font-size': 12, fill: '#4a5360' });
    label.textContent = String(r.position);
    chart.append(label);
  });
  const caption = svg('text', { x: pad.left, y: height - 2, 'font-size': 12, fill: '#4a5360' });
  caption.textContent = 'Decision';
  chart.append(caption);
  const last = rows[rows.length - 1]!;
  for (const d of DIMENSIONS) {
    const line = LINES[d];
    const points = rows.map((r, i) => `${x(i).toFixed(1)},${y(r.values[d]).toFixed(1)}`).join(' ');
    chart.append(svg('polyline', { points, fill: 'none', stroke: line.colour, 'stroke-width': 3, 'stroke-dasharray': line.dash, 'stroke-linejoin': 'round' }));
  }
  // End labels in the order the lines finish, pushed apart where two lines end close together.
  const ends = DIMENSIONS.map((d) => ({ d, at: y(last.values[d]) + 4 })).sort((a, b) => a.at - b.at);
  ends.forEach((end, i) => { if (i > 0) end.at = Math.max(end.at, ends[i - 1]!.at + 15); });
  for (const { d, at } of ends) {
    const text = svg('text', { x: width - pad.right + 8, y: at, 'font-size': 13, fill: LINES[d].colour, 'font-weight': 700 });
    text.textContent = `${LINES[d].label} ${last.values[d]}`;
    chart.append(text);
  }
  figure.append(chart);

  const table = el('table', undefined, 'review-table');
  table.append(el('caption', scaled ? 'Scores after each decision (0 to 100; for disruption risk, lower is better)' : 'Running totals after each decision (for disruption risk, lower is better)'));
  const th = (text: string, scope: 'col' | 'row') => {
    const cell = el('th', text);
    cell.scope = scope;
    return cell;
  };
  const head = el('tr');
  head.append(th('Decision', 'col'), ...DIMENSIONS.map((d) => th(LINES[d].label, 'col')));
  const body = el('tbody');
  for (const r of rows) {
    const tr = el('tr');
    tr.append(th(String(r.position), 'row'), ...DIMENSIONS.map((d) => el('td', String(r.values[d]))));
    body.append(tr);
  }
  const thead = el('thead');
  thead.append(head);
  table.append(thead, body);
  const wrap = el('div', undefined, 'table-wrap');
  wrap.tabIndex = 0;
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', 'Scores after each decision, as a table');
  wrap.append(table);
  section.append(wrap);
  return section;
}
