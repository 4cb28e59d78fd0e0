/**
 * The game's own Phaser: what `import Phaser from 'phaser'` resolves to in the dev server and the
 * production build (scripts/phaser-build.ts sets the alias and the feature flags).
 *
 * Why: stock Phaser is one module of about 355 KB gzipped that cannot be tree-shaken, and the game
 * uses a small part of it. Every text and control is DOM; the canvas only draws with Graphics
 * (the backdrop, the map, the charts, the posture track) and sound is howler's. This entry takes
 * Phaser's CommonJS sources for the game loop, scenes, the scale manager, the Canvas renderer and
 * the Graphics object, and nothing else (about 110 KB gzipped in the build, against stock Phaser's 355 KB).
 *
 * Adding a Phaser feature: require its module here (a game object needs its factory too, so that
 * `this.add.<name>()` exists). tests/architecture/phaser-build.test.ts fails when src/ uses a
 * Phaser value or a `this.add` factory that this file does not provide.
 */

// Phaser's own entries load this first; the video frame callback is used by the renderer.
require('phaser-src/polyfills/requestVideoFrame');

var CONST = require('phaser-src/const');
var Extend = require('phaser-src/utils/object/Extend');

// Load the renderer tree before anything requires a part of it: with WebGL on, its modules require
// each other in a cycle that only resolves when the tree's index is entered first (as phaser.js does).
require('phaser-src/renderer');

// The scene plugins every scene needs; each registers itself with the plugin cache on load.
// Scene plugins that are not loaded (input, loader, tweens, clock, data, lights) are skipped.
require('phaser-src/events/EventEmitter');
require('phaser-src/cameras/2d/CameraManager');
require('phaser-src/gameobjects/GameObjectCreator');
require('phaser-src/gameobjects/GameObjectFactory');
require('phaser-src/scene/ScenePlugin');
require('phaser-src/gameobjects/DisplayList');
require('phaser-src/gameobjects/UpdateList');

// Game object factories: `this.add.graphics()`.
require('phaser-src/gameobjects/graphics/GraphicsFactory');

/** The namespace the game's code reads: the same paths as stock Phaser, for the parts it uses. */
var Phaser = {
  Core: { Events: require('phaser-src/core/events') },
  Game: require('phaser-src/core/Game'),
  GameObjects: { Graphics: require('phaser-src/gameobjects/graphics/Graphics') },
  Scale: require('phaser-src/scale'),
  Scene: require('phaser-src/scene/Scene'),
  Scenes: { Events: require('phaser-src/scene/events') },
};

// AUTO, WEBGL, CANVAS and the version, as on stock Phaser's namespace.
module.exports = Extend(false, Phaser, CONST);
