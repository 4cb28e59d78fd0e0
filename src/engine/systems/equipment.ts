/**
 * Russia's armour and artillery as stocks: a fielded fleet, restorable storage and unrestorable
 * hulls. Losses are write-offs (the IISS definition, model reference §0) driven by tempo, the
 * pressure of Ukrainian fire and how far commanders ration armour as storage dwindles [13]-[16].
 * Supply is new production [5][7][8] plus refurbishment from storage [9][10], capped by plant
 * capacity. Barrels wear out with rounds fired and are replaced from stored guns (E9).
 */
import { INDICATOR_RANGES, withinRange } from '../invariants';
import { lookup } from '../lookup';
import type { ScenarioParams } from '../params';
import type { EquipmentState } from '../types';

/** Share of armour commanders commit (0–1), from the storage left. */
export interface ArmourUse {
  readonly tanks: number;
  readonly ifvApc: number;
  /** Mean of the two, used by the casualty and territory equations. */
  readonly mean: number;
}

/**
 * Armour use from the armour Russia can still count on: fielded fleet plus restorable storage, as
 * a fraction of the start (model reference §3.2 step 5), with extra IFV/APC rationing on a
 * drone-saturated front. New production, war-footing salvage and Chinese vehicles raise it.
 */
export function armourUse(
  equipment: EquipmentState,
  quarterIndex: number,
  params: ScenarioParams,
): ArmourUse {
  const e = params.equipment;
  const i = params.initial;
  const tankFraction =
    (equipment.tanksActive + equipment.tanksStorageRestorable) /
    Math.max(1, i.tanksActive + i.tanksStorageRestorable);
  const ifvFraction =
    (equipment.ifvApcActive + equipment.ifvApcStorageRestorable) /
    Math.max(1, i.ifvApcActive + i.ifvApcStorageRestorable);
  const tanks = lookup(e.tankUseByStockFraction, tankFraction);
  const ifvApc =
    lookup(e.ifvApcUseByStockFraction, ifvFraction) * lookup(e.droneArmourFactorByQuarter, quarterIndex);
  return { tanks, ifvApc, mean: (tanks + ifvApc) / 2 };
}

/** Write-offs this quarter, before supply. */
export interface EquipmentLosses {
  readonly tanks: number;
  readonly ifvApc: number;
  readonly artilleryCombat: number;
}

/** Equipment write-offs from tempo, the pressure multiplier and armour use, never more than is fielded. */
export function equipmentLosses(
  equipment: EquipmentState,
  tempo: number,
  pressure: number,
  use: ArmourUse,
  params: ScenarioParams,
): EquipmentLosses {
  const e = params.equipment;
  return {
    tanks: Math.min(equipment.tanksActive, e.tankLossBasePerQuarter * tempo * pressure * use.tanks),
    ifvApc: Math.min(equipment.ifvApcActive, e.ifvApcLossBasePerQuarter * tempo * pressure * use.ifvApc),
    artilleryCombat: Math.min(
      equipment.artilleryActive,
      e.artilleryCombatLossBasePerQuarter * tempo * pressure,
    ),
  };
}

/** What integrating a quarter of losses and supply needs besides the stocks. */
export interface EquipmentSupplyInput {
  readonly losses: EquipmentLosses;
  readonly roundsFired: number;
  /** Defence-industry capacity multiplier: war footing up, sanctions' machine-tool controls down. */
  readonly capacityMultiplier: number;
  readonly warFooting: boolean;
  readonly chinaTanks: number;
  readonly chinaIfvApc: number;
}

/** Stocks after the quarter, with the flows the report shows. */
export interface EquipmentStep {
  readonly equipment: EquipmentState;
  readonly tanksSupplied: number;
  readonly ifvApcSupplied: number;
  readonly barrelsWorn: number;
  readonly gunsReplaced: number;
}

/** Integrates losses, production, refurbishment, barrel wear and replacement from stored guns. */
export function integrateEquipment(
  equipment: EquipmentState,
  input: EquipmentSupplyInput,
  params: ScenarioParams,
): EquipmentStep {
  const e = params.equipment;
  const cap = input.capacityMultiplier;

  // Modelling bound: salvage fills restorable storage only up to the top of its documented range;
  // hulls past it stay unrestorable.
  const salvageTanks = input.warFooting
    ? Math.min(
        equipment.tanksStorageUnrestorable * e.warFootingSalvageFractionPerQuarter,
        Math.max(0, INDICATOR_RANGES.tanksStorageRestorable[1] - equipment.tanksStorageRestorable),
      )
    : 0;
  const salvageIfv = input.warFooting
    ? Math.min(
        equipment.ifvApcStorageUnrestorable * e.warFootingSalvageFractionPerQuarter,
        Math.max(0, INDICATOR_RANGES.ifvApcStorageRestorable[1] - equipment.ifvApcStorageRestorable),
      )
    : 0;
  const tankStore = equipment.tanksStorageRestorable + salvageTanks;
  const ifvStore = equipment.ifvApcStorageRestorable + salvageIfv;

  const tankRefurb = Math.min(tankStore, e.tankRefurbCapacityPerQuarter * cap);
  const ifvRefurb = Math.min(ifvStore, e.ifvApcRefurbCapacityPerQuarter * cap);
  const tanksSupplied = e.tankNewPerQuarter * cap + tankRefurb + input.chinaTanks;
  const ifvApcSupplied = e.ifvApcNewPerQuarter * cap + ifvRefurb + input.chinaIfvApc;

  // Artillery: every worn or destroyed barrel needs a new barrel or a donor from storage.
  const barrelsWorn = Math.min(equipment.artilleryActive, input.roundsFired / e.barrelLifeRounds);
  const needed = barrelsWorn + input.losses.artilleryCombat;
  const newBarrels = Math.min(needed, e.barrelNewPerQuarter * cap);
  const donorsWanted = (needed - newBarrels) * e.storedGunsPerServiceableBarrel;
  const donorsUsed = Math.min(equipment.artilleryStorage, donorsWanted);
  const gunsReplaced = newBarrels + donorsUsed / e.storedGunsPerServiceableBarrel;

  return {
    equipment: {
      // Modelling bound: the fielded fleets saturate at the top of their documented ranges; what
      // is supplied beyond it is not fielded.
      tanksActive: withinRange('tanksActive', equipment.tanksActive - input.losses.tanks + tanksSupplied),
      tanksStorageRestorable: tankStore - tankRefurb,
      tanksStorageUnrestorable: equipment.tanksStorageUnrestorable - salvageTanks,
      ifvApcActive: withinRange(
        'ifvApcActive',
        equipment.ifvApcActive - input.losses.ifvApc + ifvApcSupplied,
      ),
      ifvApcStorageRestorable: ifvStore - ifvRefurb,
      ifvApcStorageUnrestorable: equipment.ifvApcStorageUnrestorable - salvageIfv,
      artilleryActive: Math.max(0, equipment.artilleryActive - needed + gunsReplaced),
      artilleryStorage: equipment.artilleryStorage - donorsUsed,
    },
    tanksSupplied,
    ifvApcSupplied,
    barrelsWorn,
    gunsReplaced,
  };
}
