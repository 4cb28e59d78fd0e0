/** The named rules as plain functions: thresholds with hysteresis, posture moves, financing order, sanctions and aid. */
import { describe, expect, it } from 'vitest';
import { lookup } from '../../src/engine';
import { finance, uralsDiscount } from '../../src/engine/systems/economy';
import { decidePosture } from '../../src/engine/systems/posture';
import { stepCondition } from '../../src/engine/systems/thresholds';
import { deliveredAidBnEur } from '../../src/engine/systems/ukrainian-fire';
import { createInitialState } from '../../src/engine';
import { params } from './helpers';

const p = params();

describe('a threshold condition', () => {
  const below = { metric: 'nwfLiquidTrnRub', direction: 'below' as const, start: 1, stop: 1.5, quarters: 1 };
  it('turns on below its start value', () => {
    expect(stepCondition(below, { active: false, streak: 0 }, 0.9).active).toBe(true);
  });
  it('stays on between start and stop (hysteresis)', () => {
    expect(stepCondition(below, { active: true, streak: 1 }, 1.2).active).toBe(true);
  });
  it('turns off only past its stop value', () => {
    expect(stepCondition(below, { active: true, streak: 1 }, 1.6).active).toBe(false);
  });
  it('needs its start value to hold for the required quarters', () => {
    const twoQuarters = { ...below, quarters: 2 };
    const first = stepCondition(twoQuarters, { active: false, streak: 0 }, 0.5);
    expect(first.active).toBe(false);
    expect(stepCondition(twoQuarters, first, 0.5).active).toBe(true);
  });
});

describe('the posture', () => {
  const base = { level: 0, activePressures: 2, belief: 0.45, lowAidStreak: 0, freezeQuartersLeft: 0 };
  it('moves up with two pressures once his belief that the West will quit is below 0.5', () => {
    expect(decidePosture(base, p)).toMatchObject({ level: 1, direction: 'up' });
  });
  it('does not move while he still believes the West will quit', () => {
    expect(decidePosture({ ...base, belief: 0.6 }, p).direction).toBe('none');
  });
  it('is frozen after a mobilisation', () => {
    expect(decidePosture({ ...base, freezeQuartersLeft: 1 }, p).reason).toBe('frozen');
  });
  it('moves back when aid has been below half the status quo for two quarters', () => {
    expect(decidePosture({ ...base, level: 2, lowAidStreak: 2 }, p)).toMatchObject({
      level: 1,
      reason: 'aidFaltered',
    });
  });
});

describe('financing the deficit', () => {
  const economy = createInitialState(p, 1).economy;
  it('borrows up to the cap first, then draws the NWF, then prints money', () => {
    const f = finance({ ...economy, nwfLiquidTrnRub: 0.5 }, 2, 60, p);
    expect(f.borrowingTrnRub).toBeCloseTo(p.economy.netBorrowingCapTrnRubPerQuarter);
    expect(f.nwfDrawTrnRub).toBeCloseTo(0.5);
    expect(f.monetisedTrnRub).toBeCloseTo(2 - p.economy.netBorrowingCapTrnRubPerQuarter - 0.5);
  });
  it('saves a surplus in the NWF', () => {
    expect(finance(economy, -1, 60, p).nwfLiquidTrnRub).toBeCloseTo(economy.nwfLiquidTrnRub + 1);
  });
});

describe('sanctions and the Urals discount', () => {
  it('jump when the West steps up a level and decay towards the level’s floor as evasion adapts', () => {
    const jumped = uralsDiscount(8, 1, 3, p);
    expect(jumped).toBeGreaterThan(20);
    expect(uralsDiscount(jumped, 3, 3, p)).toBeLessThan(jumped);
  });
});

describe('aid delivery', () => {
  it('blends this quarter’s aid with the last two by the delivery weights', () => {
    expect(deliveredAidBnEur([0, 10, 10], [0.2, 0.5, 0.3])).toBeCloseTo(8);
  });
});

describe('lookup tables', () => {
  const table = [
    [0, 0],
    [1, 10],
    [2, 0],
  ] as const;
  it.each([
    [-1, 0],
    [0.5, 5],
    [1.5, 5],
    [3, 0],
  ])('read %d as %d (linear inside, flat outside)', (x, y) => {
    expect(lookup(table, x)).toBeCloseTo(y);
  });
});
