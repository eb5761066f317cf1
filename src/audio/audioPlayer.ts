/**
 * Sound through Howler. Nothing is loaded or played until the player's first click or
 * key press (browsers refuse sound before one, and it keeps requests off a page that was
 * only opened). Mute and volume come from the settings. A sound that fails to load is
 * dropped quietly: the game is complete without sound.
 */
import { Howl, Howler } from 'howler';
import { AMBIENCE, AMBIENCE_LEVEL, UI_SPRITE, type Cue } from './soundCatalogue';

export class AudioPlayer {
  private unlocked = false;
  private on = true;
  private volume = 0.5;
  private ui: Howl | null = null;
  private scene: string | null = null;
  private ambience: { scene: string; howl: Howl } | null = null;
  private readonly unlock = (): void => this.handleGesture();

  constructor(private readonly target: Pick<Document, 'addEventListener' | 'removeEventListener'> = document) {
    target.addEventListener('click', this.unlock, true);
    target.addEventListener('keydown', this.unlock, true);
  }

  /** From the settings: sound on or off, and volume 0-100. */
  configure(sound: boolean, volume: number): void {
    this.on = sound;
    this.volume = volume / 100;
    // Before the first gesture Howler is left untouched, so no audio context is even created.
    if (this.unlocked) this.safely(() => {
      Howler.volume(this.volume);
      Howler.mute(!this.on);
    });
    this.syncAmbience();
  }

  /** The setting the story is in now (`# scene:`), or null off the play screen. */
  setScene(scene: string | null): void {
    this.scene = scene;
    this.syncAmbience();
  }

  play(cue: Cue): void {
    if (!this.unlocked || !this.on) return;
    this.safely(() => this.uiSprite().play(cue));
  }

  private handleGesture(): void {
    if (this.unlocked) return;
    this.unlocked = true;
    this.target.removeEventListener('click', this.unlock, true);
    this.target.removeEventListener('keydown', this.unlock, true);
    this.configure(this.on, this.volume * 100);
    // Loaded now so the first cue is not late.
    if (this.on) this.safely(() => this.uiSprite());
  }

  private uiSprite(): Howl {
    this.ui ??= this.load([...UI_SPRITE.src], { sprite: UI_SPRITE.sprite });
    return this.ui;
  }

  private syncAmbience(): void {
    const wanted = this.unlocked && this.on && this.scene && AMBIENCE[this.scene] ? this.scene : null;
    if (this.ambience?.scene === wanted) return;
    this.safely(() => {
      if (this.ambience) {
        const old = this.ambience.howl;
        old.fade(old.volume(), 0, 600);
        old.once('fade', () => old.unload());
      }
      this.ambience = null;
      if (!wanted) return;
      const howl = this.load([...AMBIENCE[wanted]!], { loop: true, volume: 0 });
      howl.play();
      howl.fade(0, AMBIENCE_LEVEL, 1500);
      this.ambience = { scene: wanted, howl };
    });
  }

  private load(src: string[], options: Partial<ConstructorParameters<typeof Howl>[0]>): Howl {
    return new Howl({
      ...options,
      src,
      onloaderror: (_id, error) => console.warn('A sound could not be loaded; the game carries on without it.', error),
      onplayerror: (_id, error) => console.warn('A sound could not be played; the game carries on without it.', error),
    });
  }

  private safely(act: () => void): void {
    try {
      act();
    } catch (error) {
      console.warn('Sound is unavailable; the game carries on without it.', error);
    }
  }
}
