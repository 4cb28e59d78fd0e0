/**
 * Synthesises every sound cue of the game from oscillators, envelopes, seeded noise, filters and a
 * small reverb (no recorded samples), and writes each cue twice under assets/audio/: Ogg Vorbis,
 * which browsers decode sample-exactly, and MP3 for browsers without Vorbis. The MP3 files carry a
 * LAME "Info" frame with the encoder delay and padding, so gapless decoders trim them to the exact
 * length. The ambient file holds its 16 s loop between copies of the loop's own ends (see
 * AMBIENT_LOOP): the player loops the middle, so the seam never meets a codec's edge.
 *
 * Run: npx tsx scripts/generate-sounds.ts
 * The output is deterministic: the same code writes byte-identical files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createMp3Encoder, createOggEncoder } from 'wasm-media-encoders';
import { AMBIENT, AMBIENT_LOOP, type AmbientCue, type Cue } from '../src/audio/cues';

const SAMPLE_RATE_HZ = AMBIENT_LOOP.sampleRateHz;
const OUT_DIR = fileURLToPath(new URL('../assets/audio/', import.meta.url));
/** Length of the ambient loop; every ambient frequency is a multiple of 1 / this. */
const AMBIENT_LOOP_SEC = AMBIENT_LOOP.loopSamples / SAMPLE_RATE_HZ;
/** Ogg Vorbis VBR quality (-1 worst .. 10 best) and MP3 constant bit rates in kbit/s. */
const OGG_QUALITY = 1;
const MP3_KBPS = 40;
const MP3_AMBIENT_KBPS = 32;

type Signal = Float32Array;
/** Gain (or any value) as a function of seconds since the start of a voice. */
type Curve = (tSec: number) => number;

const TAU = 2 * Math.PI;
const samples = (sec: number): number => Math.round(sec * SAMPLE_RATE_HZ);
const silence = (sec: number): Signal => new Float32Array(samples(sec));
const at = (x: ArrayLike<number>, i: number): number => x[i] ?? 0;
/** Frequency of a MIDI note number (69 = A4 = 440 Hz). */
const midiHz = (note: number): number => 440 * 2 ** ((note - 69) / 12);

/** mulberry32: a small seeded generator, so that the noise is the same on every run. */
function noise(sec: number, seed: number): Signal {
  const out = silence(sec);
  let s = seed >>> 0;
  for (let i = 0; i < out.length; i++) {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    out[i] = (((t ^ (t >>> 14)) >>> 0) / 4294967296) * 2 - 1;
  }
  return out;
}

/** Piecewise curve through [seconds, value] points with raised-cosine segments (no corners). */
function curve(...points: readonly (readonly [number, number])[]): Curve {
  return (t) => {
    let prev = points[0] ?? [0, 0];
    for (const p of points) {
      if (t <= p[0]) {
        if (p[0] === prev[0]) return p[1];
        const u = (t - prev[0]) / (p[0] - prev[0]);
        return prev[1] + (p[1] - prev[1]) * (0.5 - 0.5 * Math.cos(Math.PI * u));
      }
      prev = p;
    }
    return prev[1];
  };
}

/** Smooth attack, then exponential decay with time constant tauSec. */
const strike =
  (attackSec: number, tauSec: number): Curve =>
  (t) =>
    t < attackSec ? 0.5 - 0.5 * Math.cos((Math.PI * t) / attackSec) : Math.exp(-(t - attackSec) / tauSec);

/** Raised-cosine oscillation between 0 and 1; periods that divide the ambient loop keep it seamless. */
const lfo =
  (periodSec: number, phaseTurns = 0): Curve =>
  (t) =>
    0.5 - 0.5 * Math.cos(TAU * (t / periodSec + phaseTurns));

/** One partial: frequency ratio to the voice's pitch, amplitude, and an optional extra decay. */
interface Partial {
  readonly ratio: number;
  readonly amp: number;
  readonly tauSec?: number;
}

/** A voice: a pitch with partials, an envelope, and optional pitch and brightness curves. */
interface Voice {
  readonly startSec: number;
  readonly durSec: number;
  readonly hz: number;
  readonly partials: readonly Partial[];
  readonly env: Curve;
  readonly gain?: number;
  /** Pitch multiplier over time (1 = steady). */
  readonly pitch?: Curve;
  /** 0..1: each partial is scaled by brightness^(ratio - 1), so louder can mean brighter, as in brass. */
  readonly brightness?: Curve;
}

