/**
 * The game's own Phaser (src/phaser-build/entry.cjs) must provide every part of Phaser the game
 * uses: the compiler checks src/ against the whole phaser package's types, so only this test (and
 * the browser tests) notice a part the entry leaves out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  entryNamespace,
  entryRequires,
  factoryCalls,
  factoryModules,
  objectKeys,
  phaserValuePaths,
  providesPath,
  scenePluginModules,
  thisProperties,
} from './phaser-usage';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const phaserSrc = path.join(repoRoot, 'node_modules/phaser/src');
const read = (file: string): string => readFileSync(file, 'utf8');

/** Files under a folder with one of the extensions, as { path relative to the folder, source }. */
function sources(dir: string, ext: string): { path: string; source: string }[] {
  const out: { path: string; source: string }[] = [];
  const visit = (rel: string): void => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) visit(child);
      else if (entry.name.endsWith(ext)) out.push({ path: child, source: read(path.join(dir, child)) });
    }
  };
  visit('');
  return out;
}

const entrySource = read(path.join(repoRoot, 'src/phaser-build/entry.cjs'));
const required = new Set(
  entryRequires(entrySource)
    .filter((p) => p.startsWith('phaser-src/'))
    .map((p) => `${p.slice('phaser-src/'.length)}.js`),
);
const phaserFiles = sources(phaserSrc, '.js');
const gameSources = sources(path.join(repoRoot, 'src'), '.ts');
const sceneSources = gameSources.filter((f) => f.path.startsWith('scenes/'));

/** `file: what` for each use in src/ that fails the check. */
function missing(
  files: readonly { path: string; source: string }[],
  uses: (source: string) => string[],
  provided: (use: string) => boolean,
): string[] {
  return files.flatMap((f) =>
    uses(f.source)
      .filter((u) => !provided(u))
      .map((u) => `src/${f.path}: ${u}`),
  );
}

describe("the game's own Phaser build", () => {
  const tree = entryNamespace(entrySource);
  const constants = objectKeys(read(path.join(phaserSrc, 'const.js')), 'CONST');
  const plugins = scenePluginModules(phaserFiles, read(path.join(phaserSrc, 'scene/InjectionMap.js')));
  const factories = factoryModules(phaserFiles);

  it('reads the entry, the game and Phaser (the checks below have something to check)', () => {
    expect(Object.keys(tree)).toContain('Game');
    expect(constants).toContain('AUTO');
    expect(plugins.get('tweens')).toBe('tweens/TweenManager.js');
    expect(factories.get('add.graphics')).toBe('gameobjects/graphics/GraphicsFactory.js');
    expect(gameSources.some((f) => phaserValuePaths(f.source).length > 0)).toBe(true);
  });

  it('provides every Phaser value src/ reads (Phaser.Scene, Phaser.Scale.Events …)', () => {
    expect(missing(gameSources, phaserValuePaths, (p) => providesPath(tree, constants, p))).toEqual([]);
  });

  it('loads the plugin behind every scene property the scenes use (this.scale, this.scene …)', () => {
    const loaded = (name: string): boolean => {
      if (name === 'sound') return false; // Phaser's sound is off; howler plays the game's (src/audio).
      const module = plugins.get(name);
      return module === undefined || required.has(module);
    };
    expect(missing(sceneSources, thisProperties, loaded)).toEqual([]);
  });

  it('registers every game object factory the game calls (this.add.graphics …)', () => {
    const registered = (call: string): boolean => {
      const module = factories.get(call);
      return module !== undefined && required.has(module);
    };
    expect(missing(gameSources, factoryCalls, registered)).toEqual([]);
  });
});

describe('the Phaser usage checker itself', () => {
  const scene = [
    "import Phaser from 'phaser';",
    'let g: Phaser.GameObjects.Graphics;',
    'class S extends Phaser.Scene {',
    '  create(): void {',
    '    g = this.add.graphics();',
    '    this.tweens.add({});',
    '    this.scale.on(Phaser.Scale.Events.RESIZE, () => {});',
    '    this.add.text(0, 0, "x");',
    '  }',
    '}',
  ].join('\n');

  it('finds value paths but not type annotations', () => {
    expect(phaserValuePaths(scene)).toEqual(['Scale.Events.RESIZE', 'Scene']);
  });

  it('finds scene properties and factory calls', () => {
    expect(thisProperties(scene)).toEqual(['add', 'scale', 'tweens']);
    expect(factoryCalls(scene)).toEqual(['add.graphics', 'add.text']);
  });

  it('walks the namespace to a required module or a constant', () => {
    const entry =
      "var Phaser = { Core: { Events: require('phaser-src/core/events') }, Scale: require('x') };";
    const tree = entryNamespace(entry);
    expect(providesPath(tree, ['AUTO'], 'Core.Events.DESTROY')).toBe(true);
    expect(providesPath(tree, ['AUTO'], 'Scale.RESIZE')).toBe(true);
    expect(providesPath(tree, ['AUTO'], 'AUTO')).toBe(true);
    expect(providesPath(tree, ['AUTO'], 'Core.Config')).toBe(false);
    expect(providesPath(tree, ['AUTO'], 'Tweens.TweenManager')).toBe(false);
    expect(entryRequires(entry)).toEqual(['phaser-src/core/events', 'x']);
  });
});
