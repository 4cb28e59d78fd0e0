/**
 * Render on demand: the canvas only changes when a screen redraws, so Phaser's loop sleeps while
 * nothing changes and wakes for a few frames after each redraw, scene change or window resize.
 * A turn-based screen then costs the browser nothing between moves (on software WebGL a full-window
 * canvas redrawn every frame halves the page's frame rate).
 */
import type Phaser from 'phaser';

/** POST_RENDER, written out so this file loads without Phaser (unit tests run in Node). */
const POST_RENDER = 'postrender';

/** Frames rendered after the last request before the loop sleeps again. */
export const FRAMES_AFTER_REQUEST = 3;

const pending = new WeakMap<Phaser.Game, { frames: number }>();

/** Asks for a few frames to be rendered (a no-op until installRenderOnDemand ran for the game). */
export function requestRender(game: Phaser.Game): void {
  const state = pending.get(game);
  if (!state) return;
  state.frames = FRAMES_AFTER_REQUEST;
  if (!game.loop.running) game.loop.wake(true);
}

/** Frames left after one rendered frame, and whether the loop should now sleep; pure. */
export function afterFrame(frames: number): { frames: number; sleep: boolean } {
  const left = Math.max(0, frames - 1);
  return { frames: left, sleep: left === 0 };
}

/** Starts the sleep-when-idle behaviour; returns a function that stops it (and wakes the loop). */
export function installRenderOnDemand(game: Phaser.Game): () => void {
  const state = { frames: FRAMES_AFTER_REQUEST * 4 };
  pending.set(game, state);
  const onPostRender = (): void => {
    const next = afterFrame(state.frames);
    state.frames = next.frames;
    if (next.sleep) game.loop.sleep();
  };
  const onResize = (): void => requestRender(game);
  game.events.on(POST_RENDER, onPostRender);
  window.addEventListener('resize', onResize);
  return () => {
    game.events.off(POST_RENDER, onPostRender);
    window.removeEventListener('resize', onResize);
    pending.delete(game);
    game.loop.wake(true);
  };
}
