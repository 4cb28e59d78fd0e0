/**
 * A sound port that loads the real audio controller (and howler with it) only on the first input,
 * so the title screen downloads no sound code. Calls made before it arrives keep only what still
 * matters: the latest volume and mute, and whether the ambient loop is wanted; cues are dropped.
 */
import type { SoundPort } from './sound-director';

/** What a port remembers until the controller arrives; pure data for tests. */
export interface PendingSound {
  volume: number | null;
  muted: boolean | null;
  ambient: boolean | null;
}

/** Replays what was asked before the controller loaded onto it. */
export function replayPending<Cue extends string>(port: SoundPort<Cue>, p: PendingSound): void {
  if (p.volume !== null) port.setVolume(p.volume);
  if (p.muted !== null) port.setMuted(p.muted);
  port.unlock();
  if (p.ambient === true) port.startAmbient();
}

/** A port that calls `load` on the first unlock() and forwards to the controller once it is in. */
export function lazySound<Cue extends string>(load: () => Promise<SoundPort<Cue>>): SoundPort<Cue> {
  let real: SoundPort<Cue> | null = null;
  let loading = false;
  const pending: PendingSound = { volume: null, muted: null, ambient: null };
  return {
    play: (cue) => real?.play(cue),
    playSequence: (cues) => real?.playSequence(cues),
    startAmbient: () => (real ? real.startAmbient() : void (pending.ambient = true)),
    stopAmbient: () => (real ? real.stopAmbient() : void (pending.ambient = false)),
    setVolume: (v) => (real ? real.setVolume(v) : void (pending.volume = v)),
    setMuted: (m) => (real ? real.setMuted(m) : void (pending.muted = m)),
    unlock: () => {
      if (real) return real.unlock();
      if (loading) return;
      loading = true;
      void load().then(
        (port) => {
          real = port;
          replayPending(port, pending);
        },
        () => {
          // Sound is optional: without it the game plays on in silence.
        },
      );
    },
  };
}
