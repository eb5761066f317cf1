/**
 * A small Phaser game drawing one scene inside the case-file panel. The canvas is hidden
 * from assistive technology: the panel gives the same content as text beside it.
 */
import * as Phaser from 'phaser';

export interface PhaserDrawing {
  destroy: () => void;
}

export function mountDrawing(parent: HTMLElement, scene: Phaser.Scene, width: number, height: number): PhaserDrawing {
  parent.setAttribute('aria-hidden', 'true');
  // Never drawn larger than its own size, where it would blur.
  parent.style.maxWidth = `${width}px`;
  const game = new Phaser.Game({
    // Canvas rather than WebGL: two still drawings need no GPU context of their own.
    type: Phaser.CANVAS,
    parent,
    width,
    height,
    backgroundColor: '#ffffff',
    // Sized by CSS (width 100%), so the drawing shrinks with a narrow screen.
    scale: { mode: Phaser.Scale.NONE },
    scene: [scene],
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
  });
  return { destroy: () => game.destroy(true) };
}
