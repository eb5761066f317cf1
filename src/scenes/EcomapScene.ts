/**
 * Draws the ecomap: the child in the centre, the network around, each tie as a line as
 * thick as its strength (a faint dashed line for no tie), coloured by kind. When ties
 * change it eases them to their new strength, at once if motion is reduced. Drawing only.
 */
import * as Phaser from 'phaser';
import { KIND_COLOURS, type EcomapModel, type EcomapTie } from '../ui/caseFile/ecomapModel';

export const ECOMAP_SIZE = { width: 640, height: 460 } as const;
const CENTRE_R = 42;
const MEMBER_R = 18;
const FAINT = 0x6b7280;

export class EcomapScene extends Phaser.Scene {
  private lines: Phaser.GameObjects.Graphics | null = null;
  /** Strengths as drawn now; fractional while a tie is easing. */
  private drawn: number[];
  private tweensByTie: (Phaser.Tweens.Tween | null)[] = [];

  constructor(private model: EcomapModel, private readonly reducedMotion: () => boolean) {
    super('Ecomap');
    this.drawn = model.ties.map((t) => t.strength);
  }

  create(): void {
    const { width, height } = ECOMAP_SIZE;
    const cx = width / 2;
    const cy = height / 2;
    this.lines = this.add.graphics();
    this.redraw();
    const nodes = this.add.graphics();
    nodes.fillStyle(0xe8f0f7, 1).lineStyle(4, 0x1d5a8a, 1);
    nodes.fillCircle(cx, cy, CENTRE_R).strokeCircle(cx, cy, CENTRE_R);
    this.add.text(cx, cy, this.model.centre, { fontFamily: 'system-ui, sans-serif', fontSize: '16px', fontStyle: 'bold', color: '#143f61' }).setOrigin(0.5);
    this.model.ties.forEach((tie, i) => {
      const { x, y, angle } = this.memberAt(i);
      nodes.fillStyle(0xffffff, 1).lineStyle(3, KIND_COLOURS[tie.kind], 1);
      nodes.fillCircle(x, y, MEMBER_R).strokeCircle(x, y, MEMBER_R);
      const cos = Math.cos(angle);
      const sin = Math.sin(angle);
      const lx = x + cos * (MEMBER_R + 6);
      const ly = y + sin * (MEMBER_R + 6);
      this.add.text(lx, ly, tie.label, {
        fontFamily: 'system-ui, sans-serif', fontSize: '14px', color: '#1b1f24',
        align: cos > 0.3 ? 'left' : cos < -0.3 ? 'right' : 'center', wordWrap: { width: 130 },
      }).setOrigin(cos > 0.3 ? 0 : cos < -0.3 ? 1 : 0.5, sin > 0.3 ? 0 : sin < -0.3 ? 1 : 0.5);
    });
  }

  /** New strengths from the story: each changed tie eases to its new strength. */
  setTies(model: EcomapModel): void {
    const before = this.drawn;
    this.model = model;
    this.drawn = model.ties.map((t, i) => before[i] ?? t.strength);
    if (!this.lines) {
      this.drawn = model.ties.map((t) => t.strength);
      return;
    }
    model.ties.forEach((tie, i) => {
      if (this.drawn[i] === tie.strength) return;
      this.tweensByTie[i]?.stop();
      if (this.reducedMotion()) {
        this.drawn[i] = tie.strength;
        return;
      }
      this.tweensByTie[i] = this.tweens.addCounter({
        from: this.drawn[i]!, to: tie.strength, duration: 700, ease: 'Sine.easeInOut',
        onUpdate: (tween) => {
          this.drawn[i] = tween.getValue() ?? tie.strength;
          this.redraw();
        },
      });
    });
    this.redraw();
  }

  private memberAt(i: number): { x: number; y: number; angle: number } {
    const n = Math.max(1, this.model.ties.length);
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / n;
    const { width, height } = ECOMAP_SIZE;
    return { x: width / 2 + Math.cos(angle) * 165, y: height / 2 + Math.sin(angle) * 150, angle };
  }

  private redraw(): void {
    const g = this.lines;
    if (!g) return;
    g.clear();
    const cx = ECOMAP_SIZE.width / 2;
    const cy = ECOMAP_SIZE.height / 2;
    this.model.ties.forEach((tie: EcomapTie, i) => {
      const s = this.drawn[i] ?? tie.strength;
      const { x, y, angle } = this.memberAt(i);
      const x1 = cx + Math.cos(angle) * CENTRE_R;
      const y1 = cy + Math.sin(angle) * CENTRE_R;
      const x2 = x - Math.cos(angle) * MEMBER_R;
      const y2 = y - Math.sin(angle) * MEMBER_R;
      if (s < 0.5) {
        g.lineStyle(1.5, FAINT, 0.7);
        dashed(g, x1, y1, x2, y2);
      } else {
        g.lineStyle(Math.max(1, 1 + (s - 1) * 1.75), KIND_COLOURS[tie.kind], 1);
        g.lineBetween(x1, y1, x2, y2);
      }
    });
  }
}

function dashed(g: Phaser.GameObjects.Graphics, x1: number, y1: number, x2: number, y2: number): void {
  const length = Math.hypot(x2 - x1, y2 - y1);
  const dash = 6;
  for (let d = 0; d < length; d += dash * 2) {
    const a = d / length;
    const b = Math.min(length, d + dash) / length;
    g.lineBetween(x1 + (x2 - x1) * a, y1 + (y2 - y1) * a, x1 + (x2 - x1) * b, y1 + (y2 - y1) * b);
  }
}
