/**
 * A quiet backdrop behind the text: soft shapes drifting slowly (still when motion is
 * reduced), their colours easing towards the setting the story names. Drawing only: the
 * setting arrives through the game registry ('setting'), set by the page, and so does the
 * player's reduced-motion setting ('reducedMotion'; the device's preference until the page sets it).
 */
import * as Phaser from 'phaser';
import { mixColour, paletteFor } from './settingPalettes';

export class BackdropScene extends Phaser.Scene {
  private circles: Phaser.GameObjects.Arc[] = [];
  private reduced = false;
  private fade: Phaser.Tweens.Tween | null = null;
  private drift: Phaser.Tweens.Tween[] = [];

  constructor() {
    super('Backdrop');
  }

  create(): void {
    const { width, height } = this.scale;
    const asked = this.registry.get('reducedMotion') as boolean | undefined;
    this.reduced = asked ?? window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const colours = paletteFor((this.registry.get('setting') as string | null) ?? null);
    for (let i = 0; i < 6; i++) {
      const circle = this.add.circle(
        (width / 6) * i + width / 12, height * (0.2 + 0.6 * ((i * 37) % 10) / 10),
        Math.min(width, height) * 0.18, colours[i % colours.length]!, 0.55,
      );
      this.circles.push(circle);
      this.drift.push(this.tweens.add({ targets: circle, y: circle.y + 24, duration: 6000 + i * 700, yoyo: true, repeat: -1, ease: 'Sine.easeInOut', paused: this.reduced }));
    }
    this.registry.events.on('changedata-reducedMotion', (_parent: unknown, value: boolean) => this.setReduced(value));
    this.registry.events.on('changedata-setting', (_parent: unknown, value: string | null) => this.showSetting(value));
  }

  private setReduced(reduced: boolean): void {
    this.reduced = reduced;
    for (const t of this.drift) {
      if (reduced) t.pause();
      else t.resume();
    }
    if (reduced) this.fade?.complete();
  }

  private showSetting(setting: string | null): void {
    const target = paletteFor(setting);
    const start = this.circles.map((c) => c.fillColor);
    const paint = (t: number) => this.circles.forEach((c, i) => c.setFillStyle(mixColour(start[i]!, target[i % target.length]!, t), 0.55));
    this.fade?.stop();
    if (this.reduced) {
      paint(1);
      return;
    }
    this.fade = this.tweens.addCounter({ from: 0, to: 1, duration: 1200, onUpdate: (tween) => paint(tween.getValue() ?? 1) });
  }
}
