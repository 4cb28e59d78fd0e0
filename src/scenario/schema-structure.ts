/**
 * Rules of a scenario document that span several fields: levels numbered in order, unique ids,
 * one negotiation tolerance per posture level, a status-quo sanctions level that exists, injects
 * scheduled inside the game, lower bounds of inflation and the key rate not above their upper
 * bounds, perceived inflation inside its range at the CPI ceiling, score weights that add up to
 * more than 0. Zod checks each field; these check how the fields fit together, once every field is
 * valid.
 */
import { INDICATOR_RANGES } from '../engine';

/** Top of the documented range of perceived inflation, %. */
const PERCEIVED_INFLATION_MAX_PCT = INDICATOR_RANGES.perceivedInflationPct[1];

/** Receives one broken rule: the path of the offending field and what is wrong. */
export type Report = (path: readonly PropertyKey[], message: string) => void;

/** The parts of a document that the cross-field rules read. */
interface Structure {
  readonly policy: {
    readonly sanctionsLevels: readonly { level: number }[];
    readonly sanctionsStatusQuoLevel: { value: number };
  };
  readonly posture: {
    readonly levels: readonly { level: number }[];
    readonly thresholds: readonly { id: string }[];
  };
  readonly negotiation: {
    readonly terms: readonly { id: string; options: readonly { id: string }[] }[];
    readonly toleranceByPosture: { value: readonly number[] };
    readonly scoreWeightUs: { value: number };
    readonly scoreWeightUkraine: { value: number };
    readonly scoreWeightEurope: { value: number };
  };
  readonly horizonQuarters: { value: number };
  readonly injects: readonly { id: string; scheduledQuarter: number | null }[];
  readonly economy: {
    readonly cpiMinPct: { value: number };
    readonly cpiMaxPct: { value: number };
    readonly keyRateMinPct: { value: number };
    readonly keyRateMaxPct: { value: number };
    readonly perceivedInflationMultiplier: { value: number };
  };
}

/** Cross-field rules of a complete document, reported with the path of the offending field. */
export function checkStructure(doc: Structure, report: Report): void {
  levelsInOrder(doc.policy.sanctionsLevels, ['policy', 'sanctionsLevels'], report);
  levelsInOrder(doc.posture.levels, ['posture', 'levels'], report);
  uniqueIds(doc.posture.thresholds, ['posture', 'thresholds'], 'threshold', report);
  uniqueIds(doc.negotiation.terms, ['negotiation', 'terms'], 'term', report);
  doc.negotiation.terms.forEach((t, i) =>
    uniqueIds(t.options, ['negotiation', 'terms', i, 'options'], 'option', report),
  );
  const levelCount = doc.posture.levels.length;
  const tolerances = doc.negotiation.toleranceByPosture.value.length;
  if (tolerances !== levelCount) {
    report(
      ['negotiation', 'toleranceByPosture', 'value'],
      `needs one entry per posture level (${levelCount}), got ${tolerances}`,
    );
  }
  uniqueIds(doc.injects, ['injects'], 'inject', report);
  const horizon = doc.horizonQuarters.value;
  doc.injects.forEach((inject, i) => {
    if (inject.scheduledQuarter !== null && inject.scheduledQuarter >= horizon)
      report(
        ['injects', i, 'scheduledQuarter'],
        `must be before the end of the game (quarter indices 0–${horizon - 1}), got ${inject.scheduledQuarter}`,
      );
  });
  boundsInOrder(doc.economy, 'cpiMinPct', 'cpiMaxPct', report);
  boundsInOrder(doc.economy, 'keyRateMinPct', 'keyRateMaxPct', report);
  const perceivedMax = doc.economy.cpiMaxPct.value * doc.economy.perceivedInflationMultiplier.value;
  if (perceivedMax > PERCEIVED_INFLATION_MAX_PCT)
    report(
      ['economy', 'perceivedInflationMultiplier', 'value'],
      `times economy.cpiMaxPct (${doc.economy.cpiMaxPct.value}) must be at most ${PERCEIVED_INFLATION_MAX_PCT} (the range of perceived inflation), got ${perceivedMax}`,
    );
  const weights = doc.negotiation;
  if (!(weights.scoreWeightUs.value + weights.scoreWeightUkraine.value + weights.scoreWeightEurope.value > 0))
    report(['negotiation', 'scoreWeightUs', 'value'], 'the three score weights must add up to more than 0');
  const statusQuo = doc.policy.sanctionsStatusQuoLevel.value;
  if (statusQuo >= doc.policy.sanctionsLevels.length) {
    report(
      ['policy', 'sanctionsStatusQuoLevel', 'value'],
      `must be one of the sanctions levels (0–${doc.policy.sanctionsLevels.length - 1}), got ${statusQuo}`,
    );
  }
}

/** A lower bound must not lie above its upper bound: the engine clamps between them. */
function boundsInOrder<K extends string>(
  economy: Readonly<Record<K, { value: number }>>,
  low: K,
  high: K,
  report: Report,
): void {
  if (economy[low].value > economy[high].value)
    report(
      ['economy', low, 'value'],
      `must be at most economy.${high} (${economy[high].value}), got ${economy[low].value}`,
    );
}

/** Levels must be numbered 0, 1, 2 … in list order: the engine indexes them by level. */
function levelsInOrder(
  list: readonly { level: number }[],
  path: readonly PropertyKey[],
  report: Report,
): void {
  list.forEach((entry, i) => {
    if (entry.level !== i)
      report(
        [...path, i, 'level'],
        `expected level ${i} (levels count 0, 1, 2 … in order), got ${entry.level}`,
      );
  });
}

/** Ids must be unique in a list: saves and proposals refer to entries by id. */
function uniqueIds(
  list: readonly { id: string }[],
  path: readonly PropertyKey[],
  what: string,
  report: Report,
): void {
  const seen = new Map<string, number>();
  list.forEach((entry, i) => {
    const first = seen.get(entry.id);
    if (first === undefined) seen.set(entry.id, i);
    else report([...path, i, 'id'], `duplicate ${what} id "${entry.id}" (also at index ${first})`);
  });
}
