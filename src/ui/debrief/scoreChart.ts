/**
 * "How your scores moved": a small Phaser game drawing the chart (hidden from screen
 * readers), followed by the same figures as a data table. The game starts once the
 * chart is on the page and is destroyed when the debrief is left.
 */
import * as Phaser from 'phaser';
import type { Debrief } from '../../engine/debrief';
import type { DimensionBounds } from '../../story/exploreStory';
import { DIMENSIONS } from '../../story/tagContract';
import { ScoreChartScene } from '../../scenes/ScoreChartScene';
import { el, uid } from '../dom';
import { scoreSeries } from './scoreSeries';
import './debrief.css';

const LINE_LABELS = { permanence: 'Permanence', contact: 'Contact', disruption: 'Disruption risk (lower is better)' } as const;
const COLUMN_HEADS = { permanence: 'Permanence', contact: 'Contact', disruption: 'Disruption risk' } as const;

export interface ScoreChart {
  node: HTMLElement;
  dispose: () => void;
}

export function scoreChart(debrief: Debrief, bounds: DimensionBounds): ScoreChart {
  const rows = scoreSeries(debrief, bounds);
  const section = el('section', undefined, 'card score-chart');
  const heading = el('h3', 'How your scores moved');
  section.setAttribute('aria-labelledby', (heading.id = uid('score-chart')));
  section.append(heading, el('p', 'Each score after each decision, on the same 0 to 100 scale as your final scores. For permanence and contact higher is better; for disruption risk lower is better.'));
  const stage = el('div', undefined, 'score-chart-canvas');
  stage.setAttribute('aria-hidden', 'true');
  if (rows.length > 0) section.append(stage);

  const table = el('table', undefined, 'score-table');
  table.append(el('caption', 'Your scores after each decision (0 to 100; for disruption risk, lower is better)'));
  const head = el('tr');
  const th = (text: string, scope: 'col' | 'row') => {
    const cell = el('th', text);
    cell.scope = scope;
    return cell;
  };
  head.append(th('Decision', 'col'), ...DIMENSIONS.map((d) => th(COLUMN_HEADS[d], 'col')));
  table.append(el('thead'), el('tbody'));
  table.tHead!.append(head);
  for (const row of rows) {
    const tr = el('tr');
    tr.append(th(String(row.decision), 'row'), ...DIMENSIONS.map((d) => el('td', String(row.scores[d]))));
    table.tBodies[0]!.append(tr);
  }
  // With large text the table may be wider than a phone: it scrolls, and can be scrolled by keyboard.
  const wrap = el('div', undefined, 'table-wrap');
  wrap.tabIndex = 0;
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', 'Scores after each decision, as a table');
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
      lines: DIMENSIONS.map((d) => ({ label: LINE_LABELS[d], values: rows.map((r) => r.scores[d]) })),
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
