/**
 * A sharp canvas on high-density screens. Phaser has no resolution setting, so the canvas is made
 * the viewport's size in device pixels and shown at its CSS size (the scale manager's zoom of
 * 1 / ratio), and each screen's camera zooms by the ratio from the top-left corner: scenes and
 * widgets keep drawing in CSS pixels, the coordinates of the DOM slots they draw into.
 */
import Phaser from 'phaser';
import { canvasSizeFor, pixelRatioOf } from './pixel-ratio';

/** This window's canvas ratio now. */
function currentRatio(): number {
  return pixelRatioOf(window.devicePixelRatio);
}

/** The scale settings for the game config: the viewport in device pixels, shown at CSS size. */
export function viewportScaleConfig(): Phaser.Types.Core.ScaleConfig {
  const ratio = currentRatio();
  return {
    mode: Phaser.Scale.NONE,
    ...canvasSizeFor(window.innerWidth, window.innerHeight, ratio),
    zoom: 1 / ratio,
  };
}

/**
 * Keeps the canvas the viewport's size in device pixels as the window is resized or moved to a
 * screen of another density. The scale manager's RESIZE event then reaches every screen.
 * Returns a function that stops following.
 */
export function followViewport(game: Phaser.Game): () => void {
  const apply = (): void => {
    const ratio = currentRatio();
    const size = canvasSizeFor(window.innerWidth, window.innerHeight, ratio);
    game.scale.setZoom(1 / ratio);
    game.scale.resize(size.width, size.height);
  };
  let density: MediaQueryList | null = null;
  const watchDensity = (): void => {
    density?.removeEventListener('change', onDensity);
    density = window.matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
    density.addEventListener('change', onDensity);
  };
  const onDensity = (): void => {
    apply();
    watchDensity();
  };
  window.addEventListener('resize', apply);
  watchDensity();
  return () => {
    window.removeEventListener('resize', apply);
    density?.removeEventListener('change', onDensity);
  };
}

/** The canvas's device pixels per CSS pixel, read back from the scale manager's zoom. */
function ratioOf(scene: Phaser.Scene): number {
  const zoom = scene.scale.zoom;
  return zoom > 0 ? 1 / zoom : 1;
}

/** Points the scene's camera at CSS pixels: zoomed by the canvas ratio from the top-left corner. */
export function drawInCssPixels(scene: Phaser.Scene): void {
  scene.cameras.main.setOrigin(0, 0).setZoom(ratioOf(scene));
}

/** The viewport in CSS pixels, the space scenes draw in. */
export function viewSize(scene: Phaser.Scene): { width: number; height: number } {
  const ratio = ratioOf(scene);
  return { width: scene.scale.width / ratio, height: scene.scale.height / ratio };
}