/** Harmonic partials 1..count with amplitude 1 / k^slope (slope 1 is saw-like, 2 is mellow). */
const harmonics = (count: number, slope: number): Partial[] =>
  Array.from({ length: count }, (_, k) => ({ ratio: k + 1, amp: 1 / (k + 1) ** slope }));

/** Adds a voice into out, dropping partials above 0.45 × the sample rate (no aliasing). */
function addVoice(out: Signal, v: Voice): void {
  const start = samples(v.startSec);
  const n = Math.min(samples(v.durSec), out.length - start);
  const phase = v.partials.map(() => 0);
  for (let i = 0; i < n; i++) {
    const t = i / SAMPLE_RATE_HZ;
    const hz = v.hz * (v.pitch?.(t) ?? 1);
    const bright = v.brightness?.(t);
    let sum = 0;
    v.partials.forEach((p, k) => {
      const f = hz * p.ratio;
      const ph = at(phase, k) + (TAU * f) / SAMPLE_RATE_HZ;
      phase[k] = ph % TAU;
      if (f > 0.45 * SAMPLE_RATE_HZ) return;
      let a = p.amp;
      if (p.tauSec !== undefined) a *= Math.exp(-t / p.tauSec);
      if (bright !== undefined) a *= bright ** (p.ratio - 1);
      sum += a * Math.sin(ph);
    });
    out[start + i] = at(out, start + i) + sum * v.env(t) * (v.gain ?? 1);
  }
}

/** Adds source × gain into out from startSec on. */
function mixInto(out: Signal, source: Signal, startSec = 0, gain = 1): void {
  const start = samples(startSec);
  for (let i = 0; i < source.length && start + i < out.length; i++) {
    out[start + i] = at(out, start + i) + at(source, i) * gain;
  }
}

/** Multiplies a signal by a curve, in place. */
function shape(x: Signal, env: Curve): Signal {
  for (let i = 0; i < x.length; i++) x[i] = at(x, i) * env(i / SAMPLE_RATE_HZ);
  return x;
}

/** RBJ biquad filter, in place; the corner may move over time (recomputed every 16 samples). */
function biquad(x: Signal, kind: 'lowpass' | 'highpass' | 'bandpass', hz: number | Curve, q: number): Signal {
  let [b0, b1, b2, a1, a2] = [0, 0, 0, 0, 0];
  let [x1, x2, y1, y2] = [0, 0, 0, 0];
  for (let i = 0; i < x.length; i++) {
    if (i % 16 === 0) {
      const f = typeof hz === 'number' ? hz : hz(i / SAMPLE_RATE_HZ);
      const w = (TAU * Math.min(f, 0.45 * SAMPLE_RATE_HZ)) / SAMPLE_RATE_HZ;
      const cos = Math.cos(w);
      const alpha = Math.sin(w) / (2 * q);
      const a0 = 1 + alpha;
      if (kind === 'lowpass') [b0, b1, b2] = [(1 - cos) / 2, 1 - cos, (1 - cos) / 2];
      else if (kind === 'highpass') [b0, b1, b2] = [(1 + cos) / 2, -(1 + cos), (1 + cos) / 2];
      else [b0, b1, b2] = [alpha, 0, -alpha];
      [b0, b1, b2, a1, a2] = [b0 / a0, b1 / a0, b2 / a0, (-2 * cos) / a0, (1 - alpha) / a0];
    }
    const x0 = at(x, i);
    const y0 = b0 * x0 + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
    [x2, x1, y2, y1] = [x1, x0, y1, y0];
    x[i] = y0;
  }
  return x;
}

/** A Freeverb-style room (8 damped combs, 4 allpasses, tunings halved for 22.05 kHz); returns dry + wet. */
function reverb(x: Signal, room: number, damp: number, wet: number): Signal {
  const combs = [558, 594, 638, 678, 711, 745, 778, 808].map((d) => ({
    buf: new Float32Array(d),
    i: 0,
    lp: 0,
  }));
  const passes = [278, 220, 170, 112].map((d) => ({ buf: new Float32Array(d), i: 0 }));
  const out = new Float32Array(x.length);
  for (let n = 0; n < x.length; n++) {
    const input = at(x, n) * 0.015;
    let acc = 0;
    for (const c of combs) {
      const y = at(c.buf, c.i);
      c.lp = y * (1 - damp) + c.lp * damp;
      c.buf[c.i] = input + c.lp * room;
      c.i = (c.i + 1) % c.buf.length;
      acc += y;
    }
    for (const p of passes) {
      const b = at(p.buf, p.i);
      p.buf[p.i] = acc + b * 0.5;
      p.i = (p.i + 1) % p.buf.length;
      acc = b - acc;
    }
    out[n] = at(x, n) + acc * wet * 3;
  }
  return out;
}

