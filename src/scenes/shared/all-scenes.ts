/** The scenes in the first chunk: enough to show the title. The rest load from play-scenes.ts. */
import { BootScene } from './boot-scene';
import { PreloadScene } from './preload-scene';
import { TitleScene } from '../title/title-scene';

/** The scene list for the game config; Boot first so it starts automatically. */
export const ALL_SCENES = [BootScene, PreloadScene, TitleScene];
