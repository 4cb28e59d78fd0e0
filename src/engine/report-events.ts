/**
 * The quarter's report events: what happened, its causes and its sources. Texts are not built
 * here; each event has a stable code and values, and the text catalogue (src/text) renders the
 * headline and the "because …" line, so wording lives in data and can be translated.
 */
import type { ScenarioParams } from './params';
import type { KremlinChoice } from './systems/kremlin-rules';
import { KREMLIN_OPTION_SOURCES, kremlinOptionValues } from './systems/kremlin-options';
import type { PostureDecision } from './systems/posture';
import type { ThresholdStep } from './systems/thresholds';
import type { WestStep } from './systems/west';
import type { GameState, Indicators, Outcome, ReportEvent } from './types';

/** Everything the report needs from the step. */
export interface EventInput {
  readonly before: GameState;
  readonly after: GameState;
  readonly indicators: Indicators;
  readonly west: WestStep;
  readonly thresholds: ThresholdStep;
  readonly kremlinChoices: readonly KremlinChoice[];
  readonly posture: PostureDecision;
  readonly newOutcome: Outcome | null;
  readonly params: ScenarioParams;
}

const round = (x: number, digits = 0): number => {
  const f = Math.pow(10, digits);
  return Math.round(x * f) / f;
};

/** Causes of Russian losses this quarter: the aid behind Ukrainian fire, armour rationing. */
function lossCauses(i: Indicators, p: ScenarioParams): string[] {
  const causes = ['policy.aid'];
  if (i.armourUse < 0.8) causes.push('indicator.armourUse');
  if (i.tempo !== 1) causes.push('kremlin.tempo');
  if (i.aidDeliveredBnEur < p.policy.aidStatusQuoBnEurPerQuarter * 0.9) causes.push('indicator.aidDelivered');
  return causes;
}

