/**
 * The bookkeeping of a quarter as plain functions (the economy's stocks, the countdowns, the aid
 * history, the bounds the scenario now sets) and the one map of indicators to state fields.
 */
import { describe, expect, it } from 'vitest';
import {
  applyOverride,
  appliedOverrideValue,
  createInitialState,
  isOptionAvailable,
  OVERRIDE_TARGETS,
  overrideTargetValue,
  STATE_INDICATOR_FIELDS,
  stateIndicatorValue,
  stateIndicatorValues,
  stepQuarter,
  type GameState,
  type OverrideTarget,
  type StateIndicatorName,
} from '../../src/engine';
import { TARGET_FIELDS } from '../../src/engine/facilitation';
import { fireRatio } from '../../src/engine/systems/battlefield';
import { brentPrice, integrateEconomy, type Financing, type Macro } from '../../src/engine/systems/economy';
import { applyInject } from '../../src/engine/systems/injects';
import { northKoreaSurgeQuartersLeftAfter } from '../../src/engine/systems/kremlin-rules';
import {
  freezeQuartersLeftAfter,
  lowAidStreakAfterDecision,
  quartersSinceShiftAfter,
} from '../../src/engine/systems/posture';
import { aidHistoryAfter } from '../../src/engine/systems/ukrainian-fire';
import { BUNDLED_SCENARIO_IDS } from '../../src/scenario';
import { params } from './helpers';

const p = params();
const opening = createInitialState(p, 7);
const statusQuo = { aidBnEurPerQuarter: 10.4, sanctionsLevel: 1 };

describe('integrating the economy at the end of a quarter', () => {
  const economy: GameState['economy'] = {
    ...opening.economy,
    newDebtTrnRub: 0.4,
    vatRaised: true,
    extraSpendingTrnRubPerQuarter: 0.2,
    extraRevenueTrnRubPerQuarter: 0.3,
    oneOffSpendingTrnRub: 1.2,
    pendingInflationPp: 2.5,
  };
  const financing: Financing = {
    borrowingTrnRub: 0.1,
    nwfDrawTrnRub: 0.6,
    monetisedTrnRub: 0,
    nwfLiquidTrnRub: 3.2,
  };
  const macroAfter: Macro = { cpiPct: 11, perceivedInflationPct: 19.8, keyRatePct: 22, laborShortageM: 1.7 };
  const after = integrateEconomy(economy, financing, macroAfter, 17);

  it('keeps the NWF financing left and adds the quarter’s borrowing to the net new debt', () => {
    expect(after.nwfLiquidTrnRub).toBe(3.2);
    expect(after.newDebtTrnRub).toBeCloseTo(0.5);
  });
  it('takes inflation, the key rate and the labour shortage from the quarter’s macro step', () => {
    expect(after).toMatchObject({ cpiPct: 11, keyRatePct: 22, laborShortageM: 1.7 });
  });
  it('takes the Urals discount the quarter’s sanctions left', () => {
    expect(after.uralsDiscountUsdPerBbl).toBe(17);
  });
  it('clears the one-off spending and the pending inflation impulses, which this quarter has spent', () => {
    expect(after.oneOffSpendingTrnRub).toBe(0);
    expect(after.pendingInflationPp).toBe(0);
  });
  it('leaves the Kremlin’s standing decisions (a VAT rise, extra spending and revenue) as they were', () => {
    expect(after).toMatchObject({
      vatRaised: true,
      extraSpendingTrnRubPerQuarter: 0.2,
      extraRevenueTrnRubPerQuarter: 0.3,
    });
  });
  it('is what a quarter of the engine leaves in the state before the Kremlin decides', () => {
    // Under the status quo in the first quarter the Kremlin takes no fiscal option, so the
    // economy after the step is the integrated one.
    const next = stepQuarter(opening, statusQuo, p).state;
    expect(next.economy.cpiPct).toBe(next.last?.inflationPct);
    expect(next.economy.nwfLiquidTrnRub).toBe(next.last?.nwfLiquidTrnRub);
    expect(next.economy.newDebtTrnRub).toBeCloseTo(next.last?.borrowingTrnRub ?? Number.NaN);
  });
});

