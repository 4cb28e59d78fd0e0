/**
 * Russia's defence-industrial capacity this quarter: whether the war footing has taken effect, the
 * multiplier it and the sanctions' penalty on the defence industry put on production, and the share
 * of China's promised supply that still arrives under secondary sanctions.
 */
import type { ScenarioParams } from '../params';
import type { GameState, Policy } from '../types';

/** The capacity of the defence industry in one quarter. */
export interface DefenceIndustryCapacity {
  /** True once the war footing has run its lag. */
  readonly warFootingOn: boolean;
  /** Production multiplier (1 = the 2024 rate): war footing × (1 − the sanctions' penalty). */
  readonly capacityMultiplier: number;
  /** Fraction (0–1) of China's supply that still arrives. */
  readonly chinaShare: number;
}

/** The defence industry's capacity for the quarter `quarterIndex` under the West's policy. */
export function defenceIndustryCapacity(
  kremlin: GameState['kremlin'],
  policy: Policy,
  quarterIndex: number,
  params: ScenarioParams,
): DefenceIndustryCapacity {
  const warFootingOn =
    kremlin.warFootingSinceQuarter >= 0 &&
    quarterIndex - kremlin.warFootingSinceQuarter >= params.kremlin.warFootingLagQuarters;
  const dibPenalty = params.policy.sanctionsLevels[policy.sanctionsLevel]?.dibCapacityPenaltyFraction ?? 0;
  // Secondary sanctions on its banks and buyers cut what China dares to send [25].
  const chinaShare =
    policy.sanctionsLevel >= params.kremlin.chinaSecondarySanctionsLevel
      ? params.kremlin.chinaSupplyRetainedUnderSecondarySanctions
      : 1;
  const capacityMultiplier =
    (warFootingOn ? params.kremlin.warFootingCapacityMultiplier : 1) * (1 - dibPenalty);
  return { warFootingOn, capacityMultiplier, chinaShare };
}
