/** The bounds of the facilitator's override targets derive from the one table of indicator ranges. */
import { describe, expect, it } from 'vitest';
import { appliedOverrideValue, INDICATOR_RANGES, OVERRIDE_TARGETS } from '../../src/engine';

describe('override bounds', () => {
  it('are the ranges of the indicators the fields are read as, narrower for the posture and the tempo', () => {
    expect(OVERRIDE_TARGETS).toEqual({
      westernCohesion: INDICATOR_RANGES.westernCohesion,
      beliefWestQuits: INDICATOR_RANGES.beliefWestQuits,
      postureLevel: [0, 3],
      forceStrength: INDICATOR_RANGES.forceStrength,
      nwfLiquidTrnRub: INDICATOR_RANGES.nwfLiquidTrnRub,
      occupiedKm2: INDICATOR_RANGES.occupiedKm2,
      tanksActive: INDICATOR_RANGES.tanksActive,
      tanksStorageRestorable: INDICATOR_RANGES.tanksStorageRestorable,
      tempo: [0.3, 1.5],
      cpiPct: INDICATOR_RANGES.inflationPct,
      keyRatePct: INDICATOR_RANGES.keyRatePct,
    });
  });

  it('are the same numbers the console has always offered', () => {
    expect(OVERRIDE_TARGETS).toEqual({
      westernCohesion: [0, 100],
      beliefWestQuits: [0, 1],
      postureLevel: [0, 3],
      forceStrength: [0, 5_000_000],
      nwfLiquidTrnRub: [0, 50],
      occupiedKm2: [0, 603_700],
      tanksActive: [0, 10_000],
      tanksStorageRestorable: [0, 10_000],
      tempo: [0.3, 1.5],
      cpiPct: [0, 80],
      keyRatePct: [0, 40],
    });
  });
});

describe('an override of -0', () => {
  it('applies 0, which a save written as JSON keeps', () => {
    expect(Object.is(appliedOverrideValue({ target: 'westernCohesion', value: -0 }), 0)).toBe(true);
    expect(Object.is(appliedOverrideValue({ target: 'postureLevel', value: -0.4 }), 0)).toBe(true);
  });
});