describe('the countdowns', () => {
  it('a North Korean shell surge counts down one quarter at a time and stops at zero', () => {
    expect([2, 1, 0].map(northKoreaSurgeQuartersLeftAfter)).toEqual([1, 0, 0]);
  });
  it('a posture freeze counts down one quarter at a time and stops at zero', () => {
    expect([2, 1, 0].map(freezeQuartersLeftAfter)).toEqual([1, 0, 0]);
  });
  it('the quarters since the last shift grow by one while the posture holds', () => {
    expect(quartersSinceShiftAfter(3, { direction: 'none' })).toBe(4);
  });
  it('the quarters since the last shift restart at zero when the posture moves up or down', () => {
    expect(quartersSinceShiftAfter(3, { direction: 'up' })).toBe(0);
    expect(quartersSinceShiftAfter(3, { direction: 'down' })).toBe(0);
  });
  it('the low-aid streak restarts at zero once the posture has retreated because aid faltered', () => {
    expect(lowAidStreakAfterDecision(2, { direction: 'down', reason: 'aidFaltered' })).toBe(0);
  });
  it('the low-aid streak is kept after any other decision, a retreat on his belief included', () => {
    expect(lowAidStreakAfterDecision(2, { direction: 'down', reason: 'beliefRecovered' })).toBe(2);
    expect(lowAidStreakAfterDecision(2, { direction: 'none', reason: 'none' })).toBe(2);
    expect(lowAidStreakAfterDecision(1, { direction: 'up', reason: 'pressures' })).toBe(1);
  });
  it('a quarter of the engine counts a surge and a freeze in progress down by one', () => {
    const surging: GameState = {
      ...opening,
      kremlin: { ...opening.kremlin, northKoreaSurgeQuartersLeft: 2 },
      posture: { ...opening.posture, freezeQuartersLeft: 2 },
    };
    const next = stepQuarter(surging, statusQuo, p).state;
    expect(next.kremlin.northKoreaSurgeQuartersLeft).toBe(1);
    expect(next.posture.freezeQuartersLeft).toBe(1);
  });
});

describe('the aid history', () => {
  const weights = [0.2, 0.5, 0.3];
  it('puts this quarter’s aid first, newest first', () => {
    expect(aidHistoryAfter(15, [10, 8, 6], weights)[0]).toBe(15);
  });
  it('keeps as many quarters as the delivery lag has weights, dropping the oldest', () => {
    expect(aidHistoryAfter(15, [10, 8, 6], weights)).toEqual([15, 10, 8]);
  });
  it('grows from a shorter history without inventing quarters', () => {
    expect(aidHistoryAfter(15, [], weights)).toEqual([15]);
    expect(aidHistoryAfter(15, [10], weights)).toEqual([15, 10]);
  });
  it('does not change the history it was given', () => {
    const history = [10, 8, 6];
    aidHistoryAfter(15, history, weights);
    expect(history).toEqual([10, 8, 6]);
  });
});

