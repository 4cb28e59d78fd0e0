/**
 * The game's sound: a thin wrapper over howler that turns cue names into sounds. Sound is optional,
 * so nothing here ever throws: without howler, Web Audio or the files, every call is a silent no-op.
 * Nothing is fetched before unlock(), which the first user input calls, so the first screen
 * downloads no audio and the browser's autoplay rules are met.
 */
import { Howl, Howler } from 'howler';
import { AMBIENT, AMBIENT_LOOP, CUES, type AmbientCue, type Cue } from './cues';

/** One sound's files in order of preference: Ogg Vorbis, then MP3 for browsers without Vorbis. */
export interface AudioSources {
  readonly ogg: string;
  readonly mp3: string;
}

/**
 * Bundled file URLs. Each is written out literally so that Vite finds, fingerprints and copies
 * the file into the build (and inlines the smallest as data URLs).
 */
export const AUDIO_URLS: Readonly<Record<Cue | AmbientCue, AudioSources>> = {
  click: {
    ogg: new URL('../../assets/audio/click.ogg', import.meta.url).href,
    mp3: new URL('../../assets/audio/click.mp3', import.meta.url).href,
  },
  'quarter-end': {
    ogg: new URL('../../assets/audio/quarter-end.ogg', import.meta.url).href,
    mp3: new URL('../../assets/audio/quarter-end.mp3', import.meta.url).href,
  },
  'threshold-alarm': {
    ogg: new URL('../../assets/audio/threshold-alarm.ogg', import.meta.url).href,
    mp3: new URL('../../assets/audio/threshold-alarm.mp3', import.meta.url).href,
  },
  'posture-shift': {
    ogg: new URL('../../assets/audio/posture-shift.ogg', import.meta.url).href,
    mp3: new URL('../../assets/audio/posture-shift.mp3', import.meta.url).href,
  },
  settlement: {
    ogg: new URL('../../assets/audio/settlement.ogg', import.meta.url).href,
    mp3: new URL('../../assets/audio/settlement.mp3', import.meta.url).href,
  },
  collapse: {
    ogg: new URL('../../assets/audio/collapse.ogg', import.meta.url).href,
    mp3: new URL('../../assets/audio/collapse.mp3', import.meta.url).href,
  },
  ambient: {
    ogg: new URL('../../assets/audio/ambient.ogg', import.meta.url).href,
    mp3: new URL('../../assets/audio/ambient.mp3', import.meta.url).href,
  },
};

/** Ambient level relative to the cues: a bed under them, not beside them. */
export const AMBIENT_RELATIVE_VOLUME = 0.35;
/** Fade of the ambient loop when it starts and when it stops, in milliseconds. */
export const AMBIENT_FADE_IN_MS = 1500;
export const AMBIENT_FADE_OUT_MS = 600;
/** Default spacing of playSequence's cues, in milliseconds. */
export const SEQUENCE_GAP_MS = 650;

/** createAudio's settings. */
export interface AudioOptions {
  /** '' to load the bundled AUDIO_URLS; otherwise a folder URL holding `<cue>.ogg` and `<cue>.mp3`. */
  readonly baseUrl: string;
  /** Master volume, 0 to 1. */
  readonly volume: number;
  readonly muted: boolean;
}

/** What the game calls; every method is safe at any time, before unlock() and after dispose(). */
export interface AudioController {
  /** Plays a cue now; dropped (not queued) before unlock(), while muted, or while its file loads. */
  play(cue: Cue): void;
  /** Plays cues one after another, gapMs apart (a quarter report's cues, say). */
  playSequence(cues: readonly Cue[], gapMs?: number): void;
  /** Fades the ambient loop in; asked before unlock(), it starts once unlocked and loaded. */
  startAmbient(): void;
  /** Fades the ambient loop out over AMBIENT_FADE_OUT_MS, then stops it. */
  stopAmbient(): void;
  /** Master volume 0 to 1 for every sound; the ambient plays at AMBIENT_RELATIVE_VOLUME of it. */
  setVolume(volume: number): void;
  setMuted(muted: boolean): void;
  /** Call from the first user input: creates or resumes the audio context and starts loading files. */
  unlock(): void;
  /** Stops everything and releases the decoded sounds. */
  dispose(): void;
}

/** Runs fn and swallows any error: a sound that fails must never break the game. */
function quietly(fn: () => void): void {
  try {
    fn();
  } catch {
    // Sound is optional; stay silent.
  }
}

/** The files for a sound: the bundled URLs, or `<baseUrl>/<name>.ogg|mp3`. */
export function audioSources(name: Cue | AmbientCue, baseUrl: string): AudioSources {
  if (baseUrl === '') return AUDIO_URLS[name];
  const folder = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return { ogg: `${folder}${name}.ogg`, mp3: `${folder}${name}.mp3` };
}

