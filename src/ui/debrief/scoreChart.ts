/**
 * "How close each choice came": a small Phaser game drawing, decision by decision, how close
 * the choice came to the strongest option offered (hidden from screen readers), followed by the
 * same figures, and each dimension's, as a data table. Not a climbing total. The game starts
 * once the chart is on the page and is destroyed when the debrief is left.
 */
import * as Phaser from 'phaser';
import type { Debrief } from '../../engine/debrief';
import { DIMENSIONS } from '../../story/tagContract';
import { ScoreChartScene } from '../../scenes/ScoreChartScene';
import { el, uid, headerCell } from '../dom';
import { scoreSeries } from './scoreSeries';
import './debrief.css';

export const CHART_TITLE = 'How close each choice came to the strongest option';
const COLUMN_HEADS = { permanence: 'Permanence', contact: 'Contact', disruption: 'Disruption risk' } as const;

export interface ScoreChart {
  node: HTMLElement;
  dispose: () => void;
}

export function scoreChart(debrief: Debrief): ScoreChart {
  const rows = scoreSeries(debrief);
  const section = el('section', undefined, 'score-chart');
  const heading = el('h4', CHART_TITLE);
  section.setAttribute('aria-labelledby', (heading.id = uid('score-chart')));
  section.append(heading, el('p', 'Each decision on its own, from 0 (the weakest option offered there) to 100 (the strongest). A gap means the options offered were judged equal. The table also gives where each choice sat on each dimension; for disruption risk, 0 is the least risky option offered.'));
  const stage = el('div', undefined, 'score-chart-canvas');
  stage.setAttribute('aria-hidden', 'true');
  if (rows.length > 0) section.append(stage);

  const table = el('table', undefined, 'score-table');
  table.append(el('caption', 'Each decision against the options offered there (0 to 100; for disruption risk, lower is better)'));
  const head = el('tr');
  const th = headerCell;
  const cell = (n: number | null) => el('td', n === null ? 'not judged' : String(n), n === null ? 'not-judged' : undefined);
  head.append(th('Decision', 'col'), th('Closeness to the strongest', 'col'), ...DIMENSIONS.map((d) => th(COLUMN_HEADS[d], 'col')));
  table.append(el('thead'), el('tbody'));
  table.tHead!.append(head);
  for (const row of rows) {
    const tr = el('tr');
    tr.append(th(String(row.decision), 'row'), cell(row.closeness), ...DIMENSIONS.map((d) => cell(row.scores[d])));
    table.tBodies[0]!.append(tr);
  }
  // With large text the table may be wider than a phone: it scrolls, and can be scrolled by keyboard.
  const wrap = el('div', undefined, 'table-wrap');
  wrap.tabIndex = 0;
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', 'Each decision against the options offered, as a table');
  wrap.append(table);
  section.append(rows.length > 0 ? wrap : el('p', 'No decisions were recorded, so there is nothing to chart.'));

  let game: Phaser.Game | null = null;
  let disposed = false;
  const start = () => {
    if (disposed || game || rows.length === 0) return;
    // Phaser measures its parent when it boots, so wait until the chart is on the page.
    if (!stage.isConnected) {
      requestAnimationFrame(start);
      return;
    }
    game = new Phaser.Game({
      type: Phaser.CANVAS,
      parent: stage,
      backgroundColor: '#ffffff',
      scale: { mode: Phaser.Scale.RESIZE },
      banner: false,
      autoFocus: false,
      audio: { noAudio: true },
      input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    });
    game.scene.add('ScoreChart', ScoreChartScene, true, {
      lines: [{ label: 'Closeness to the strongest option offered', values: rows.map((r) => r.closeness) }],
    });
  };
  requestAnimationFrame(start);
  return {
    node: section,
    dispose: () => {
      disposed = true;
      game?.destroy(true);
      game = null;
    },
  };
}
