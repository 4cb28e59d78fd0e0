/**
 * Sound cue names and the mapping from a quarter report's events to cues. No game logic beyond
 * reading event codes; the files behind the names are made by scripts/generate-sounds.ts.
 */
import type { ReportEvent } from '../engine';

/** A one-shot sound: a UI tick, the end of a quarter, or a report event worth hearing. */
export type Cue = 'click' | 'quarter-end' | 'threshold-alarm' | 'posture-shift' | 'settlement' | 'collapse';

/** Every one-shot cue, in the order a quarter report plays them. */
export const CUES: readonly Cue[] = [
  'click',
  'quarter-end',
  'threshold-alarm',
  'posture-shift',
  'settlement',
  'collapse',
];

/** The name of the looping background drone (not a one-shot, so not a Cue). */
export const AMBIENT = 'ambient';

/** The type of AMBIENT. */
export type AmbientCue = typeof AMBIENT;

/**
 * Layout of the ambient file: the loop proper with lead-in and lead-out copies of its own ends
 * around it, so that codec edge effects (and an MP3 decoder that ignores the encoder delay) fall
 * outside the looped region. The player loops [leadSamples, leadSamples + loopSamples).
 */
export const AMBIENT_LOOP = {
  sampleRateHz: 22_050,
  /** 16 s: every frequency in the drone completes a whole number of cycles in it. */
  loopSamples: 16 * 22_050,
  /** About 93 ms on each side; longer than any MP3 decoder delay. */
  leadSamples: 2048,
} as const;

/** At most this many cues per quarter report, so a busy quarter does not become a cacophony. */
export const MAX_REPORT_CUES = 3;

/** Cue for each event code that has one. */
const EVENT_CUES: ReadonlyMap<string, Cue> = new Map([
  ['threshold.on', 'threshold-alarm'],
  ['posture.up', 'posture-shift'],
  ['posture.down', 'posture-shift'],
  ['outcome.settlement', 'settlement'],
  ['outcome.collapse', 'collapse'],
]);

/** When more than MAX_REPORT_CUES apply, the least important go first: threshold, then posture. */
const DROP_ORDER: readonly Cue[] = ['threshold-alarm', 'posture-shift'];

/**
 * Cues for one quarter report: always 'quarter-end', then any of 'threshold-alarm',
 * 'posture-shift', 'settlement' and 'collapse' its events call for, each once, in CUES order,
 * and at most MAX_REPORT_CUES (an outcome outranks a posture change, which outranks a threshold).
 */
export function cuesForEvents(events: readonly ReportEvent[]): Cue[] {
  const wanted = new Set<Cue>(['quarter-end']);
  for (const event of events) {
    const cue = EVENT_CUES.get(event.code);
    if (cue !== undefined) wanted.add(cue);
  }
  for (const cue of DROP_ORDER) {
    if (wanted.size > MAX_REPORT_CUES) wanted.delete(cue);
  }
  return CUES.filter((cue) => wanted.has(cue)).slice(0, MAX_REPORT_CUES);
}
