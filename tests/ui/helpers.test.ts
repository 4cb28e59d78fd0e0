import { describe, expect, it } from 'vitest';
import { markPosition } from '../../src/ui/campaign/aid-slider';
import { cohesionWarning } from '../../src/ui/campaign/cohesion-meter';
import { nextLevelFraction } from '../../src/ui/campaign/posture-view';
import { sortSourceKeys } from '../../src/ui/campaign/sources-dialog';
import { sparkPoints } from '../../src/ui/campaign/sparkline';
import { tabKeyTarget } from '../../src/ui/chart/chart-tabs';
import { yearTicks } from '../../src/ui/chart/chart-view';
import { formatIsoDate, vintageLine } from '../../src/ui/format-date';
import { keepNonOverlapping } from '../../src/ui/overlap';
import { euroBnPerQuarter, signed } from '../../src/ui/signed';
import { parseSeed } from '../../src/ui/title/settings-panel';
import { placeTip } from '../../src/ui/tooltip';
import { replayPending } from '../../src/app/lazy-sound';

describe('formatting', () => {
  it('writes the data vintage for people', () => {
    expect(formatIsoDate('2025-02-19')).toBe('19 February 2025');
    expect(formatIsoDate('spring')).toBe('spring');
    expect(vintageLine('2025-02-19', '0.1.0')).toBe('Figures as of 19 February 2025; model version 0.1.0');
  });
  it('signs changes with a true minus and never shows −0.0', () => {
    expect([signed(-4.06), signed(0.5), signed(-0.01), signed(NaN)]).toEqual(['−4.1', '+0.5', '0.0', '—']);
    expect(euroBnPerQuarter(10.4)).toBe('€10.4 bn / quarter');
  });
  it('accepts only whole seeds in 0 … 2^31 − 1', () => {
    expect([
      parseSeed('42'),
      parseSeed(' 7 '),
      parseSeed('-1'),
      parseSeed('1.5'),
      parseSeed('2147483648'),
    ]).toEqual([42, 7, null, null, null]);
  });
});

describe('campaign helpers', () => {
  it('places aid marks allowing for the thumb', () => {
    expect(markPosition(0, 25)).toBe('calc(0.00% + 10.0px)');
    expect(markPosition(25, 25)).toBe('calc(100.00% + -10.0px)');
  });
  it('warns below 40 and 25 cohesion', () => {
    expect([cohesionWarning(60), cohesionWarning(39), cohesionWarning(24)]).toEqual(['ok', 'warn', 'danger']);
  });
  it('measures the way to the next posture level from pressures and belief', () => {
    const base = { next: { level: 1, name: 'Probing' }, pressuresRequired: 2, beliefBelow: 0.5 };
    expect(nextLevelFraction({ ...base, pressuresActive: 0, belief: 1 })).toBe(0);
    expect(nextLevelFraction({ ...base, pressuresActive: 1, belief: 0.4 })).toBe(0.75);
    expect(nextLevelFraction({ ...base, next: null, pressuresActive: 0, belief: 1 })).toBe(1);
  });
  it('lists report footnotes in number order before external sources', () => {
    expect(sortSourceKeys(['E10', '[12]', 'E2', '[3]'])).toEqual(['[3]', '[12]', 'E2', 'E10']);
  });
  it('draws a sparkline only from two values', () => {
    expect(sparkPoints([1], 64, 20)).toBe('');
    expect(sparkPoints([0, 1], 64, 20)).toBe('2.0,18.0 62.0,2.0');
  });
  it('labels the x axis at each year', () => {
    expect(yearTicks(['Q1 2025', 'Q2 2025', 'Q1 2026'])).toEqual([
      { q: 0, text: '2025' },
      { q: 2, text: '2026' },
    ]);
  });
});

describe('keyboard and layout', () => {
  it('moves between tabs with arrows, Home and End, wrapping round', () => {
    expect([
      tabKeyTarget('ArrowRight', 5, 6),
      tabKeyTarget('ArrowLeft', 0, 6),
      tabKeyTarget('End', 1, 6),
    ]).toEqual([0, 5, 5]);
    expect(tabKeyTarget('a', 1, 6)).toBeNull();
  });
  it('keeps the first of two overlapping labels and drops labels outside the bounds', () => {
    const box = (left: number, top: number) => ({ left, top, right: left + 50, bottom: top + 20 });
    expect(
      keepNonOverlapping([box(0, 0), box(30, 10), box(60, 0), box(500, 0)], {
        left: 0,
        top: 0,
        right: 200,
        bottom: 100,
      }),
    ).toEqual([0, 2]);
  });
  it('keeps a tooltip inside the viewport, flipping above the anchor near the bottom', () => {
    expect(placeTip({ left: 0, top: 10, bottom: 30, width: 20 }, 200, 50, 1280, 720)).toEqual({
      left: 8,
      top: 38,
    });
    expect(placeTip({ left: 600, top: 680, bottom: 700, width: 20 }, 200, 50, 1280, 720)).toEqual({
      left: 510,
      top: 622,
    });
  });
});

describe('lazy sound', () => {
  it('replays the latest settings and the wanted ambient loop onto the loaded controller', () => {
    const calls: string[] = [];
    const port = {
      play: () => calls.push('play'),
      playSequence: () => calls.push('sequence'),
      startAmbient: () => calls.push('ambient on'),
      stopAmbient: () => calls.push('ambient off'),
      setVolume: (v: number) => calls.push(`volume ${v}`),
      setMuted: (m: boolean) => calls.push(`muted ${m}`),
      unlock: () => calls.push('unlock'),
    };
    replayPending(port, { volume: 0.4, muted: null, ambient: true });
    expect(calls).toEqual(['volume 0.4', 'unlock', 'ambient on']);
  });
});
