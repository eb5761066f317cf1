/** A quiet backdrop behind the text: soft shapes drifting slowly (still when motion is reduced). */
import * as Phaser from 'phaser';

export class BackdropScene extends Phaser.Scene {
  constructor() {
    super('Backdrop');
  }

  create(): void {
    const { width, height } = this.scale;
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const colours = [0xdfe8f1, 0xf1e6d8, 0xe3efe4];
    for (let i = 0; i < 6; i++) {
      const circle = this.add.circle(
        (width / 6) * i + width / 12, height * (0.2 + 0.6 * ((i * 37) % 10) / 10),
        Math.min(width, height) * 0.18, colours[i % colours.length]!, 0.55,
      );
      if (!reduced) {
        this.tweens.add({ targets: circle, y: circle.y + 24, duration: 6000 + i * 700, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
      }
    }
  }
}
