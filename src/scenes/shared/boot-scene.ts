/** Boot: the first scene. It only hands over to Preload; the page's colours come from the CSS. */
import Phaser from 'phaser';
import { SCENE_KEYS } from './scene-keys';

/** Starts the preload at once (nothing to load before the progress bar can show). */
export class BootScene extends Phaser.Scene {
  constructor() {
    super(SCENE_KEYS.boot);
  }

  create(): void {
    this.scene.start(SCENE_KEYS.preload);
  }
}
