/**
 * The federal budget and the macro-economy, in trillions of rubles a quarter.
 * Oil: Urals = Brent − a discount that sanctions widen and evasion erodes (E22–E24); revenue moves
 * 0.04 trn a quarter per dollar (E25). Spending: the 2025 law [40] (E27) plus the cost of
 * casualties above plan, Kremlin decisions and debt service. The deficit [41] is financed by
 * borrowing up to a cap (E30), then the NWF's liquid assets [39][43], then money creation.
 * Inflation [48][52][53] and the key rate [49] follow the pressures; the labour shortage [59]-[67]
 * grows with recruitment, mobilisation and emigration.
 */
import { withinRange } from '../invariants';
import { clamp, lookup } from '../lookup';
import type { ScenarioParams } from '../params';
import type { GameState } from '../types';

/** The Urals discount after this quarter's sanctions decision and a quarter of evasion. */
export function uralsDiscount(
  previousDiscount: number,
  previousLevel: number,
  level: number,
  params: ScenarioParams,
): number {
  const levels = params.policy.sanctionsLevels;
  const target = levels[level]?.discountFloorUsdPerBbl ?? 0;
  let shock = 0;
  for (let l = previousLevel + 1; l <= level; l++) shock += levels[l]?.packageShockUsdPerBbl ?? 0;
  const retention = params.economy.sanctionsEvasionRetentionPerQuarter;
  return Math.max(0, target + retention * (previousDiscount - target) + shock);
}

/** Inputs of the budget this quarter. */
export interface BudgetInput {
  readonly quarterIndex: number;
  readonly brentUsdPerBbl: number;
  readonly uralsDiscountUsdPerBbl: number;
  readonly casualties: number;
  readonly startQuarterOfYear: number;
  /** Revenue change a quarter from injects (refinery strikes: negative), trillion rubles. */
  readonly revenueShockTrnRub: number;
}

/** The quarter's budget. */
export interface Budget {
  readonly uralsUsdPerBbl: number;
  readonly oilGasRevenueTrnRub: number;
  readonly revenueTrnRub: number;
  readonly defenceSpendingTrnRub: number;
  readonly spendingTrnRub: number;
  readonly deficitTrnRub: number;
}

/** Revenue, spending and deficit, with the January front-loading of spending [41]. */
export function budget(economy: GameState['economy'], input: BudgetInput, params: ScenarioParams): Budget {
  const p = params.economy;
  const urals = Math.max(p.uralsFloorUsdPerBbl, input.brentUsdPerBbl - input.uralsDiscountUsdPerBbl);
  const oilGas = Math.max(
    p.oilGasRevenueFloorTrnRubPerQuarter,
    p.oilGasRevenueAtBudgetPriceTrnRubPerQuarter +
      p.oilGasRevenuePerUsdTrnRubPerQuarter * (urals - p.budgetUralsUsdPerBbl),
  );
  const revenue = Math.max(
    0,
    oilGas +
      p.nonOilRevenueTrnRubPerQuarter +
      economy.extraRevenueTrnRubPerQuarter +
      input.revenueShockTrnRub,
  );
  const casualtyCost =
    (Math.max(0, input.casualties - p.casualtiesInPlanPerQuarter) * p.costPerCasualtyAbovePlanMRub) / 1e6;
  const defence = p.defenceSpendingPlanTrnRubPerQuarter + casualtyCost;
  const interest =
    (economy.newDebtTrnRub * Math.max(0, economy.keyRatePct - p.newDebtBudgetedRatePct)) / 100 / 4;
  const isFirstQuarterOfYear = (input.startQuarterOfYear - 1 + input.quarterIndex) % 4 === 0;
  const seasonal = isFirstQuarterOfYear ? p.firstQuarterFrontLoadTrnRub : -p.firstQuarterFrontLoadTrnRub / 3;
  const spending =
    p.nonDefenceSpendingTrnRubPerQuarter +
    defence +
    p.debtServiceTrnRubPerQuarter +
    interest +
    economy.extraSpendingTrnRubPerQuarter +
    economy.oneOffSpendingTrnRub +
    seasonal;
  return {
    uralsUsdPerBbl: urals,
    oilGasRevenueTrnRub: oilGas,
    revenueTrnRub: revenue,
    defenceSpendingTrnRub: defence,
    spendingTrnRub: spending,
    deficitTrnRub: spending - revenue,
  };
}

/** How the deficit was covered and what is left in the NWF. */
export interface Financing {
  readonly borrowingTrnRub: number;
  readonly nwfDrawTrnRub: number;
  readonly monetisedTrnRub: number;
  readonly nwfLiquidTrnRub: number;
}

/**
 * Finances the deficit: the fiscal rule first moves oil revenue above (below) the $60 cut-off into
 * (out of) the NWF (E25); borrowing up to its cap (E30); then the NWF's liquid assets; then money
 * creation. Gold revaluation adds to the NWF (E29; zero in report mode).
 */
