/**
 * The Kremlin's options (model reference §3.4) and what each does to the state. The rules that
 * choose among them live in kremlin-rules.ts; a person playing the Kremlin chooses from the same
 * list, so the effects live here, once.
 */
import { withinRange } from '../invariants';
import type { ScenarioParams } from '../params';
import type { GameState } from '../types';

/** Every option the Kremlin has. Borrowing is automatic and reported with the budget. */
export const KREMLIN_OPTIONS = [
  'raiseTaxes',
  'cutPayments',
  'raiseBonuses',
  'expandPool',
  'askNorthKoreaTroops',
  'askNorthKoreaShells',
  'askIran',
  'askChina',
  'reduceTempo',
  'raiseTempo',
  'restoreTempo',
  'mobilise',
  'warFooting',
] as const;

/** One of the Kremlin's options. */
export type KremlinOption = (typeof KREMLIN_OPTIONS)[number];

/** Each option's place in KREMLIN_OPTIONS (and in the state's lastTakenQuarter). */
export const KREMLIN_OPTION_INDEX: Readonly<Record<KremlinOption, number>> = Object.fromEntries(
  KREMLIN_OPTIONS.map((option, i) => [option, i]),
) as Record<KremlinOption, number>;

/** Sources behind each option's effects. */
export const KREMLIN_OPTION_SOURCES: Readonly<Record<KremlinOption, readonly string[]>> = {
  raiseTaxes: ['[43]', 'E28'],
  cutPayments: ['[44]', '[45]', 'E40'],
  raiseBonuses: ['[32]', '[33]', 'E39'],
  expandPool: ['[34]', '[64]', '[65]'],
  askNorthKoreaTroops: ['[37]', '[38]'],
  askNorthKoreaShells: ['[21]', '[22]', 'E14'],
  askIran: ['[23]', '[24]', 'E13'],
  askChina: ['[25]'],
  reduceTempo: ['[68]'],
  raiseTempo: ['[68]', '[70]'],
  restoreTempo: ['[68]'],
  mobilise: ['[69]', 'E35', 'E36'],
  warFooting: ['[46]', '[47]'],
};

/** The parts of the state an option may change. */
export type KremlinMutable = Pick<GameState, 'manpower' | 'economy' | 'battlefield' | 'kremlin' | 'posture'>;

/** Whether an option can be taken now (one-off options once, repeatable ones after a cooldown). */
export function isOptionAvailable(
  option: KremlinOption,
  s: KremlinMutable,
  quarterIndex: number,
  params: ScenarioParams,
): boolean {
  const last = s.kremlin.lastTakenQuarter[KREMLIN_OPTION_INDEX[option]] ?? -1;
  const cooled = last < 0 || quarterIndex - last >= params.kremlin.decisionCooldownQuarters;
  switch (option) {
    case 'raiseTaxes':
      return !s.economy.vatRaised;
    case 'cutPayments':
      return !s.manpower.paymentsCut;
    case 'raiseBonuses':
      return cooled && s.manpower.bonusIndex < params.kremlin.bonusIndexMax;
    case 'expandPool':
    case 'askNorthKoreaTroops':
      return cooled;
    case 'askNorthKoreaShells':
      return cooled && s.kremlin.northKoreaSurgeQuartersLeft === 0;
    case 'askIran':
      return !s.kremlin.iranSupplying;
    case 'askChina':
      return !s.kremlin.chinaSupplying;
    case 'reduceTempo':
      return s.battlefield.tempo > params.kremlin.tempoReduced;
    case 'raiseTempo':
      return s.battlefield.tempo < params.kremlin.tempoRaised;
    case 'restoreTempo':
      return s.battlefield.tempo !== 1;
    case 'mobilise':
      return s.kremlin.mobilisations === 0;
    case 'warFooting':
      return s.kremlin.warFootingSinceQuarter < 0;
  }
}

