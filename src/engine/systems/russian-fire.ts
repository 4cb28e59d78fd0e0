/**
 * Russian artillery ammunition: domestic production [18], North Korean imports less their duds
 * [21][22] (more or fewer while an inject is in force, never fewer than none), Iranian and
 * Chinese supplies when the Kremlin asks, and a shell stock. Fire demand
 * is the RUSI rate [19] scaled by tempo and by the share of guns still fielded (barrel wear).
 */
import { lookup } from '../lookup';
import type { ScenarioParams } from '../params';

/** Inputs that vary by quarter. */
export interface RussianFireInput {
  readonly quarterIndex: number;
  readonly tempo: number;
  readonly artilleryActive: number;
  readonly shellStockRounds: number;
  readonly capacityMultiplier: number;
  readonly northKoreaSurge: boolean;
  readonly iranSupplying: boolean;
  readonly chinaSupplying: boolean;
  /** Share of China's supply still sent under Western secondary sanctions (1 without them). */
  readonly chinaShare: number;
  /**
   * Usable North Korean rounds a quarter added (or, when negative, taken off) by injects: a wave of
   * shells, an interdiction of shipments, a faulty batch, as the facilitator scripts them.
   */
  readonly extraSupplyRounds: number;
}

/** Rounds fired, the North Korean share and the stock left. */
export interface RussianFireResult {
  readonly roundsFired: number;
  readonly northKoreaShareOfFire: number;
  readonly shellStockRounds: number;
}

/** Computes Russian rounds fired this quarter and the shell stock carried forward. */
export function russianFire(input: RussianFireInput, params: ScenarioParams): RussianFireResult {
  const a = params.ammunition;
  const gunShare = input.artilleryActive / params.initial.artilleryActive;
  const demand =
    a.russianDemandRoundsPerQuarter * input.tempo * Math.min(a.russianDemandGunShareCapFraction, gunShare);
  const northKoreaGross =
    lookup(a.northKoreaGrossRoundsByQuarter, input.quarterIndex) +
    (input.northKoreaSurge ? a.northKoreaSurgeGrossRoundsPerQuarter : 0);
  // The injects' rounds are North Korean: what they take off cannot exceed what North Korea delivers.
  const northKoreaUsable = Math.max(
    0,
    northKoreaGross * (1 - a.northKoreaDudFraction) + input.extraSupplyRounds,
  );
  const domestic = a.russianDomesticRoundsPerQuarter * input.capacityMultiplier;
  const other =
    (input.iranSupplying ? a.iranRoundsPerQuarter : 0) +
    (input.chinaSupplying ? a.chinaRoundsPerQuarter * input.chinaShare : 0);
  const supply = domestic + northKoreaUsable + other;
  const available = input.shellStockRounds + supply;
  const roundsFired = Math.max(0, Math.min(demand, available));
  return {
    roundsFired,
    northKoreaShareOfFire: supply > 0 ? northKoreaUsable / supply : 0,
    shellStockRounds: available - roundsFired,
  };
}
