/**
 * "Decision by decision": an SVG line chart drawn with DOM calls (it prints sharply and needs
 * no canvas), hidden from screen readers, followed by the same figures as a table. Each decision
 * is judged on its own against the options offered there, as in the debrief: not a running
 * total. Each line has its own dash pattern and end label, so colour is never the only cue; a
 * gap in a line is a decision where the options were all equal on it.
 */
import { decisionSeries, type DecisionRow } from '../../review/decisionSeries';
import type { ReviewModel } from '../../review/reviewModel';
import { DIMENSIONS } from '../../story/tagContract';
import { el, uid, headerCell } from '../dom';

const SVG = 'http://www.w3.org/2000/svg';
type Line = 'closeness' | (typeof DIMENSIONS)[number];
const LINES: Record<Line, { label: string; colour: string; dash: string; width: number }> = {
  closeness: { label: 'Closeness to the best', colour: '#1f2933', dash: '', width: 4 },
  permanence: { label: 'Permanence', colour: '#1d5a8a', dash: '', width: 2 },
  contact: { label: 'Contact', colour: '#2e6b2f', dash: '8 4', width: 2 },
  disruption: { label: 'Disruption risk', colour: '#a3261b', dash: '2 4', width: 2 },
};
const ORDER: Line[] = ['closeness', ...DIMENSIONS];

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

const valueOf = (r: DecisionRow, line: Line): number | null => (line === 'closeness' ? r.closeness : r.scores[line]);
const cellText = (x: number | null) => (x === null ? 'not judged' : String(x));

export function trajectoryChart(model: ReviewModel): HTMLElement {
  const rows = decisionSeries(model.decisions);
  const section = el('section', undefined, 'card review-trajectory');
  const heading = el('h2', 'Decision by decision');
  section.setAttribute('aria-labelledby', (heading.id = uid('trajectory')));
  const figure = el('div', undefined, 'trajectory-figure');
  figure.append(heading, el('p', 'Each decision judged on its own against the options offered at that moment, 0 to 100: closeness is how near the choice came to the best option offered (100 is the best, 0 the weakest). For permanence and contact higher is better; for disruption risk lower is better. Not a running total: a long path and a short one are on the same scale. A gap means the options offered were all equal on that line.'));
  section.append(figure);
  if (rows.length === 0) {
    section.append(el('p', 'No decisions were recorded, so there is nothing to chart.'));
    return section;
  }
  if (rows.every((r) => r.closeness === null)) {
    section.append(el('p', 'The story could not be replayed for this log, so its decisions cannot be judged against the options offered.'));
    return section;
  }

  const width = 640;
  const height = 260;
  const pad = { left: 44, right: 190, top: 12, bottom: 34 };
  const x = (i: number) => pad.left + (rows.length === 1 ? 0 : (i / (rows.length - 1)) * (width - pad.left - pad.right));
  const y = (value: number) => pad.top + (1 - value / 100) * (height - pad.top - pad.bottom);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'trajectory-svg', 'aria-hidden': 'true', focusable: 'false' });
  for (const tick of [0, 50, 100]) {
    chart.append(svg('line', { x1: pad.left, x2: width - pad.right, y1: y(tick), y2: y(tick), stroke: '#c9cfd6', 'stroke-width': 1 }));
    const label = svg('text', { x: pad.left - 8, y: y(tick) + 4, 'text-anchor': 'end', 'font-size': 12, fill: '#4a5360' });
    label.textContent = String(tick);
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
  const ends: { line: Line; at: number; value: number }[] = [];
  for (const line of ORDER) {
    const style = LINES[line];
    // Lines break where a decision was not judged on them; a lone point still shows as a dot.
    let run: string[] = [];
    const flush = () => {
      if (run.length > 1) chart.append(svg('polyline', { points: run.join(' '), fill: 'none', stroke: style.colour, 'stroke-width': style.width, 'stroke-dasharray': style.dash, 'stroke-linejoin': 'round' }));
      run = [];
    };
    rows.forEach((r, i) => {
      const v = valueOf(r, line);
      if (v === null) return flush();
      run.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
      chart.append(svg('circle', { cx: x(i).toFixed(1), cy: y(v).toFixed(1), r: line === 'closeness' ? 4 : 3, fill: style.colour }));
    });
    flush();
    const last = [...rows].reverse().map((r) => valueOf(r, line)).find((v) => v !== null);
    if (last !== undefined && last !== null) ends.push({ line, at: y(last) + 4, value: last });
  }
  // End labels in the order the lines finish, pushed apart where two lines end close together.
  ends.sort((a, b) => a.at - b.at);
  ends.forEach((end, i) => { if (i > 0) end.at = Math.max(end.at, ends[i - 1]!.at + 15); });
  for (const { line, at, value } of ends) {
    const text = svg('text', { x: width - pad.right + 8, y: at, 'font-size': 13, fill: LINES[line].colour, 'font-weight': 700 });
    text.textContent = `${LINES[line].label} ${value}`;
    chart.append(text);
  }
  figure.append(chart);

  const table = el('table', undefined, 'review-table');
  table.append(el('caption', 'Each decision judged against the options offered there (0 to 100; for disruption risk, lower is better)'));
  const th = headerCell;
  const head = el('tr');
  head.append(th('Decision', 'col'), ...ORDER.map((line) => th(LINES[line].label, 'col')));
  const body = el('tbody');
  for (const r of rows) {
    const tr = el('tr');
    tr.append(th(String(r.position), 'row'), ...ORDER.map((line) => el('td', cellText(valueOf(r, line)))));
    body.append(tr);
  }
  const thead = el('thead');
  thead.append(head);
  table.append(thead, body);
  const wrap = el('div', undefined, 'table-wrap');
  wrap.tabIndex = 0;
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', 'Each decision judged, as a table');
  wrap.append(table);
  section.append(wrap);
  return section;
}
