/**
 * Preload: shows a real progress bar while the type faces load, then hands over to the router and
 * loads the play scenes (with the map and the texts) in the background; the router holds any
 * screen past the title until they are in. Sound loads lazily on first input.
 */
import Phaser from 'phaser';
import { createProgressView } from '../../ui/progress-view';
import { screenText } from '../../text';
import { sceneContext } from './scene-context';
import { SCENE_KEYS } from './scene-keys';
import { installRenderOnDemand } from '../canvas/render-on-demand';
import { startScreenRouter } from './screen-router';

const FONT_FACES = ['400 16px "IBM Plex Sans"', '600 16px "IBM Plex Sans"', '700 16px "IBM Plex Sans"'];

/** Loads fonts and the map data with a visible, truthful progress bar. */
export class PreloadScene extends Phaser.Scene {
  constructor() {
    super(SCENE_KEYS.preload);
  }

  create(): void {
    const ctx = sceneContext(this);
    const view = createProgressView(screenText('preload.loading'));
    ctx.uiRoot.append(view.root);
    const tasks: Promise<unknown>[] = FONT_FACES.map((face) => document.fonts.load(face));
    let done = 0;
    view.set(0, tasks.length);
    const settle = (): void => {
      done += 1;
      view.set(done, tasks.length);
    };
    for (const task of tasks) task.then(settle, settle);
    void Promise.allSettled(tasks).then(() => {
      view.root.remove();
      const stopRendering = installRenderOnDemand(this.game);
      const game = this.game;
      const playScenes = import('./play-scenes').then(({ PLAY_SCENES }) => {
        for (const { key, scene } of PLAY_SCENES)
          if (!game.scene.getScene(key)) game.scene.add(key, scene, false);
      });
      const stopRouter = startScreenRouter(game, ctx.store, playScenes);
      game.events.once(Phaser.Core.Events.DESTROY, () => {
        stopRouter();
        stopRendering();
      });
      this.scene.stop();
    });
  }
}