describe('the bounds the scenario sets', () => {
  it('the fire ratio stops at the scenario’s fireRatioMax', () => {
    expect(fireRatio(1e9, 0, p)).toBe(p.battlefield.fireRatioMax);
    const tighter = { ...p, battlefield: { ...p.battlefield, fireRatioMax: 5 } };
    expect(fireRatio(1e9, 0, tighter)).toBe(5);
  });
  it('Brent never falls below brentFloorUsdPerBbl, neither on a drawn shock nor on an inject', () => {
    const floor = p.economy.brentFloorUsdPerBbl;
    expect(brentPrice(0, -1000, 0, p)).toBe(floor);
    expect(brentPrice(0, 0, -1000, p)).toBe(floor);
  });
  it('an inject that raises the oil price lifts it from the floor of the drawn price', () => {
    expect(brentPrice(0, -1000, 10, p)).toBe(p.economy.brentFloorUsdPerBbl + 10);
  });
  it('an inject moves cohesion no higher than the scenario’s cohesionMax', () => {
    const rally = {
      ...p,
      west: { ...p.west, cohesionMax: 80 },
      injects: [
        {
          id: 'rally',
          title: 'rally',
          description: 'rally',
          scheduledQuarter: null,
          effects: [{ type: 'cohesion' as const, amount: 50 }],
          sources: ['[38]'],
        },
      ],
    };
    expect(applyInject(opening, 'rally', rally).state.west.cohesion).toBe(80);
  });
  it('the Kremlin raises bonuses no further once the bonus index reaches bonusIndexMax', () => {
    const at = (bonusIndex: number) =>
      isOptionAvailable('raiseBonuses', { ...opening, manpower: { ...opening.manpower, bonusIndex } }, 0, p);
    expect(at(p.kremlin.bonusIndexMax - 0.01)).toBe(true);
    expect(at(p.kremlin.bonusIndexMax)).toBe(false);
  });
});

describe('the state-indicator table', () => {
  const names = Object.keys(STATE_INDICATOR_FIELDS) as StateIndicatorName[];

  it.each(BUNDLED_SCENARIO_IDS)(
    'reads a finite number for every entry from the opening state of %s',
    (id) => {
      const state = createInitialState(params(id), 7);
      for (const name of names) expect(Number.isFinite(stateIndicatorValue(state, name)), name).toBe(true);
    },
  );
  it('reads the opening figures the scenario sets, under their indicator names', () => {
    expect(stateIndicatorValue(opening, 'inflationPct')).toBe(p.initial.cpiPct);
    expect(stateIndicatorValue(opening, 'westernCohesion')).toBe(p.initial.westernCohesion);
    expect(stateIndicatorValue(opening, 'tanksActive')).toBe(p.initial.tanksActive);
    expect(stateIndicatorValue(opening, 'posture')).toBe(0);
  });
  it('reads the same stocks the indicators of a quarter report at its end', () => {
    const next = stepQuarter(opening, statusQuo, p).state;
    // Indicators are taken before the Kremlin decides; these stocks the rules do not move in Q1.
    for (const name of ['tanksActive', 'nwfLiquidTrnRub', 'westernCohesion', 'posture'] as const) {
      expect(stateIndicatorValue(next, name), name).toBe(next.last?.[name]);
    }
  });
  it('gives stateIndicatorValues every entry of the table and the active material pressures', () => {
    const values = stateIndicatorValues(opening, p);
    for (const name of names) expect(values[name], name).toBe(stateIndicatorValue(opening, name));
    expect(values.activePressures).toBe(0);
    const allActive = {
      ...opening,
      posture: { ...opening.posture, thresholdActive: opening.posture.thresholdActive.map(() => true) },
    };
    const material = p.posture.thresholds.filter((t) => t.kind === 'material').length;
    expect(stateIndicatorValues(allActive, p).activePressures).toBe(material);
  });
  it('holds the field of every override target', () => {
    for (const target of Object.keys(OVERRIDE_TARGETS) as OverrideTarget[]) {
      expect(names, target).toContain(TARGET_FIELDS[target]);
    }
  });
  it('is where an override reads and writes its field, and the last indicators follow', () => {
    const played = stepQuarter(opening, statusQuo, p).state;
    for (const target of Object.keys(OVERRIDE_TARGETS) as OverrideTarget[]) {
      const indicator = TARGET_FIELDS[target];
      expect(overrideTargetValue(played, target), target).toBe(stateIndicatorValue(played, indicator));
      const [min, max] = OVERRIDE_TARGETS[target];
      const override = { target, value: (min + max) / 2, reason: 'test' };
      const after = applyOverride(played, override);
      expect(stateIndicatorValue(after, indicator), target).toBe(appliedOverrideValue(override));
      expect(after.last?.[indicator], target).toBe(appliedOverrideValue(override));
    }
  });
});
