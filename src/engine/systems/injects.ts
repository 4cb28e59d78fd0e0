/**
 * Injects: scripted events (North Korea sends troops, the oil price falls, a US election freezes
 * aid, drones hit refineries) and the temporary modifiers they put on the model. A scheduled inject
 * fires by itself at the start of its quarter; an on-demand one when the facilitator fires it.
 */
import { withinRange } from '../invariants';
import { clamp } from '../lookup';
import type { InjectEffect, ScenarioParams } from '../params';
import type { GameState, Modifier, ModifierKind, Policy, ReportEvent } from '../types';

/** Sum of the modifiers in force by kind; aidCapBnEur is the tightest cap (Infinity when none). */
export type ActiveModifiers = Readonly<Record<ModifierKind, number>>;

/** Adds up the modifiers in force. */
export function activeModifiers(modifiers: readonly Modifier[]): ActiveModifiers {
  const sum = {
    aidCapBnEur: Infinity,
    oilPriceUsd: 0,
    revenueTrnRub: 0,
    russianRoundsPerQuarter: 0,
    russianForcePerQuarter: 0,
  };
  for (const m of modifiers) {
    if (m.quartersLeft <= 0) continue;
    if (m.kind === 'aidCapBnEur') sum.aidCapBnEur = Math.min(sum.aidCapBnEur, m.amount);
    else sum[m.kind] += m.amount;
  }
  return sum;
}

/** The modifiers left after a quarter has passed. */
export function tickModifiers(modifiers: readonly Modifier[]): readonly Modifier[] {
  if (modifiers.length === 0) return modifiers;
  return modifiers.map((m) => ({ ...m, quartersLeft: m.quartersLeft - 1 })).filter((m) => m.quartersLeft > 0);
}

/** Aid the West can actually send while a cap is in force (a US election freezes aid). */
export function capAid(policy: Policy, capBnEur: number): Policy {
  return policy.aidBnEurPerQuarter > capBnEur
    ? { ...policy, aidBnEurPerQuarter: Math.max(0, capBnEur) }
    : policy;
}

/** Applies one inject effect; cohesion stays within 0 and the scenario's west.cohesionMax. */
export function applyEffect(
  state: GameState,
  effect: InjectEffect,
  injectId: string,
  params: ScenarioParams,
): GameState {
  switch (effect.type) {
    case 'modifier': {
      const modifier: Modifier = {
        kind: effect.kind,
        amount: effect.amount,
        quartersLeft: effect.quarters,
        injectId,
      };
      return { ...state, modifiers: [...state.modifiers, modifier] };
    }
    case 'russianForce':
      return {
        ...state,
        manpower: {
          ...state.manpower,
          // Modelling bound: the force stays inside its documented range.
          forceStrength: withinRange('forceStrength', state.manpower.forceStrength + effect.amount),
        },
      };
    case 'cohesion':
      return {
        ...state,
        west: {
          ...state.west,
          cohesion: clamp(state.west.cohesion + effect.amount, 0, params.west.cohesionMax),
        },
      };
    case 'belief':
      return {
        ...state,
        west: { ...state.west, beliefWestQuits: clamp(state.west.beliefWestQuits + effect.amount, 0, 1) },
      };
    case 'chinaSupplies':
      return { ...state, kremlin: { ...state.kremlin, chinaSupplying: true } };
  }
}

/** Fires an inject by id: its effects land in the state and an event says what and why. Unknown id: unchanged, null event. */
export function applyInject(
  state: GameState,
  injectId: string,
  params: ScenarioParams,
): { state: GameState; event: ReportEvent | null } {
  const inject = params.injects.find((i) => i.id === injectId);
  if (!inject) return { state, event: null };
  let next = state;
  for (const effect of inject.effects) next = applyEffect(next, effect, inject.id, params);
  return { state: next, event: injectFiredEvent(inject.id, params) };
}

/** The report event of an inject fired by the facilitator; null for an id the scenario lacks. */
export function injectFiredEvent(injectId: string, params: ScenarioParams): ReportEvent | null {
  const inject = params.injects.find((i) => i.id === injectId);
  if (!inject) return null;
  return {
    code: 'inject.fired',
    category: 'west',
    severity: 'warning',
    values: { id: inject.id, title: inject.title },
    causes: ['facilitator.inject'],
    sources: inject.sources,
  };
}

/** Fires the injects scheduled for the state's quarter. */
export function fireScheduledInjects(
  state: GameState,
  params: ScenarioParams,
): { state: GameState; events: ReportEvent[] } {
  let next = state;
  const events: ReportEvent[] = [];
  for (const inject of params.injects) {
    if (inject.scheduledQuarter !== state.quarterIndex) continue;
    const fired = applyInject(next, inject.id, params);
    next = fired.state;
    if (fired.event) events.push({ ...fired.event, causes: ['scenario.schedule'] });
  }
  return { state: next, events };
}
