import { describe, expect, it } from 'vitest';
import { CUES, MAX_REPORT_CUES, cuesForEvents, type Cue } from '../../src/audio/cues';
import type { ReportEvent } from '../../src/engine';

/** A report event with only its code mattering; the rest is filler the mapping ignores. */
const event = (code: string): ReportEvent => ({
  code,
  category: 'kremlin',
  severity: 'info',
  values: {},
  causes: [],
  sources: [],
});
const cuesFor = (...codes: string[]): Cue[] => cuesForEvents(codes.map(event));

describe('cuesForEvents', () => {
  it('always marks the end of the quarter', () => {
    expect(cuesFor()).toEqual(['quarter-end']);
  });

  it('ignores events without a cue', () => {
    expect(cuesFor('front.summary', 'economy.budget', 'threshold.off', 'kremlin.mobilise')).toEqual([
      'quarter-end',
    ]);
  });

  it('sounds the alarm when a threshold switches on', () => {
    expect(cuesFor('economy.prices', 'threshold.on')).toEqual(['quarter-end', 'threshold-alarm']);
  });

  it('marks a posture change in either direction', () => {
    expect(cuesFor('posture.up')).toEqual(['quarter-end', 'posture-shift']);
    expect(cuesFor('posture.down')).toEqual(['quarter-end', 'posture-shift']);
  });

  it('marks the outcomes', () => {
    expect(cuesFor('outcome.settlement')).toEqual(['quarter-end', 'settlement']);
    expect(cuesFor('outcome.collapse')).toEqual(['quarter-end', 'collapse']);
  });

  it('plays each cue once, in a fixed order whatever the order of events', () => {
    expect(cuesFor('posture.down', 'threshold.on', 'threshold.on', 'posture.up')).toEqual([
      'quarter-end',
      'threshold-alarm',
      'posture-shift',
    ]);
  });

  it('keeps at most three, dropping the threshold alarm before a posture change or an outcome', () => {
    expect(cuesFor('threshold.on', 'posture.down', 'outcome.collapse')).toEqual([
      'quarter-end',
      'posture-shift',
      'collapse',
    ]);
    expect(cuesFor('outcome.settlement', 'threshold.on', 'posture.up')).toEqual([
      'quarter-end',
      'posture-shift',
      'settlement',
    ]);
  });

  it('keeps every combination of codes ordered, unique, capped and free of UI cues', () => {
    const codes = ['threshold.on', 'posture.up', 'posture.down', 'outcome.settlement', 'outcome.collapse'];
    for (let mask = 0; mask < 2 ** codes.length; mask++) {
      const chosen = codes.filter((_, i) => (mask >> i) & 1);
      const cues = cuesFor(...chosen);
      const expected = {
        first: 'quarter-end',
        capped: true,
        unique: true,
        ordered: true,
        noClick: true,
      };
      expect(
        {
          first: cues[0],
          capped: cues.length <= MAX_REPORT_CUES,
          unique: new Set(cues).size === cues.length,
          ordered: cues.every(
            (cue, i) => i === 0 || CUES.indexOf(cue) > CUES.indexOf(cues[i - 1] ?? 'click'),
          ),
          noClick: !cues.includes('click'),
        },
        `events ${chosen.join(', ') || '(none)'} gave ${cues.join(', ')}`,
      ).toEqual(expected);
    }
  });
});