export function finance(
  economy: GameState['economy'],
  deficitTrnRub: number,
  uralsUsdPerBbl: number,
  params: ScenarioParams,
): Financing {
  const p = params.economy;
  const available = Math.max(0, economy.nwfLiquidTrnRub + p.goldRevaluationTrnRubPerQuarter);
  // Below the cut-off the rule sells from the fund, but it cannot sell what the fund no longer holds.
  const ruleFlow = Math.max(
    -available,
    p.fiscalRuleTrnRubPerUsd * (uralsUsdPerBbl - p.fiscalRulePriceUsdPerBbl),
  );
  let nwf = available + ruleFlow;
  const need = deficitTrnRub + ruleFlow;
  if (nwf < 0) nwf = 0;
  // Modelling bound: the fund's liquid assets saturate at the top of their documented range; what
  // the rule or a surplus would save past it is not counted.
  if (need <= 0)
    return {
      borrowingTrnRub: 0,
      nwfDrawTrnRub: 0,
      monetisedTrnRub: 0,
      nwfLiquidTrnRub: withinRange('nwfLiquidTrnRub', nwf - need),
    };
  const borrowing = Math.min(need, p.netBorrowingCapTrnRubPerQuarter);
  const draw = Math.min(nwf, need - borrowing);
  return {
    borrowingTrnRub: borrowing,
    nwfDrawTrnRub: draw,
    monetisedTrnRub: need - borrowing - draw,
    nwfLiquidTrnRub: withinRange('nwfLiquidTrnRub', nwf - draw),
  };
}

/** Inflation, the key rate and the labour shortage after the quarter. */
export interface Macro {
  readonly cpiPct: number;
  readonly perceivedInflationPct: number;
  readonly keyRatePct: number;
  readonly laborShortageM: number;
}

/** Inputs of the macro step. */
export interface MacroInput {
  readonly deficitTrnRub: number;
  readonly monetisedTrnRub: number;
  readonly recruits: number;
  /** Men mobilised this quarter (they and the emigrants they cause leave the labour force). */
  readonly mobilisedNow: number;
}

/**
 * Official inflation moves towards a pressure-implied level (deficit, labour shortage, money
 * creation, minus a real-rate brake) with persistence; one-off impulses (VAT, mobilisation, war
 * footing) pass through. The central bank sets the key rate at inflation plus a spread (2024:
 * 21 − 9.5 = 11.5 pp), adjusting part of the way each quarter.
 */
export function macro(economy: GameState['economy'], input: MacroInput, params: ScenarioParams): Macro {
  const p = params.economy;
  const gdpQuarter = p.gdpTrnRubPerYear / 4;
  // Annualised shares of GDP: a quarter's flow × 4 over a year's GDP.
  const deficitPctGdp = (100 * input.deficitTrnRub) / gdpQuarter;
  const monetisedPctGdp = (100 * input.monetisedTrnRub) / gdpQuarter;
  const realRate = economy.keyRatePct - economy.cpiPct;
  const implied =
    p.inflationAnchorPct +
    p.inflationDeficitCoefficient * Math.max(0, deficitPctGdp) +
    p.inflationLabourCoefficient * economy.laborShortageM +
    p.inflationMonetisationCoefficient * monetisedPctGdp -
    p.inflationRealRateCoefficient * (realRate - p.neutralRealRatePct);
  const cpi = clamp(
    p.inflationPersistence * economy.cpiPct +
      (1 - p.inflationPersistence) * implied +
      economy.pendingInflationPp,
    p.cpiMinPct,
    p.cpiMaxPct,
  );
  const keyRate = clamp(
    economy.keyRatePct + p.keyRateAdjustment * (cpi + p.keyRateSpreadPp - economy.keyRatePct),
    p.keyRateMinPct,
    p.keyRateMaxPct,
  );
  const emigrants = input.mobilisedNow * params.manpower.emigrantsPerMobilised;
  // Modelling bound: the shortage stays inside its documented range.
  const laborShortage = withinRange(
    'laborShortageM',
    economy.laborShortageM +
      p.dibHiringMPerQuarter +
      (params.manpower.recruitLabourFraction * input.recruits + input.mobilisedNow + emigrants) / 1e6 -
      p.labourEasingMPerQuarter,
  );
  return {
    cpiPct: cpi,
    perceivedInflationPct: cpi * p.perceivedInflationMultiplier,
    keyRatePct: keyRate,
    laborShortageM: laborShortage,
  };
}

/**
 * Brent this quarter, $/bbl: the scenario's path plus a drawn shock, then the change of any inject
 * in force (`modifierUsd`, $/bbl). The floor brentFloorUsdPerBbl holds for the drawn price and
 * again after the inject's change, so an inject that raises the price lifts it from the floor.
 */
export function brentPrice(
  quarterIndex: number,
  shock: number,
  modifierUsd: number,
  params: ScenarioParams,
): number {
  const e = params.economy;
  const floor = e.brentFloorUsdPerBbl;
  const drawn = Math.max(floor, lookup(e.brentUsdByQuarter, quarterIndex) + e.oilPriceNoiseUsd * shock);
  return Math.max(floor, drawn + modifierUsd);
}

/**
 * The economy's stocks at the end of the quarter, from the stocks at its start and the quarter's
 * flows: the NWF's liquid assets after financing (trillion RUB), net new debt grown by this
 * quarter's borrowing (trillion RUB), inflation and the key rate (%), the labour shortage (million
 * people) and the Urals discount ($/bbl) as the quarter left them. The one-off spending and the
 * pending inflation impulses (trillion RUB, pp) were spent in this quarter's budget and CPI, so they
 * are cleared; the Kremlin's decisions of this quarter add new ones afterwards. Kept here so that
 * stepQuarter only wires the systems together.
 */
export function integrateEconomy(
  economy: GameState['economy'],
  financing: Financing,
  macroAfter: Macro,
  uralsDiscountUsdPerBbl: number,
): GameState['economy'] {
  return {
    ...economy,
    nwfLiquidTrnRub: financing.nwfLiquidTrnRub,
    newDebtTrnRub: economy.newDebtTrnRub + financing.borrowingTrnRub,
    cpiPct: macroAfter.cpiPct,
    keyRatePct: macroAfter.keyRatePct,
    laborShortageM: macroAfter.laborShortageM,
    uralsDiscountUsdPerBbl,
    oneOffSpendingTrnRub: 0,
    pendingInflationPp: 0,
  };
}