/** The ambient file's looped region as a howler sprite [offset ms, duration ms, loop]. */
const AMBIENT_SPRITE: [number, number, boolean] = [
  (AMBIENT_LOOP.leadSamples / AMBIENT_LOOP.sampleRateHz) * 1000,
  (AMBIENT_LOOP.loopSamples / AMBIENT_LOOP.sampleRateHz) * 1000,
  true,
];

/** Creates the game's audio controller; see AudioController. */
export function createAudio(options: AudioOptions): AudioController {
  const clamp = (v: number, fallback: number): number =>
    Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : fallback;
  let volume = clamp(options.volume, 1);
  let muted = options.muted;
  let unlocked = false;
  let disposed = false;
  const cues = new Map<Cue, Howl>();
  let ambient: Howl | undefined;
  let ambientId: number | undefined;
  let ambientWanted = false;
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const later = (ms: number, fn: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      quietly(fn);
    }, ms);
    timers.add(timer);
  };

  const load = (name: Cue | AmbientCue): Howl => {
    const { ogg, mp3 } = audioSources(name, options.baseUrl);
    const loop = name === AMBIENT;
    return new Howl({
      src: [ogg, mp3],
      format: ['ogg', 'mp3'],
      html5: false,
      preload: true,
      mute: muted,
      volume: loop ? 0 : volume,
      ...(loop ? { sprite: { [AMBIENT]: AMBIENT_SPRITE }, onload: () => quietly(beginAmbient) } : {}),
    });
  };

  const ambientTarget = (): number => volume * AMBIENT_RELATIVE_VOLUME;

  function beginAmbient(): void {
    if (!ambientWanted || disposed || ambient?.state() !== 'loaded') return;
    if (ambientId !== undefined && ambient.playing(ambientId)) {
      const now = ambient.volume(ambientId);
      ambient.fade(typeof now === 'number' ? now : 0, ambientTarget(), AMBIENT_FADE_IN_MS, ambientId);
      return;
    }
    const id = ambient.play(AMBIENT);
    ambientId = id;
    ambient.volume(0, id);
    ambient.fade(0, ambientTarget(), AMBIENT_FADE_IN_MS, id);
  }

  const play = (cue: Cue): void => {
    if (!unlocked || disposed || muted) return;
    const howl = cues.get(cue);
    if (howl?.state() === 'loaded') howl.play();
  };

  return {
    play: (cue) => quietly(() => play(cue)),
    playSequence: (list, gapMs = SEQUENCE_GAP_MS) =>
      quietly(() => {
        const [first, ...rest] = list;
        if (first !== undefined) play(first);
        rest.forEach((cue, i) => later((i + 1) * gapMs, () => play(cue)));
      }),
    startAmbient: () =>
      quietly(() => {
        ambientWanted = true;
        beginAmbient();
      }),
    stopAmbient: () =>
      quietly(() => {
        ambientWanted = false;
        const id = ambientId;
        if (ambient === undefined || id === undefined || !ambient.playing(id)) return;
        const now = ambient.volume(id);
        ambient.fade(typeof now === 'number' ? now : ambientTarget(), 0, AMBIENT_FADE_OUT_MS, id);
        later(AMBIENT_FADE_OUT_MS + 50, () => {
          if (ambientWanted || ambientId !== id) return;
          ambient?.stop(id);
          ambientId = undefined;
        });
      }),
    setVolume: (v) =>
      quietly(() => {
        volume = clamp(v, volume);
        for (const howl of cues.values()) howl.volume(volume);
        if (ambientWanted && ambientId !== undefined) ambient?.volume(ambientTarget(), ambientId);
      }),
    setMuted: (m) =>
      quietly(() => {
        muted = m;
        for (const howl of cues.values()) howl.mute(m);
        ambient?.mute(m);
      }),
    unlock: () =>
      quietly(() => {
        if (disposed) return;
        if (!unlocked) {
          unlocked = true;
          for (const cue of CUES) cues.set(cue, load(cue));
          ambient = load(AMBIENT);
          if (Howler.noAudio) {
            // No usable audio on this system (or not a browser): stay silent from now on.
            cues.clear();
            ambient = undefined;
            return;
          }
        }
        const ctx = Howler.ctx as AudioContext | null | undefined;
        if (ctx && ctx.state !== 'running') void ctx.resume().catch(() => undefined);
        beginAmbient();
      }),
    dispose: () =>
      quietly(() => {
        disposed = true;
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        for (const howl of [...cues.values(), ambient]) quietly(() => howl?.unload());
        cues.clear();
        ambient = undefined;
        ambientId = undefined;
      }),
  };
}