/** Applies one option's effects and returns the changed parts. Pure. */
export function applyKremlinOption(
  option: KremlinOption,
  s: KremlinMutable,
  quarterIndex: number,
  params: ScenarioParams,
): KremlinMutable {
  const k = params.kremlin;
  const m = params.manpower;
  const lastTakenQuarter = s.kremlin.lastTakenQuarter.slice();
  lastTakenQuarter[KREMLIN_OPTION_INDEX[option]] = quarterIndex;
  const kremlin = { ...s.kremlin, lastTakenQuarter };
  // A fresh object of one shape, so the spreads below stay cheap whatever object `s` is.
  const next: KremlinMutable = {
    manpower: s.manpower,
    economy: s.economy,
    battlefield: s.battlefield,
    kremlin,
    posture: s.posture,
  };
  switch (option) {
    case 'raiseTaxes':
      return {
        ...next,
        economy: {
          ...s.economy,
          vatRaised: true,
          extraRevenueTrnRubPerQuarter:
            s.economy.extraRevenueTrnRubPerQuarter + k.vatRiseRevenueTrnRubPerQuarter,
          pendingInflationPp: s.economy.pendingInflationPp + k.vatRiseInflationPp,
        },
      };
    case 'cutPayments':
      return {
        ...next,
        manpower: { ...s.manpower, paymentsCut: true },
        economy: {
          ...s.economy,
          extraSpendingTrnRubPerQuarter:
            s.economy.extraSpendingTrnRubPerQuarter - k.paymentCutSavingTrnRubPerQuarter,
        },
      };
    case 'raiseBonuses':
      return {
        ...next,
        manpower: { ...s.manpower, bonusIndex: s.manpower.bonusIndex * k.bonusRaiseFactor },
        economy: {
          ...s.economy,
          extraSpendingTrnRubPerQuarter:
            s.economy.extraSpendingTrnRubPerQuarter + k.bonusRaiseCostTrnRubPerQuarter,
          pendingInflationPp: s.economy.pendingInflationPp + k.bonusRaiseInflationPp,
        },
      };
    case 'expandPool':
      return {
        ...next,
        manpower: {
          ...s.manpower,
          recruitPoolIndex: s.manpower.recruitPoolIndex * (1 + m.poolExpansionFraction),
        },
      };
    case 'askNorthKoreaTroops':
      return {
        ...next,
        manpower: {
          ...s.manpower,
          // Modelling bound: the force stays inside its documented range.
          forceStrength: withinRange(
            'forceStrength',
            s.manpower.forceStrength + m.northKoreaTroopsPerRequest,
          ),
        },
      };
    case 'askNorthKoreaShells':
      return { ...next, kremlin: { ...kremlin, northKoreaSurgeQuartersLeft: k.northKoreaSurgeQuarters } };
    case 'askIran':
      return { ...next, kremlin: { ...kremlin, iranSupplying: true } };
    case 'askChina':
      return { ...next, kremlin: { ...kremlin, chinaSupplying: true } };
    case 'reduceTempo':
      return { ...next, battlefield: { ...s.battlefield, tempo: k.tempoReduced } };
    case 'raiseTempo':
      return { ...next, battlefield: { ...s.battlefield, tempo: k.tempoRaised } };
    case 'restoreTempo':
      return { ...next, battlefield: { ...s.battlefield, tempo: 1 } };
    case 'mobilise': {
      const ready = m.mobilisationSize * m.mobilisationReadyFirstQuarterFraction;
      const drawnFromWork = (m.mobilisationSize * (1 + m.emigrantsPerMobilised)) / 1e6;
      return {
        ...next,
        kremlin: { ...kremlin, mobilisations: s.kremlin.mobilisations + 1 },
        manpower: {
          ...s.manpower,
          // Modelling bound: the force stays inside its documented range.
          forceStrength: withinRange('forceStrength', s.manpower.forceStrength + ready),
          mobilisedInTraining: s.manpower.mobilisedInTraining + m.mobilisationSize - ready,
        },
        economy: {
          ...s.economy,
          laborShortageM: withinRange('laborShortageM', s.economy.laborShortageM + drawnFromWork),
          pendingInflationPp: s.economy.pendingInflationPp + k.mobilisationInflationPp,
          oneOffSpendingTrnRub: s.economy.oneOffSpendingTrnRub + k.mobilisationCostTrnRub,
        },
        posture: { ...s.posture, freezeQuartersLeft: k.mobilisationPostureFreezeQuarters },
      };
    }
    case 'warFooting':
      return {
        ...next,
        kremlin: { ...kremlin, warFootingSinceQuarter: quarterIndex },
        economy: {
          ...s.economy,
          pendingInflationPp: s.economy.pendingInflationPp + k.warFootingInflationPp,
          extraSpendingTrnRubPerQuarter:
            s.economy.extraSpendingTrnRubPerQuarter + k.warFootingCostTrnRubPerQuarter,
        },
      };
  }
}

/** The size of an option as the report shows it (troops, rounds, rubles …), for the event's values. */
export function kremlinOptionValues(
  option: KremlinOption,
  s: KremlinMutable,
  params: ScenarioParams,
): Record<string, number> {
  const k = params.kremlin;
  const m = params.manpower;
  const a = params.ammunition;
  switch (option) {
    case 'raiseTaxes':
      return { revenueTrnRub: k.vatRiseRevenueTrnRubPerQuarter, inflationPp: k.vatRiseInflationPp };
    case 'cutPayments':
      return {
        savingTrnRub: k.paymentCutSavingTrnRubPerQuarter,
        recruitPenaltyPct: 100 * m.paymentCutRecruitPenaltyFraction,
      };
    case 'raiseBonuses':
      return {
        bonusIndex: Math.round(100 * s.manpower.bonusIndex) / 100,
        costTrnRub: k.bonusRaiseCostTrnRubPerQuarter,
      };
    case 'expandPool':
      return { poolPct: 100 * m.poolExpansionFraction };
    case 'askNorthKoreaTroops':
      return { troops: m.northKoreaTroopsPerRequest };
    case 'askNorthKoreaShells':
      return { rounds: a.northKoreaSurgeGrossRoundsPerQuarter, quarters: k.northKoreaSurgeQuarters };
    case 'askIran':
      return { rounds: a.iranRoundsPerQuarter };
    case 'askChina':
      return {
        tanks: k.chinaTanksPerQuarter,
        ifvApc: k.chinaIfvApcPerQuarter,
        rounds: a.chinaRoundsPerQuarter,
      };
    case 'reduceTempo':
    case 'raiseTempo':
    case 'restoreTempo':
      return { tempo: s.battlefield.tempo };
    case 'mobilise':
      return {
        size: m.mobilisationSize,
        emigrants: Math.round(m.mobilisationSize * m.emigrantsPerMobilised),
      };
    case 'warFooting':
      return {
        lagQuarters: k.warFootingLagQuarters,
        capacityPct: Math.round(100 * (k.warFootingCapacityMultiplier - 1)),
      };
  }
}
