/**
 * Western aid → Ukrainian artillery fire. Aid arrives with a delivery lag (stockpile aid in a
 * quarter or two, procurement later: model reference E20), and what it buys grows as Western
 * shell production ramps up (E15). The response to aid is a scenario table, steep near the
 * "US stops" level because some systems only the United States supplies at scale (report, final section).
 */
import { lookup } from '../lookup';
import type { ScenarioParams } from '../params';

/**
 * Aid history after this quarter's aid, billions of euros, newest first: this quarter's aid in
 * front, kept as long as the delivery lag has weights (older aid has been delivered in full).
 */
export function aidHistoryAfter(
  aidBnEur: number,
  historyNewestFirst: readonly number[],
  weights: readonly number[],
): number[] {
  return [aidBnEur, ...historyNewestFirst].slice(0, weights.length);
}

/** Aid that reaches the front this quarter, billions of euros, from aid history (newest first). */
export function deliveredAidBnEur(
  aidHistoryNewestFirst: readonly number[],
  weights: readonly number[],
): number {
  let total = 0;
  let weightSum = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    const aid = aidHistoryNewestFirst[i] ?? aidHistoryNewestFirst[aidHistoryNewestFirst.length - 1] ?? 0;
    total += w * aid;
    weightSum += w;
  }
  return weightSum > 0 ? total / weightSum : 0;
}

/** Rounds Ukraine fires this quarter, from delivered aid and the quarter index. */
export function ukrainianRoundsFired(
  deliveredBnEur: number,
  quarterIndex: number,
  params: ScenarioParams,
): number {
  const a = params.ammunition;
  const aidRatio = deliveredBnEur / params.policy.aidStatusQuoBnEurPerQuarter;
  return (
    a.ukraineBaseRoundsPerQuarter *
    lookup(a.ukraineFireByAidRatio, aidRatio) *
    lookup(a.westernOutputByQuarter, quarterIndex)
  );
}

/**
 * Pressure multiplier M on Russian losses: (Ukrainian fire ÷ the December 2024 level)^α,
 * α from the scenario (model reference §2.9: 0.3–0.6).
 */
export function pressureMultiplier(ukrainianRounds: number, params: ScenarioParams): number {
  const ratio = Math.max(ukrainianRounds, 1) / params.ammunition.ukraineBaseRoundsPerQuarter;
  return Math.pow(ratio, params.battlefield.pressureElasticity);
}