/** Feedback delay (a soft echo); returns dry + echoes. */
function echo(x: Signal, delaySec: number, feedback: number, mix: number): Signal {
  const d = samples(delaySec);
  const line = new Float32Array(x.length);
  const out = new Float32Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const delayed = i >= d ? at(line, i - d) : 0;
    line[i] = at(x, i) + delayed * feedback;
    out[i] = at(x, i) + delayed * mix;
  }
  return out;
}

/** Applies an effect to a periodic signal as if it had always looped: its tail wraps round the seam. */
function periodic(x: Signal, effect: (y: Signal) => Signal): Signal {
  const tiled = new Float32Array(x.length * 3);
  for (let k = 0; k < 3; k++) tiled.set(x, k * x.length);
  return effect(tiled).slice(2 * x.length);
}

/** Scales to a peak level in dBFS; with fades (seconds) for one-shots, none for the loop. */
function finish(x: Signal, peakDb: number, fadeInSec = 0.002, fadeOutSec = 0.02): Signal {
  const n = x.length;
  for (let i = 0; i < samples(fadeInSec); i++) x[i] = at(x, i) * (i / samples(fadeInSec));
  for (let i = 0; i < samples(fadeOutSec); i++) x[n - 1 - i] = at(x, n - 1 - i) * (i / samples(fadeOutSec));
  const peak = x.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  const scale = peak > 0 ? 10 ** (peakDb / 20) / peak : 0;
  return x.map((v) => v * scale);
}

/** Partials from [ratio, amplitude, extra decay in seconds?] triples. */
const partials = (...list: readonly (readonly [number, number, number?])[]): Partial[] =>
  list.map(([ratio, amp, tauSec]) => (tauSec === undefined ? { ratio, amp } : { ratio, amp, tauSec }));

/** A chord as [MIDI note, gain] pairs. */
const voicing = (...notes: readonly (readonly [number, number])[]): readonly (readonly [number, number])[] =>
  notes;

/** A soft UI tick: a few milliseconds of band-passed noise over a tiny damped tone. */
function click(): Signal {
  const out = shape(biquad(noise(0.06, 11), 'bandpass', 3200, 1.8), strike(0.0008, 0.004));
  const tick = partials([1, 0.35]);
  addVoice(out, { startSec: 0, durSec: 0.06, hz: 1650, partials: tick, env: strike(0.001, 0.009) });
  return finish(biquad(out, 'lowpass', 6000, 0.7), -14, 0.0005, 0.015);
}

/** End of a quarter: a paper swish, then a low, soft tubular chime on G3. */
function quarterEnd(): Signal {
  const out = silence(0.8);
  const swish = biquad(noise(0.2, 23), 'bandpass', curve([0, 900], [0.2, 3000]), 0.9);
  mixInto(out, shape(swish, curve([0, 0], [0.07, 1], [0.2, 0])), 0, 0.5);
  const bell = partials([1, 1], [2.76, 0.3, 0.25], [5.4, 0.1, 0.12], [8.93, 0.04, 0.06]);
  addVoice(out, { startSec: 0.13, durSec: 0.67, hz: midiHz(55), partials: bell, env: strike(0.004, 0.3) });
  const hum = partials([1, 0.35]);
  addVoice(out, { startSec: 0.13, durSec: 0.67, hz: midiHz(43), partials: hum, env: strike(0.01, 0.35) });
  return finish(reverb(out, 0.78, 0.4, 0.16), -8, 0.002, 0.12);
}

/** A restrained falling minor third (C5 to A4): mellow tones, a faint echo, little room. */
function thresholdAlarm(): Signal {
  const out = silence(1.0);
  const timbre = partials([1, 1], [2, 0.22], [3, 0.07]);
  addVoice(out, { startSec: 0, durSec: 0.6, hz: midiHz(72), partials: timbre, env: strike(0.012, 0.11) });
  addVoice(out, { startSec: 0.28, durSec: 0.72, hz: midiHz(69), partials: timbre, env: strike(0.012, 0.17) });
  return finish(reverb(echo(out, 0.19, 0.2, 0.14), 0.7, 0.45, 0.07), -9, 0.002, 0.2);
}

