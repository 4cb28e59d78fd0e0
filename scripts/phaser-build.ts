/**
 * The Vite plugin that gives the game its own, smaller Phaser (src/phaser-build/entry.cjs) in the
 * dev server and the production build alike, so both run the same Phaser and a missing feature
 * shows up in development, not only in the browser tests.
 *
 * - `phaser` resolves to the entry; `phaser-src/…` to Phaser's CommonJS sources in node_modules.
 * - Phaser's build-time feature flags are set by replacing each whole `typeof FLAG` expression
 *   (Phaser tests `if (typeof WEBGL_RENDERER)`), in the build (`define`) and in the dev server's
 *   dependency pre-bundling (which does not read `define`).
 *
 * Types still come from the phaser package (`import Phaser from 'phaser'` type-checks against the
 * whole of Phaser); tests/architecture/phaser-build.test.ts checks that what src/ uses is there.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * Phaser's feature flags. The renderer is Canvas 2D only: the canvas draws vector lines and fills
 * (Graphics), which a 2D context draws crisply everywhere, with no shaders to compile at start
 * (with software rendering the WebGL renderer's first frame took about 0.3 s) and 56 KB less to
 * download. Phaser's sound is off: howler plays the cues.
 */
export const PHASER_FLAGS: Readonly<Record<string, string>> = {
  'typeof WEBGL_RENDERER': 'false',
  'typeof CANVAS_RENDERER': 'true',
  'typeof WEBGL_DEBUG': 'false',
  'typeof FEATURE_SOUND': 'false',
  'typeof PLUGIN_CAMERA3D': 'false',
  'typeof PLUGIN_FBINSTANT': 'false',
};

const entry = fileURLToPath(new URL('../src/phaser-build/entry.cjs', import.meta.url));
const sources = fileURLToPath(new URL('../node_modules/phaser/src/', import.meta.url));

/** Resolves `phaser` to the project's entry and sets Phaser's feature flags. */
export function phaserBuild(): Plugin {
  return {
    name: 'leverage:phaser-build',
    config: () => ({
      resolve: {
        alias: [
          { find: /^phaser$/, replacement: entry },
          { find: /^phaser-src\//, replacement: sources },
        ],
      },
      define: { ...PHASER_FLAGS },
      optimizeDeps: {
        include: ['phaser'],
        rolldownOptions: { transform: { define: { ...PHASER_FLAGS } } },
      },
    }),
  };
}
