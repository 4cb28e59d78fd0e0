/**
 * The router: the store's `screen` field decides which scenes run. The report and the negotiation
 * are dialogs over the campaign, so the campaign scene keeps running beneath them.
 */
import type Phaser from 'phaser';
import type { Screen } from '../../state';
import { requestRender } from '../canvas/render-on-demand';
import { SCENE_KEYS, type SceneKey } from './scene-keys';
import type { StoreLike } from './scene-context';

/** The scenes a screen needs: a base screen and, for dialogs, an overlay above it. */
export interface ScreenScenes {
  readonly base: SceneKey;
  readonly overlay: SceneKey | null;
}

/** Which scenes show a screen; pure. */
export function scenesForScreen(screen: Screen): ScreenScenes {
  switch (screen) {
    case 'title':
      return { base: SCENE_KEYS.title, overlay: null };
    case 'briefing':
      return { base: SCENE_KEYS.briefing, overlay: null };
    case 'campaign':
      return { base: SCENE_KEYS.campaign, overlay: null };
    case 'report':
      return { base: SCENE_KEYS.campaign, overlay: SCENE_KEYS.report };
    case 'negotiation':
      return { base: SCENE_KEYS.campaign, overlay: SCENE_KEYS.negotiation };
    case 'debrief':
      return { base: SCENE_KEYS.debrief, overlay: null };
  }
}

/** What to stop and start to go from the running scenes to a screen's scenes; pure. */
export function routeChanges(
  running: ReadonlySet<SceneKey>,
  target: ScreenScenes,
): { stop: SceneKey[]; start: SceneKey[] } {
  const wanted = [target.base, ...(target.overlay ? [target.overlay] : [])];
  return {
    stop: [...running].filter((key) => !wanted.includes(key)),
    start: wanted.filter((key) => !running.has(key)),
  };
}

/**
 * Starts routing: shows the current screen now and follows every change of `screen`. Screens past
 * the title wait for `playScenes` (the lazily loaded scenes) before they show. Returns a function
 * that stops following.
 */
export function startScreenRouter(
  game: Phaser.Game,
  store: StoreLike,
  playScenes: Promise<unknown>,
): () => void {
  const running = new Set<SceneKey>();
  let loaded = false;
  void playScenes.then(() => {
    loaded = true;
    apply(store.getState().screen);
  });
  const apply = (screen: Screen): void => {
    if (!loaded && screen !== 'title') return;
    const { stop, start } = routeChanges(running, scenesForScreen(screen));
    for (const key of stop) {
      game.scene.stop(key);
      running.delete(key);
    }
    for (const key of start) {
      game.scene.start(key);
      running.add(key);
    }
    requestRender(game);
  };
  apply(store.getState().screen);
  return store.subscribe((state, previous) => {
    if (state.screen !== previous.screen) apply(state.screen);
  });
}