/** A weighty sting: a soft low thump and a D minor brass-like chord that swells and settles. */
function postureShift(): Signal {
  const out = silence(2.0);
  const drop = curve([0, 1], [0.35, 0.7]);
  const thump = partials([1, 1]);
  addVoice(out, { startSec: 0, durSec: 1, hz: 62, partials: thump, env: strike(0.004, 0.28), pitch: drop });
  mixInto(out, shape(biquad(noise(0.3, 37), 'lowpass', 260, 0.8), strike(0.002, 0.06)), 0, 0.9);
  const swell = curve([0, 0], [0.08, 0.35], [0.25, 0.3], [0.8, 1], [1.1, 0.85], [1.95, 0]);
  // Brass: saw-like harmonics whose upper partials open up as the swell grows.
  const brightness: Curve = (t) => 0.25 + 0.45 * swell(t);
  for (const [note, gain] of voicing([38, 0.5], [45, 0.35], [50, 0.3], [53, 0.25], [57, 0.16])) {
    for (const cents of [-3, 3]) {
      const hz = midiHz(note) * 2 ** (cents / 1200);
      addVoice(out, {
        startSec: 0.02,
        durSec: 1.98,
        hz,
        partials: harmonics(14, 1),
        env: swell,
        gain,
        brightness,
      });
    }
  }
  return finish(reverb(biquad(out, 'lowpass', 2400, 0.7), 0.84, 0.35, 0.3), -5, 0.001, 0.1);
}

/** Adds a warm pad voice from startSec to the end: mellow harmonics, two copies a few cents apart. */
function pad(out: Signal, startSec: number, note: number, env: Curve, gain: number, pitch?: Curve): void {
  const durSec = out.length / SAMPLE_RATE_HZ - startSec;
  for (const cents of [-4, 4]) {
    const hz = midiHz(note) * 2 ** (cents / 1200);
    const v: Voice = { startSec, durSec, hz, partials: harmonics(8, 1.6), env, gain };
    addVoice(out, pitch === undefined ? v : { ...v, pitch });
  }
}

/** Settlement: a C suspended chord whose F falls to E, resolving to C major over a low C. */
function settlement(): Signal {
  const out = silence(3.0);
  const whole = curve([0, 0], [0.5, 1], [2.0, 0.9], [2.98, 0]);
  for (const [note, gain] of voicing([48, 0.35], [55, 0.3], [60, 0.25])) pad(out, 0, note, whole, gain);
  pad(out, 0, 53, whole, 0.28, curve([0, 1], [0.9, 1], [1.3, 2 ** (-1 / 12)]));
  const late = curve([0, 0], [0.5, 1], [1.0, 0.9], [1.9, 0]);
  pad(out, 1.05, 36, late, 0.3);
  pad(out, 1.15, 64, late, 0.12);
  return finish(reverb(out, 0.86, 0.3, 0.3), -6, 0.005, 0.25);
}

/** Collapse: a dark C minor chord sinking a fourth, ever faster, over a low rumble. */
function collapse(): Signal {
  const out = silence(3.0);
  const env = curve([0, 0], [0.3, 1], [1.6, 0.85], [2.95, 0]);
  const progress = (t: number): number => Math.min(1, t / 2.8);
  const brightness: Curve = (t) => 0.45 - 0.3 * progress(t);
  for (const [note, gain] of voicing([36, 0.4], [43, 0.3], [48, 0.3], [51, 0.25], [55, 0.18])) {
    for (const side of [-1, 1]) {
      // Down a fourth along t^1.7, the two copies drifting apart from 4 to 16 cents (a queasy beat).
      const pitch: Curve = (t) =>
        2 ** ((-5 * progress(t) ** 1.7) / 12 + (side * (2 + 6 * progress(t))) / 1200);
      const partialsDark = harmonics(12, 1.2);
      addVoice(out, {
        startSec: 0,
        durSec: 3,
        hz: midiHz(note),
        partials: partialsDark,
        env,
        gain,
        pitch,
        brightness,
      });
    }
  }
  const rumble = curve([0, 0], [0.6, 0.4], [1.6, 1], [2.9, 0]);
  mixInto(out, shape(biquad(noise(3, 53), 'lowpass', 110, 0.9), rumble), 0, 2.5);
  return finish(reverb(biquad(out, 'lowpass', 1800, 0.7), 0.86, 0.4, 0.32), -6, 0.005, 0.3);
}

