/**
 * The debrief's line chart, decision by decision, on a 0-100 scale. Drawing only: the rows and
 * labels come in as scene data. A null value is a gap in the line (nothing to judge there).
 * Each line has its own colour, dash pattern and marker, so the lines can be told apart without
 * colour. Redraws on resize.
 */
import * as Phaser from 'phaser';

export interface ChartLine {
  label: string;
  /** One value a decision; null leaves a gap. */
  values: (number | null)[];
}

export interface ScoreChartData {
  /** Three lines, drawn in order with the styles below. */
  lines: ChartLine[];
}

type Marker = 'circle' | 'square' | 'triangle';
// Dark enough for 3:1 against white (non-text contrast), and apart for common colour blindness.
const STYLES: { colour: number; dash: number[]; marker: Marker }[] = [
  { colour: 0x0b5c99, dash: [], marker: 'circle' },
  { colour: 0xb34700, dash: [10, 6], marker: 'square' },
  { colour: 0x6a3d9a, dash: [2, 5], marker: 'triangle' },
];
const INK = '#1b1f24';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export class ScoreChartScene extends Phaser.Scene {
  private chart: ScoreChartData = { lines: [] };
  private drawn: Phaser.GameObjects.GameObject[] = [];

  constructor() {
    super('ScoreChart');
  }

  init(data: ScoreChartData): void {
    this.chart = data;
  }

  create(): void {
    this.draw();
    this.scale.on('resize', () => this.draw());
  }

  private draw(): void {
    for (const o of this.drawn) o.destroy();
    this.drawn = [];
    const { width, height } = this.scale;
    const narrow = width < 480;
    const fontSize = narrow ? 12 : 14;
    const text = (x: number, y: number, s: string, originX = 0, originY = 0.5) => {
      const t = this.add.text(x, y, s, { fontFamily: FONT, fontSize: `${fontSize}px`, color: INK }).setOrigin(originX, originY);
      this.drawn.push(t);
      return t;
    };
    const g = this.add.graphics();
    this.drawn.push(g);

    // The legend sits above the plot, one entry a row when narrow.
    const legendRow = fontSize + 10;
    const legendRows = narrow ? this.chart.lines.length : 1;
    let lx = 8;
    this.chart.lines.forEach((line, i) => {
      const style = STYLES[i % STYLES.length]!;
      const y = 12 + (narrow ? i * legendRow : 0);
      if (narrow) lx = 8;
      this.polyline(g, [[lx, y], [lx + 36, y]], style.colour, style.dash);
      this.marker(g, lx + 18, y, style.marker, style.colour);
      const label = text(lx + 44, y, line.label);
      lx += 44 + label.width + 24;
    });

    const left = 44;
    const right = width - 16;
    const top = 12 + legendRows * legendRow + 8;
    const bottom = height - 48;
    const count = Math.max(1, ...this.chart.lines.map((l) => l.values.length));
    const xOf = (i: number) => (count === 1 ? (left + right) / 2 : left + 12 + (i / (count - 1)) * (right - left - 24));
    const yOf = (v: number) => bottom - (v / 100) * (bottom - top);

    for (const v of [0, 25, 50, 75, 100]) {
      g.lineStyle(1, v === 0 ? 0x4a5360 : 0xd5dae0, 1);
      g.lineBetween(left, yOf(v), right, yOf(v));
      text(left - 6, yOf(v), String(v), 1);
    }
    const step = Math.ceil(count / Math.max(1, Math.floor((right - left) / 32)));
    for (let i = 0; i < count; i += step) text(xOf(i), bottom + 6, String(i + 1), 0.5, 0);
    text((left + right) / 2, height - 4, 'Decision', 0.5, 1);

    this.chart.lines.forEach((line, i) => {
      const style = STYLES[i % STYLES.length]!;
      // Runs of judged decisions are joined; a null breaks the line.
      let run: [number, number][] = [];
      const runs: [number, number][][] = [run];
      line.values.forEach((v, j) => {
        if (v === null) runs.push((run = []));
        else run.push([xOf(j), yOf(v)]);
      });
      for (const points of runs) {
        this.polyline(g, points, style.colour, style.dash);
        for (const [x, y] of points) this.marker(g, x, y, style.marker, style.colour);
      }
    });
  }

  /** A line through the points, solid or with the dash pattern carried across corners. */
  private polyline(g: Phaser.GameObjects.Graphics, points: [number, number][], colour: number, dash: number[]): void {
    g.lineStyle(3, colour, 1);
    if (dash.length === 0) {
      for (let i = 1; i < points.length; i++) g.lineBetween(points[i - 1]![0], points[i - 1]![1], points[i]![0], points[i]![1]);
      return;
    }
    let k = 0;
    let left = dash[0]!;
    for (let i = 1; i < points.length; i++) {
      let [x, y] = points[i - 1]!;
      const [x2, y2] = points[i]!;
      let length = Math.hypot(x2 - x, y2 - y);
      const ux = (x2 - x) / (length || 1);
      const uy = (y2 - y) / (length || 1);
      while (length > 0) {
        const d = Math.min(left, length);
        if (k % 2 === 0) g.lineBetween(x, y, x + ux * d, y + uy * d);
        x += ux * d;
        y += uy * d;
        length -= d;
        left -= d;
        if (left <= 0) {
          k = (k + 1) % dash.length;
          left = dash[k]!;
        }
      }
    }
  }

  private marker(g: Phaser.GameObjects.Graphics, x: number, y: number, kind: Marker, colour: number): void {
    g.fillStyle(0xffffff, 1);
    g.lineStyle(2, colour, 1);
    if (kind === 'circle') {
      g.fillCircle(x, y, 5).strokeCircle(x, y, 5);
    } else if (kind === 'square') {
      g.fillStyle(colour, 1).fillRect(x - 5, y - 5, 10, 10);
    } else {
      g.fillStyle(colour, 1).fillTriangle(x, y - 6, x - 6, y + 5, x + 6, y + 5);
    }
  }
}
