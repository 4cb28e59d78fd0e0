/**
 * Sound wiring, kept out of the scenes: a delegated click cue for every button, the cues of each new
 * quarter report, the ambient loop on the campaign screens, volume and mute from the settings, and
 * the unlock on the first input. The audio controller and the cue mapping come from main.ts, so
 * this file knows neither howler nor the audio module (only their shapes).
 */
import type { ReportEvent } from '../engine';
import type { GameStore, Screen } from '../state';
import type { StoreLike } from '../scenes/shared/scene-context';

/** What the director needs from the audio controller. */
export interface SoundPort<Cue extends string> {
  play(cue: Cue): void;
  /** Plays cues one after another (a quarter report's cues). */
  playSequence(cues: readonly Cue[]): void;
  startAmbient(): void;
  stopAmbient(): void;
  setVolume(volume: number): void;
  setMuted(muted: boolean): void;
  unlock(): void;
}

/** Screens on which the ambient loop plays (the campaign and its dialogs). */
const AMBIENT_SCREENS: readonly Screen[] = ['campaign', 'report', 'negotiation'];

/** True when the ambient loop should play on this screen; pure. */
export function ambientOn(screen: Screen): boolean {
  return AMBIENT_SCREENS.includes(screen);
}

/** Events of the reports added since `previous` (none when the history was reset or shrank); pure. */
export function newEvents(state: GameStore, previous: GameStore): ReportEvent[] {
  if (state.history.length <= previous.history.length) return [];
  return state.history.slice(previous.history.length).flatMap((r) => r.events);
}

/** Connects sound to the store and the page; returns a function that disconnects it. */
export function wireSound<Cue extends string>(
  store: StoreLike,
  audio: SoundPort<Cue>,
  cuesFor: (events: readonly ReportEvent[]) => readonly Cue[],
  clickCue: Cue,
  doc: Document = document,
): () => void {
  const unlock = (): void => audio.unlock();
  const onClick = (e: Event): void => {
    const target = e.target as Element | null;
    if (target?.closest('button, [role="tab"], input[type="radio"], input[type="checkbox"]'))
      audio.play(clickCue);
  };
  doc.addEventListener('pointerdown', unlock, { capture: true });
  doc.addEventListener('keydown', unlock, { capture: true });
  doc.addEventListener('click', onClick, { capture: true });

  const initial = store.getState();
  audio.setVolume(initial.settings.volume);
  audio.setMuted(initial.settings.muted);
  if (ambientOn(initial.screen)) audio.startAmbient();

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.settings.volume !== previous.settings.volume) audio.setVolume(state.settings.volume);
    if (state.settings.muted !== previous.settings.muted) audio.setMuted(state.settings.muted);
    if (state.screen !== previous.screen && ambientOn(state.screen) !== ambientOn(previous.screen)) {
      if (ambientOn(state.screen)) audio.startAmbient();
      else audio.stopAmbient();
    }
    const cues = cuesFor(newEvents(state, previous));
    if (cues.length > 0) audio.playSequence(cues);
  });
  return () => {
    unsubscribe();
    doc.removeEventListener('pointerdown', unlock, { capture: true });
    doc.removeEventListener('keydown', unlock, { capture: true });
    doc.removeEventListener('click', onClick, { capture: true });
  };
}