/** The ambient loop: an open D drone with a slowly breathing minor third, beating pairs and faint air. */
function ambient(): Signal {
  const L = AMBIENT_LOOP_SEC;
  const out = silence(L);
  const soft = partials([1, 1], [2, 0.3], [3, 0.1]);
  // [Hz, gain, envelope]: every frequency is a whole number of cycles per loop (a multiple of 1/16 Hz).
  const voices: readonly (readonly [number, number, Curve])[] = [
    [73.4375, 0.5, (t) => 0.85 + 0.15 * lfo(L)(t)],
    [110, 0.28, () => 1],
    [110.125, 0.28, () => 1],
    [146.875, 0.22, lfo(L, 0.3)],
    [146.9375, 0.1, lfo(L / 2, 0.6)],
    [174.625, 0.13, lfo(L, 0.8)],
    [220, 0.08, lfo(L / 2, 0.15)],
    [329.625, 0.035, lfo(L / 3, 0.4)],
  ];
  for (const [hz, gain, env] of voices)
    addVoice(out, { startSec: 0, durSec: L, hz, partials: soft, env, gain });
  const air = periodic(noise(L, 71), (y) => biquad(y, 'bandpass', 520, 0.6));
  const breathing: Curve = (t) => 0.4 + 0.6 * lfo(L, 0.55)(t);
  mixInto(out, shape(air, breathing), 0, 0.05);
  const wet = periodic(out, (y) => reverb(biquad(y, 'lowpass', 1600, 0.7), 0.88, 0.5, 0.35));
  return finish(wet, -10, 0, 0);
}

/** The step across the loop seam relative to the mean of the 16 steps around it (about 1 when seamless). */
function seamRatio(x: Signal): number {
  const n = x.length;
  const step = (i: number): number => Math.abs(at(x, (i + 1) % n) - at(x, i));
  let near = 0;
  for (let k = 1; k <= 8; k++) near += step(n - 1 - k) + step(k - 1);
  return step(n - 1) / (near / 16);
}

/** Every file to write; the names are the player's cue names. */
const SOUNDS: readonly (readonly [Cue | AmbientCue, () => Signal])[] = [
  ['click', click],
  ['quarter-end', quarterEnd],
  ['threshold-alarm', thresholdAlarm],
  ['posture-shift', postureShift],
  ['settlement', settlement],
  ['collapse', collapse],
  [AMBIENT, ambient],
];

const concat = (parts: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((offset, p) => (out.set(p, offset), offset + p.length), 0);
  return out;
};
const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** Feeds PCM to an encoder in blocks; the encoder owns its output buffers, so each is copied. */
function drain(
  enc: { encode(s: readonly Float32Array[]): Uint8Array; finalize(): Uint8Array },
  pcm: Signal,
): Uint8Array {
  const parts: Uint8Array[] = [];
  for (let i = 0; i < pcm.length; i += 8192) parts.push(enc.encode([pcm.subarray(i, i + 8192)]).slice());
  parts.push(enc.finalize().slice());
  return concat(parts);
}

/** Ogg Vorbis; a fixed stream serial number keeps the bytes identical between runs. */
async function encodeOgg(pcm: Signal, serial: number): Promise<Uint8Array> {
  const enc = await createOggEncoder();
  enc.configure({ channels: 1, sampleRate: SAMPLE_RATE_HZ, vbrQuality: OGG_QUALITY, oggSerialNo: serial });
  return drain(enc, pcm);
}

/** MPEG-2 Layer III at 22.05 kHz: 576 samples per frame; LAME delays its output by 576 samples. */
const MP3_FRAME_SAMPLES = 576;
const LAME_DELAY_SAMPLES = 576;
/** Counts the MP3 frames, checking that each is MPEG-2 Layer III at 22.05 kHz. */
function countFrames(mp3: Uint8Array): number {
  let frames = 0;
  for (let pos = 0; pos < mp3.length; frames++) {
    const h = (at(mp3, pos) << 24) | (at(mp3, pos + 1) << 16) | (at(mp3, pos + 2) << 8) | at(mp3, pos + 3);
    if ((h & 0xfffe0c00) !== (0xfff20000 | 0) || pos + 4 > mp3.length)
      throw new Error(`bad MP3 frame at ${pos}`);
    const kbps = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160][(h >>> 12) & 15] ?? 0;
    pos += Math.floor((72_000 * kbps) / SAMPLE_RATE_HZ) + ((h >>> 9) & 1);
  }
  return frames;
}

