/**
 * Comparing teams: each team's share code is decoded and replayed; the dashboard overlays the teams
 * of this scenario on the key charts and lists every team's outcomes (posture reached and when, the
 * settlement and its score, final cohesion, aid spent, ground, casualties). A team from another
 * scenario is listed and marked; a bad code is kept with its error; removing a team drops it.
 */
import { describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand/vanilla';
import { KEY_CHARTS } from '../../src/state/selectors/chart';
import type { GameStore } from '../../src/state/store/contract';
import { selectShareCode, selectTeamComparison } from '../../src/state/selectors/selectors';
import { teamLabel } from '../../src/scenes/shared/teams-props';
import { describeMessage } from '../../src/text';
import { makeStore, negotiating, playQuarters, proposalAnswered } from './helpers';

/** The share code of a game played on a scenario with fixed levers. */
function teamCode(scenarioId: string, aid: number, sanctions: number, quarters: number): string {
  const store = makeStore();
  store.getState().chooseScenario(scenarioId);
  store.getState().setSeed(11);
  store.getState().newGame();
  store.getState().setAid(aid);
  store.getState().setSanctions(sanctions);
  playQuarters(store, quarters);
  return selectShareCode(store.getState()) ?? '';
}

/** A facilitator's store (baseline scenario) with four teams imported. */
function dashboard(): StoreApi<GameStore> {
  const store = makeStore();
  store.getState().importTeam('Hawks', teamCode('baseline-2025', 20, 4, 3));
  store.getState().importTeam('  Doves ', teamCode('baseline-2025', 5, 1, 6));
  store.getState().importTeam('Elsewhere', teamCode('us-stops-2025', 10, 2, 2));
  store.getState().importTeam('', 'L1.garbage');
  return store;
}

describe('the team comparison', () => {
  it('replays every team and keeps a bad code with its error', () => {
    const teams = dashboard().getState().teams;
    expect(teams.map((t) => t.label)).toEqual(['Hawks', 'Doves', 'Elsewhere', null]);
    expect(teams.map(teamLabel)).toEqual(['Hawks', 'Doves', 'Elsewhere', 'Team 4']);
    expect(teams.map((t) => t.result.ok)).toEqual([true, true, true, false]);
    const bad = teams[3]?.result;
    expect(bad?.ok === false && bad.error.code).toBe('share.truncated');
    expect(bad?.ok === false && describeMessage(bad.error)).toMatch(/^The code is truncated/);
  });

  it('overlays the teams of this scenario on the key charts and marks the others', () => {
    const view = selectTeamComparison(dashboard().getState());
    expect(view.charts).toEqual(KEY_CHARTS);
    expect(view.quarters).toHaveLength(12);
    const [hawks, doves, elsewhere, bad] = view.teams;
    expect(hawks?.sameScenario).toBe(true);
    expect(hawks?.series?.fireRatio.slice(0, 4).map((v) => v !== null)).toEqual([true, true, true, false]);
    expect(doves?.series?.westernCohesion.filter((v) => v !== null)).toHaveLength(6);
    expect(elsewhere).toMatchObject({
      ok: true,
      sameScenario: false,
      scenarioId: 'us-stops-2025',
      series: null,
    });
    expect(elsewhere?.outcome?.quartersPlayed).toBe(2);
    expect(bad).toMatchObject({ ok: false, sameScenario: false, series: null, outcome: null });
  });

  it('draws the posture thresholds, and the status quo of the war the teams shared', () => {
    const view = selectTeamComparison(dashboard().getState());
    expect(view.thresholds.nwfLiquidTrnRub).toEqual([1]);
    // Both baseline teams played seed 11 under the report's assumptions: one war to compare them with.
    expect(view.statusQuo?.seed).toBe(11);
    const store = makeStore();
    store.getState().setSeed(11);
    store.getState().newGame();
    playQuarters(store, 12);
    const played = store.getState().history.map((r) => r.indicators.nwfLiquidTrnRub);
    expect(view.statusQuo?.series.nwfLiquidTrnRub).toEqual(played);
  });

  it('draws no status quo when the teams played different wars (seeds)', () => {
    const store = dashboard();
    const other = makeStore();
    other.getState().setSeed(12);
    other.getState().newGame();
    playQuarters(other, 2);
    store.getState().importTeam('Seed 12', selectShareCode(other.getState()) ?? '');
    expect(selectTeamComparison(store.getState()).statusQuo).toBeNull();
  });

  it('gives each team its outcomes', () => {
    const store = dashboard();
    const hawksTeam = store.getState().teams[0];
    const reports = hawksTeam?.result.ok ? hawksTeam.result.reports : [];
    const hawks = selectTeamComparison(store.getState()).teams[0]?.outcome;
    expect(hawks?.aidSpentBnEur).toBeCloseTo(60, 9);
    expect(hawks?.finalCohesion).toBe(reports.at(-1)?.indicators.westernCohesion);
    expect(hawks?.russianCasualties).toBe(reports.reduce((n, r) => n + r.indicators.casualties, 0));
    expect(hawks?.occupiedKm2Gained).toBe(reports.reduce((n, r) => n + r.indicators.territoryGainedKm2, 0));
    expect(hawks?.postureReached).toEqual({ level: 2, name: 'Conditional freeze', quarter: '2025-Q3' });
    expect(hawks?.settlement).toBeNull();
  });

  it('shows a settlement and its score', () => {
    const settled = negotiating(proposalAnswered('accept'));
    settled.getState().propose();
    settled.getState().settle();
    const store = makeStore();
    store.getState().importTeam('Diplomats', selectShareCode(settled.getState()) ?? '');
    const outcome = selectTeamComparison(store.getState()).teams[0]?.outcome;
    const score = settled.getState().game?.outcome?.score;
    expect(outcome).toMatchObject({ ending: 'settlement', settlement: { quarter: '2025-Q1', score }, score });
  });

  it('removing a team drops it; a bad index does nothing', () => {
    const store = dashboard();
    store.getState().removeTeam(1);
    expect(store.getState().teams.map(teamLabel)).toEqual(['Hawks', 'Elsewhere', 'Team 4']);
    const before = store.getState();
    store.getState().removeTeam(7);
    store.getState().removeTeam(-1);
    expect(store.getState()).toBe(before);
  });
});