/** Builds the quarter's events in a stable order: front, equipment, manpower, economy, west, thresholds, Kremlin, posture, outcome. */
export function buildEvents(input: EventInput): ReportEvent[] {
  const { indicators: i, params, before } = input;
  const prev = before.last;
  const events: ReportEvent[] = [
    {
      code: 'front.summary',
      category: 'battlefield',
      severity: 'info',
      values: {
        casualties: round(i.casualties, -2),
        territoryKm2: round(i.territoryGainedKm2, -1),
        casualtiesPerKm2: round(i.casualtiesPerKm2),
        fireRatio: round(i.fireRatio, 2),
      },
      causes: lossCauses(i, params),
      sources: ['[20]', '[26]', '[29]', '[30]', 'E43'],
    },
    {
      code: 'equipment.losses',
      category: 'equipment',
      severity: i.armourUse < 0.6 ? 'warning' : 'info',
      values: {
        tankLosses: round(i.tankLosses),
        ifvApcLosses: round(i.ifvApcLosses),
        tanksSupplied: round(i.tanksSupplied),
        tanksStorage: round(i.tanksStorageRestorable),
        ifvApcStorage: round(i.ifvApcStorageRestorable),
        armourUsePct: round(i.armourUse * 100),
      },
      causes: lossCauses(i, params),
      sources: ['[3]', '[8]', '[9]', '[10]', '[11]', '[13]'],
    },
    {
      code: i.recruits < i.casualties ? 'manpower.shortfall' : 'manpower.replaced',
      category: 'manpower',
      severity: i.forceChange < 0 ? 'warning' : 'info',
      values: {
        recruits: round(i.recruits, -2),
        casualties: round(i.casualties, -2),
        forceChange: round(i.forceChange, -2),
        force: round(i.forceStrength, -3),
      },
      causes: ['indicator.casualties', 'indicator.recruitPool'],
      sources: ['[26]', '[31]', '[32]', '[33]', 'E37'],
    },
    {
      code: i.monetisedTrnRub > 0.01 ? 'economy.budgetMonetised' : 'economy.budget',
      category: 'economy',
      severity: i.nwfLiquidTrnRub < 1 ? 'warning' : 'info',
      values: {
        deficit: round(i.deficitTrnRub, 2),
        borrowing: round(i.borrowingTrnRub, 2),
        monetised: round(i.monetisedTrnRub, 2),
        nwf: round(i.nwfLiquidTrnRub, 2),
        nwfChange: round(
          i.nwfLiquidTrnRub - (prev ? prev.nwfLiquidTrnRub : params.initial.nwfLiquidTrnRub),
          2,
        ),
        urals: round(i.uralsUsdPerBbl),
        discount: round(i.uralsDiscountUsdPerBbl),
      },
      causes: ['indicator.urals', 'policy.sanctions', 'indicator.casualties'],
      sources: ['[39]', '[40]', '[41]', '[43]', 'E25', 'E30'],
    },
    {
      code: 'economy.prices',
      category: 'economy',
      severity: i.inflationPct > 12 ? 'warning' : 'info',
      values: {
        inflation: round(i.inflationPct, 1),
        perceived: round(i.perceivedInflationPct, 1),
        keyRate: round(i.keyRatePct, 1),
        labour: round(i.laborShortageM, 2),
      },
      causes: ['indicator.deficit', 'indicator.laborShortage'],
      sources: ['[48]', '[49]', '[52]', '[53]', '[60]'],
    },
    {
      code: 'west.cohesion',
      category: 'west',
      severity: i.westernCohesion < 25 ? 'critical' : i.westernCohesion < 40 ? 'warning' : 'info',
      values: {
        cohesion: round(i.westernCohesion),
        change: round(i.westernCohesion - before.west.cohesion, 1),
        fromAid: round(input.west.cohesionFromAid, 1),
        fromSanctions: round(input.west.cohesionFromSanctions, 1),
        fromWeakness: round(input.west.cohesionFromRussianWeakness, 1),
        belief: round(i.beliefWestQuits, 2),
      },
      causes: ['policy.aid', 'policy.sanctions'],
      sources: ['E18', 'E19', '[70]'],
    },
  ];
  for (const t of input.thresholds.turnedOn) events.push(thresholdEvent('threshold.on', t, params));
  for (const t of input.thresholds.turnedOff) events.push(thresholdEvent('threshold.off', t, params));
  for (const c of input.kremlinChoices) {
    events.push({
      code: `kremlin.${c.option}`,
      category: 'kremlin',
      severity: c.option === 'mobilise' || c.option === 'warFooting' ? 'critical' : 'warning',
      values: kremlinOptionValues(c.option, input.after, params),
      causes: c.causes,
      sources: KREMLIN_OPTION_SOURCES[c.option],
    });
  }
  if (input.posture.direction !== 'none') events.push(postureEvent(input));
  if (input.newOutcome) {
    events.push({
      code: `outcome.${input.newOutcome.kind}`,
      category: 'outcome',
      severity: input.newOutcome.kind === 'collapse' ? 'critical' : 'info',
      values: { cohesion: round(i.westernCohesion), posture: i.posture },
      causes: input.newOutcome.kind === 'collapse' ? ['indicator.westernCohesion'] : ['scenario.horizon'],
      sources: [],
    });
  }
  return events;
}

function thresholdEvent(code: string, index: number, params: ScenarioParams): ReportEvent {
  const t = params.posture.thresholds[index]!;
  return {
    code,
    category: 'threshold',
    severity: code === 'threshold.on' ? 'warning' : 'info',
    values: { id: t.id, name: t.name },
    causes: t.conditions.map((c) => `indicator.${c.metric}`),
    sources: t.sources,
  };
}

function postureEvent(input: EventInput): ReportEvent {
  const { params, thresholds, posture } = input;
  const level = params.posture.levels[posture.level]!;
  const active = params.posture.thresholds.filter((_, i) => thresholds.thresholdActive[i]);
  return {
    code: posture.direction === 'up' ? 'posture.up' : 'posture.down',
    category: 'posture',
    severity: 'critical',
    values: {
      level: posture.level,
      name: level.name,
      reason: posture.reason,
      thresholds: active.map((t) => t.id).join(', '),
      belief: round(input.indicators.beliefWestQuits, 2),
    },
    causes:
      posture.direction === 'up' ? active.map((t) => `threshold.${t.id}`) : [`posture.${posture.reason}`],
    sources: posture.direction === 'up' ? [...new Set(active.flatMap((t) => t.sources))] : ['[70]'],
  };
}
