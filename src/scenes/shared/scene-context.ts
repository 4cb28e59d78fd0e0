/**
 * What every scene receives from the composition root (main.ts) through the game registry: the
 * store, the DOM layer and the version. Structural types only, so scenes
 * depend on the store's contract and not on zustand.
 */
import type Phaser from 'phaser';
import type { GameStore } from '../../state';
import type { Language } from '../../text';

/** The part of the store API scenes use (zustand's vanilla store satisfies it). */
export interface StoreLike {
  getState(): GameStore;
  subscribe(listener: (state: GameStore, previous: GameStore) => void): () => void;
}

/** Everything a scene needs from outside. */
export interface SceneContext {
  readonly store: StoreLike;
  /** The DOM layer over the canvas (#ui). */
  readonly uiRoot: HTMLElement;
  /** The app's version from package.json, shown on the title screen. */
  readonly appVersion: string;
  /** Starts the page again in another language (the game in progress is kept by its autosave). */
  readonly switchLanguage: (language: Language) => void;
}

/** Registry key under which main.ts stores the context. */
export const CONTEXT_KEY = 'leverage.context';

/** Reads the context from a scene's registry; throws if main.ts did not set it. */
export function sceneContext(scene: Phaser.Scene): SceneContext {
  const ctx = scene.registry.get(CONTEXT_KEY) as SceneContext | undefined;
  if (!ctx) throw new Error('Scene context missing: main.ts must set it before scenes start.');
  return ctx;
}