/** CRC-16 with polynomial 0x8005, reflected (the LAME tag's checksum). */
function crc16(bytes: Uint8Array): number {
  let crc = 0;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xa001 : crc >>> 1;
  }
  return crc;
}

/**
 * The Xing "Info" frame with a LAME extension, as LAME itself writes it before a CBR stream: it
 * tells gapless decoders how many samples to skip at the start (delay) and drop at the end (padding).
 */
function infoFrame(audio: Uint8Array, kbps: number, delay: number, padding: number): Uint8Array {
  const size = Math.floor((72_000 * 64) / SAMPLE_RATE_HZ); // a 64 kbit/s frame holds the whole tag
  const f = new Uint8Array(size);
  const view = new DataView(f.buffer);
  f.set([0xff, 0xf3, 0x80, at(audio, 3)]); // MPEG-2 Layer III, 64 kbit/s, 22.05 kHz, as the stream
  const xing = 4 + 9; // after the header and the (all-zero, silent) mono side information
  f.set(ascii('Info'), xing);
  view.setUint32(xing + 4, 0x0f); // frames, bytes, table of contents and quality are present
  view.setUint32(xing + 8, countFrames(audio));
  view.setUint32(xing + 12, size + audio.length);
  for (let i = 0; i < 100; i++) f[xing + 16 + i] = Math.floor((i * 256) / 100);
  const lame = xing + 120;
  f.set(ascii('LAME3.100'), lame);
  f[lame + 9] = 0x01; // tag revision 0, constant bit rate
  f[lame + 20] = kbps;
  f.set([delay >> 4, ((delay & 0xf) << 4) | (padding >> 8), padding & 0xff], lame + 21);
  view.setUint32(lame + 28, size + audio.length);
  view.setUint16(lame + 32, crc16(audio));
  view.setUint16(lame + 34, crc16(f.subarray(0, lame + 34)));
  return f;
}

/** MP3 with an Info frame in front, so that gapless decoders return exactly the input samples. */
async function encodeMp3(pcm: Signal, kbps: 32 | 40 | 48): Promise<Uint8Array> {
  const enc = await createMp3Encoder();
  enc.configure({ channels: 1, sampleRate: SAMPLE_RATE_HZ, bitrate: kbps, outputSampleRate: SAMPLE_RATE_HZ });
  const audio = drain(enc, pcm);
  const padding = countFrames(audio) * MP3_FRAME_SAMPLES - LAME_DELAY_SAMPLES - pcm.length;
  if (padding < 0 || padding > 4095) throw new Error(`MP3 padding ${padding} does not fit the Info frame`);
  return concat([infoFrame(audio, kbps, LAME_DELAY_SAMPLES, padding), audio]);
}

/** The loop between copies of its own last and first AMBIENT_LOOP.leadSamples samples. */
function withLeads(loop: Signal): Signal {
  const lead = AMBIENT_LOOP.leadSamples;
  const out = new Float32Array(loop.length + 2 * lead);
  out.set(loop.subarray(loop.length - lead), 0);
  out.set(loop, lead);
  out.set(loop.subarray(0, lead), lead + loop.length);
  return out;
}

mkdirSync(OUT_DIR, { recursive: true });
let totalBytes = 0;
for (const [index, [name, make]] of SOUNDS.entries()) {
  const loop = name === AMBIENT;
  const made = make();
  if (loop && seamRatio(made) > 1.5) {
    throw new Error(`ambient loop seam jumps ${seamRatio(made).toFixed(2)}×`);
  }
  const pcm = loop ? withLeads(made) : made;
  const ogg = await encodeOgg(pcm, index + 1);
  const mp3 = await encodeMp3(pcm, loop ? MP3_AMBIENT_KBPS : MP3_KBPS);
  writeFileSync(`${OUT_DIR}${name}.ogg`, ogg);
  writeFileSync(`${OUT_DIR}${name}.mp3`, mp3);
  totalBytes += ogg.length + mp3.length;
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`.padStart(9);
  console.log(
    `${name.padEnd(16)} ${(pcm.length / SAMPLE_RATE_HZ).toFixed(3)} s  ogg ${kb(ogg.length)}  mp3 ${kb(mp3.length)}`,
  );
}
console.log(`total ${(totalBytes / 1024).toFixed(1)} KB in ${OUT_DIR}`);
