/**
 * Composition root: load the bundled scenarios, create the store over guarded localStorage, start
 * Phaser with the scenes, wire sound and apply the settings to the page.
 */
import './app/language-boot';
import '@fontsource/ibm-plex-sans/400.css';
import '@fontsource/ibm-plex-sans/600.css';
import '@fontsource/ibm-plex-sans/700.css';
import './styles/tokens.css';
import './styles/components.css';
import './styles/screens.css';
import './styles/briefing.css';
import './styles/campaign.css';
import './styles/dialogs.css';
import './styles/debrief.css';
import './styles/review.css';
import './styles/workshop-dialogs.css';
import './styles/projector.css';
import './styles/games.css';
import './styles/room.css';
import './styles/print.css';
import Phaser from 'phaser';
import { cuesForEvents } from './audio/cues';
import { ALL_SCENES } from './scenes/shared/all-scenes';
import { CONTEXT_KEY, type SceneContext } from './scenes/shared/scene-context';
import type { StoreApi } from 'zustand/vanilla';
import { projectorProps } from './scenes/shared/posture-props';
import { teamComparisonProps } from './scenes/shared/teams-props';
import { followViewport, viewportScaleConfig } from './scenes/canvas/device-pixels';
import { lazySound } from './app/lazy-sound';
import { wireSound } from './app/sound-director';
import { directBands, type WorkerLike } from './app/ensemble-director';
import { directTornado, type TornadoWorkerLike } from './app/tornado-director';
import { disputedFiguresFor } from './scenario/runtime';
import { provideTornado } from './ui/review/tornado-source';
import {
  connectProjector,
  createGameStore,
  createProjectorReceiver,
  PROJECTOR_CHANNEL_NAME,
  PROJECTOR_HELLO,
  type GameStore,
  type KeyValueStorage,
} from './state';
import { roomAddressIn } from './app/room/room-api';
import { nameThePage, switchLanguage } from './app/language-choice';
import { activeLanguage } from './text/language';
import { createProjectorView, isProjectorUrl } from './ui/projector';
import { provideTeamComparison } from './ui/teams';

declare const __APP_VERSION__: string;

// A language but English has its texts in chunks of their own, so an English page never downloads
// them; they are registered before the first screen is built.
if (activeLanguage() === 'uk') {
  const [texts, prose] = await Promise.all([import('./text/texts-uk'), import('./scenario/prose-uk')]);
  texts.registerUkrainianTexts();
  prose.registerUkrainianProse();
}
nameThePage();

/** localStorage when the browser allows it, else a memory map (private modes can throw on access). */
function guardedStorage(): KeyValueStorage {
  try {
    const ls = window.localStorage;
    ls.getItem('leverage.probe');
    return ls;
  } catch {
    const memory = new Map<string, string>();
    return {
      getItem: (k) => memory.get(k) ?? null,
      setItem: (k, v) => void memory.set(k, v),
      removeItem: (k) => void memory.delete(k),
    };
  }
}

const uiRoot = document.getElementById('ui');
if (!uiRoot) throw new Error('index.html must contain #ui');

const storage = guardedStorage();

/** A store over the page's storage. */
function createStoreHere(): StoreApi<GameStore> {
  return createGameStore({ storage, now: () => Date.now() });
}

/** The game: the store, sound, Phaser and the link to a projector window. Returns the store. */
function startGame(root: HTMLElement, inRoom = false): StoreApi<GameStore> {
  const store = createStoreHere();
  if (!inRoom) void import('./app/share-link').then((m) => m.openSharedGameFromUrl(store));
  const context: SceneContext = {
    store,
    uiRoot: root,
    appVersion: __APP_VERSION__,
    switchLanguage,
  };

  const applyMotion = (reduced: boolean): void => {
    document.documentElement.classList.toggle('reduce-motion', reduced);
  };
  applyMotion(store.getState().settings.reducedMotion);
  store.subscribe((s, prev) => {
    if (s.settings.reducedMotion !== prev.settings.reducedMotion) applyMotion(s.settings.reducedMotion);
  });

  const { volume, muted } = store.getState().settings;
  // Sound code and files load on the first input ('' = the files bundled by Vite).
  const sound = lazySound(() =>
    import('./audio/audio').then((m) => m.createAudio({ baseUrl: '', volume, muted })),
  );
  wireSound(store, sound, cuesForEvents, 'click');

  const game = new Phaser.Game({
    // Canvas 2D: the canvas only draws lines and fills (see scripts/phaser-build.ts).
    type: Phaser.CANVAS,
    parent: 'game',
    backgroundColor: '#0f1b2d',
    banner: false,
    render: { antialias: true },
    // The viewport in device pixels, shown at CSS size: sharp lines on high-density screens.
    scale: viewportScaleConfig(),
    callbacks: { preBoot: (game) => void game.registry.set(CONTEXT_KEY, context) },
    scene: ALL_SCENES,
  });
  followViewport(game);
  provideTeamComparison(teamComparisonProps);
  // The projection's bands: many runs of the engine in a worker, following the levers.
  if (typeof Worker === 'function')
    directBands(
      store,
      () =>
        new Worker(new URL('./worker/ensemble-worker.ts', import.meta.url), {
          type: 'module',
        }) as unknown as WorkerLike,
    );
  // Which assumption matters: its own worker, started while the assumptions panel or the review shows it.
  if (typeof Worker === 'function')
    provideTornado(
      directTornado(
        store,
        () =>
          new Worker(new URL('./worker/tornado-worker.ts', import.meta.url), {
            type: 'module',
          }) as unknown as TornadoWorkerLike,
        disputedFiguresFor,
      ),
    );
  if (!inRoom && typeof BroadcastChannel === 'function')
    connectProjector(store, new BroadcastChannel(PROJECTOR_CHANNEL_NAME));
  return store;
}

/** The projector window (`?view=projector`): no game, only the view of the game window's snapshots. */
function startProjector(root: HTMLElement): void {
  const view = createProjectorView(root);
  const channel = new BroadcastChannel(PROJECTOR_CHANNEL_NAME);
  const receive = createProjectorReceiver((snapshot) => view.show(projectorProps(snapshot)));
  channel.onmessage = (event) => receive(event.data);
  channel.postMessage(PROJECTOR_HELLO);
}

const roomAddress = roomAddressIn(window.location.search);
if (isProjectorUrl(window.location.search)) startProjector(uiRoot);
else if (roomAddress) {
  // The room's code (the sync engine's client among it) loads only for a room's address.
  provideTeamComparison(teamComparisonProps);
  void import('./app/room/room-start').then((m) =>
    m.startRoom(roomAddress, {
      root: uiRoot,
      storage,
      startGame: () => startGame(uiRoot, true),
      createStore: createStoreHere,
    }),
  );
} else startGame(uiRoot);
