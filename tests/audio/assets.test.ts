import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AUDIO_URLS, audioSources, createAudio } from '../../src/audio/audio';
import { AMBIENT, AMBIENT_LOOP, CUES } from '../../src/audio/cues';

const AUDIO_DIR = fileURLToPath(new URL('../../assets/audio/', import.meta.url));
/** Budget for every audio file together, in bytes. */
const TOTAL_BUDGET_BYTES = 400 * 1024;
const NAMES = [...CUES, AMBIENT] as const;

/** Expected length of each one-shot in seconds: [at least, at most]. */
const LENGTH_SEC: Readonly<Record<(typeof CUES)[number], readonly [number, number]>> = {
  click: [0.02, 0.08],
  'quarter-end': [0.6, 1.0],
  'threshold-alarm': [0.8, 1.2],
  'posture-shift': [1.6, 2.4],
  settlement: [2.5, 3.5],
  collapse: [2.5, 3.5],
};

const read = (file: string): Uint8Array => new Uint8Array(readFileSync(path.join(AUDIO_DIR, file)));
const ascii = (bytes: Uint8Array, start: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(start, start + length));

/** Sample rate, channels and length in samples of an Ogg Vorbis file (the last page's granule position). */
function oggInfo(bytes: Uint8Array): { rateHz: number; channels: number; samples: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const id = 28; // the identification packet follows the first page's 27-byte header and 1 lacing byte
  if (ascii(bytes, id, 7) !== '\x01vorbis') throw new Error('no Vorbis identification header');
  let last = bytes.length - 4;
  while (last > 0 && ascii(bytes, last, 4) !== 'OggS') last--;
  return {
    channels: bytes[id + 11] ?? 0,
    rateHz: view.getUint32(id + 12, true),
    samples: Number(view.getBigInt64(last + 6, true)),
  };
}

/** Samples a gapless MP3 decoder returns, from the leading Info frame (MPEG-2 Layer III, mono). */
function mp3Samples(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const xing = 4 + 9;
  if (ascii(bytes, xing, 4) !== 'Info') throw new Error('no Info frame');
  const lame = xing + 120;
  if (ascii(bytes, lame, 4) !== 'LAME') throw new Error('no LAME extension');
  const packed = ((bytes[lame + 21] ?? 0) << 16) | ((bytes[lame + 22] ?? 0) << 8) | (bytes[lame + 23] ?? 0);
  return view.getUint32(xing + 8) * 576 - (packed >> 12) - (packed & 0xfff);
}

describe('audio files', () => {
  it('has an Ogg and an MP3 file for every cue and the ambient loop, and nothing else', () => {
    const expected = [...NAMES.flatMap((n) => [`${n}.mp3`, `${n}.ogg`]), 'README.md'].sort();
    expect(readdirSync(AUDIO_DIR).sort()).toEqual(expected);
  });

  it.each(NAMES)('%s.ogg is Ogg Vorbis, mono at the loop sample rate', (name) => {
    const bytes = read(`${name}.ogg`);
    expect(ascii(bytes, 0, 4)).toBe('OggS');
    const { rateHz, channels } = oggInfo(bytes);
    expect({ rateHz, channels }).toEqual({ rateHz: AMBIENT_LOOP.sampleRateHz, channels: 1 });
  });

  it.each(NAMES)('%s.mp3 starts with an ID3 tag or an MPEG frame sync', (name) => {
    const bytes = read(`${name}.mp3`);
    const id3 = ascii(bytes, 0, 3) === 'ID3';
    const sync = bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0;
    expect({ id3OrSync: id3 || sync }).toEqual({ id3OrSync: true });
  });

  it.each(NAMES)('%s has the same length in samples in both formats', (name) => {
    expect(mp3Samples(read(`${name}.mp3`))).toBe(oggInfo(read(`${name}.ogg`)).samples);
  });

  it.each(CUES)('%s lasts as long as its brief says', (name) => {
    const seconds = oggInfo(read(`${name}.ogg`)).samples / AMBIENT_LOOP.sampleRateHz;
    const [min, max] = LENGTH_SEC[name];
    expect(seconds).toBeGreaterThanOrEqual(min);
    expect(seconds).toBeLessThanOrEqual(max);
  });

  it('holds a 12 to 20 s ambient loop between its lead-in and lead-out', () => {
    const { leadSamples, loopSamples, sampleRateHz } = AMBIENT_LOOP;
    expect(oggInfo(read('ambient.ogg')).samples).toBe(loopSamples + 2 * leadSamples);
    expect(loopSamples / sampleRateHz).toBeGreaterThanOrEqual(12);
    expect(loopSamples / sampleRateHz).toBeLessThanOrEqual(20);
  });

  it(`stays under ${TOTAL_BUDGET_BYTES / 1024} KB in total`, () => {
    const total = readdirSync(AUDIO_DIR)
      .filter((f) => /\.(ogg|mp3)$/.test(f))
      .reduce((sum, f) => sum + statSync(path.join(AUDIO_DIR, f)).size, 0);
    expect(total).toBeLessThan(TOTAL_BUDGET_BYTES);
  });
});

describe('audio module', () => {
  it('points every bundled URL at an existing file', () => {
    const missing = NAMES.flatMap((n) => [AUDIO_URLS[n].ogg, AUDIO_URLS[n].mp3]).filter(
      (url) => !existsSync(fileURLToPath(url)),
    );
    expect(missing).toEqual([]);
  });

  it('uses the bundled URLs for an empty base URL, and <base>/<cue>.<ext> otherwise', () => {
    expect(audioSources('click', '')).toBe(AUDIO_URLS.click);
    expect(audioSources('quarter-end', 'sounds')).toEqual({
      ogg: 'sounds/quarter-end.ogg',
      mp3: 'sounds/quarter-end.mp3',
    });
    expect(audioSources(AMBIENT, 'https://example.org/a/').ogg).toBe('https://example.org/a/ambient.ogg');
  });

  it('never throws without a browser: every call is a silent no-op', () => {
    const audio = createAudio({ baseUrl: '', volume: 0.8, muted: false });
    const calls = (): void => {
      audio.play('click');
      audio.playSequence(['quarter-end', 'collapse'], 0);
      audio.startAmbient();
      audio.setVolume(Number.NaN);
      audio.setVolume(2);
      audio.setMuted(true);
      audio.setMuted(false);
      audio.stopAmbient();
    };
    expect(calls).not.toThrow();
    expect(() => audio.unlock()).not.toThrow();
    expect(calls).not.toThrow();
    expect(() => audio.dispose()).not.toThrow();
    expect(calls).not.toThrow();
    expect(() => audio.unlock()).not.toThrow();
  });
});
