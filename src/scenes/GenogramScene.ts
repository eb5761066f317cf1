/**
 * Draws a genogram already laid out (src/ui/caseFile/genogramLayout.ts): squares for men,
 * circles for women, diamonds when not known; partners joined side to side, a separation marked
 * with a double stroke; children hanging from the partnership; the child picked out. Drawing only.
 */
import * as Phaser from 'phaser';
import type { GenogramLayout, PlacedPerson } from '../ui/caseFile/genogramLayout';

const INK = 0x1b1f24;
const ACCENT = 0x1d5a8a;
const PALE = 0xe8f0f7;
const SIZE = 34;

export class GenogramScene extends Phaser.Scene {
  constructor(private readonly layout: GenogramLayout) {
    super('Genogram');
  }

  create(): void {
    const lines = this.add.graphics();
    const at = new Map(this.layout.people.map((p) => [p.id, p]));
    lines.lineStyle(2, INK, 1);
    for (const pair of this.layout.partners) {
      const a = at.get(pair.a)!;
      const b = at.get(pair.b)!;
      const [left, right] = a.x <= b.x ? [a, b] : [b, a];
      // Partners joined side to side, so a person with two partners has two separate lines.
      lines.lineBetween(left.x + SIZE / 2, left.y, right.x - SIZE / 2, right.y);
      if (pair.separated) {
        const mid = (left.x + right.x) / 2;
        lines.lineBetween(mid - 7, left.y + 8, mid - 2, left.y - 8);
        lines.lineBetween(mid + 2, left.y + 8, mid + 7, left.y - 8);
      }
    }
    for (const d of this.layout.descent) {
      const fromPartnership = !this.layout.people.some((p) => p.x === d.fromX && p.y === d.fromY);
      const startY = d.fromY + (fromPartnership ? 0 : SIZE / 2);
      const barY = d.toY - SIZE / 2 - 22;
      lines.lineBetween(d.fromX, startY, d.fromX, barY);
      lines.lineBetween(d.fromX, barY, d.toX, barY);
      lines.lineBetween(d.toX, barY, d.toX, d.toY - SIZE / 2);
    }
    for (const person of this.layout.people) this.drawPerson(person);
  }

  private drawPerson(p: PlacedPerson): void {
    const g = this.add.graphics();
    const half = SIZE / 2;
    g.fillStyle(p.isChild ? PALE : 0xffffff, 1);
    g.lineStyle(p.isChild ? 4 : 2, p.isChild ? ACCENT : INK, 1);
    if (p.gender === 'male') {
      g.fillRect(p.x - half, p.y - half, SIZE, SIZE);
      g.strokeRect(p.x - half, p.y - half, SIZE, SIZE);
    } else if (p.gender === 'female') {
      g.fillCircle(p.x, p.y, half);
      g.strokeCircle(p.x, p.y, half);
    } else {
      const points = [new Phaser.Math.Vector2(p.x, p.y - half - 3), new Phaser.Math.Vector2(p.x + half + 3, p.y), new Phaser.Math.Vector2(p.x, p.y + half + 3), new Phaser.Math.Vector2(p.x - half - 3, p.y)];
      g.fillPoints(points, true);
      g.strokePoints(points, true);
    }
    if (p.deceased) g.lineBetween(p.x - half, p.y + half, p.x + half, p.y - half);
    const [first, ...rest] = p.name.split(' ');
    this.add.text(p.x, p.y + half + 10, [first ?? '', rest.join(' ')].filter(Boolean).join('\n'), {
      fontFamily: 'system-ui, sans-serif', fontSize: '14px', color: p.isChild ? '#143f61' : '#1b1f24',
      fontStyle: p.isChild ? 'bold' : 'normal', align: 'center',
      // A white ground keeps a name readable where a line of descent runs behind it.
      backgroundColor: '#ffffff', padding: { x: 3, y: 1 },
    }).setOrigin(0.5, 0);
  }
}
