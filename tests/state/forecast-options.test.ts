/**
 * The forecast options: off by default, remembered under their own key (an unreadable value falls
 * back to the defaults), and followed by the bands' job (quarters to the horizon, the disputed
 * figures), the bands on screen, their status and the chart's spreads beyond the fourth quarter.
 */
import { describe, expect, it } from 'vitest';
import { runEnsemble } from '../../src/engine';
import { disputedFiguresFor } from '../../src/scenario';
import {
  BAND_QUARTERS,
  bandsJobFor,
  currentBands,
  DEFAULT_FORECAST_OPTIONS,
  FORECAST_KEY,
  selectBandsStatus,
  selectChart,
} from '../../src/state';
import type { BandsJob, GameStore } from '../../src/state';
import { makeStore, memoryStorage, throwingStorage } from './helpers';

/** The store's bands for a job, computed here as the worker would (few runs, to stay quick). */
function bandsFor(s: GameStore, job: BandsJob) {
  const spec = { runs: 12, quarters: job.quarters, seed: job.seed, disputed: job.disputed };
  return {
    forGame: job.game,
    forPolicy: job.pending,
    forOptions: job.options,
    pending: runEnsemble(job.game, job.pending, s.scenario.params, spec),
    statusQuo: runEnsemble(job.game, job.statusQuo, s.scenario.params, spec),
  };
}

describe('the forecast options', () => {
  it('are off at first and the bands cover the next four quarters with the shocks only', () => {
    const store = makeStore(memoryStorage());
    expect(store.getState().forecast).toEqual({ toHorizon: false, disputed: false });
    store.getState().newGame();
    const job = bandsJobFor(store.getState());
    expect(job?.quarters).toBe(BAND_QUARTERS);
    expect(job?.disputed).toEqual([]);
  });

  it('are remembered under their own key and read back by the next store', () => {
    const storage = memoryStorage();
    const store = makeStore(storage);
    store.getState().setForecastOptions({ toHorizon: true });
    store.getState().setForecastOptions({ disputed: true });
    expect(JSON.parse(storage.map.get(FORECAST_KEY) ?? 'null')).toEqual({ toHorizon: true, disputed: true });
    expect(makeStore(storage).getState().forecast).toEqual({ toHorizon: true, disputed: true });
    store.getState().setForecastOptions({ toHorizon: false });
    expect(makeStore(storage).getState().forecast).toEqual({ toHorizon: false, disputed: true });
  });

  it.each([
    ['not JSON', '{toHorizon'],
    ['null', 'null'],
    ['a list', '[true, true]'],
    ['a number', '7'],
    ['strings for flags', '{"toHorizon":"yes","disputed":1}'],
  ])('fall back to the defaults from a stored value that is %s', (_, raw) => {
    const store = makeStore(memoryStorage({ [FORECAST_KEY]: raw }));
    expect(store.getState().forecast).toEqual(DEFAULT_FORECAST_OPTIONS);
  });

  it('keep a readable field of a half-readable value, and survive storage that throws', () => {
    const half = makeStore(memoryStorage({ [FORECAST_KEY]: '{"disputed":true,"toHorizon":3}' }));
    expect(half.getState().forecast).toEqual({ toHorizon: false, disputed: true });
    const broken = makeStore(throwingStorage());
    broken.getState().setForecastOptions({ toHorizon: true });
    expect(broken.getState().forecast.toHorizon).toBe(true);
  });

  it('leave the store alone when nothing changes', () => {
    const storage = memoryStorage();
    const store = makeStore(storage);
    const before = store.getState();
    store.getState().setForecastOptions({ toHorizon: false });
    expect(store.getState()).toBe(before);
    expect(storage.writes.get(FORECAST_KEY)).toBeUndefined();
  });
});

describe('the bands follow the forecast options', () => {
  it('run every quarter left to the horizon and draw the disputed figures when asked', () => {
    const store = makeStore(memoryStorage());
    store.getState().newGame();
    store.getState().endQuarter();
    const s0 = store.getState();
    const horizon = s0.scenario.params.horizonQuarters;
    store.getState().setForecastOptions({ toHorizon: true, disputed: true });
    const job = bandsJobFor(store.getState());
    expect(job?.quarters).toBe(horizon - (s0.game?.quarterIndex ?? 0));
    expect(job?.disputed).toBe(disputedFiguresFor(s0.scenario.params));
    expect(job?.disputed.map((f) => f.id)).toContain('tank-production');
    expect(job?.seed).toBe(bandsJobFor(s0)?.seed);
  });

  it('stop drawing bands made for other options, and place the spreads to the horizon', () => {
    const store = makeStore(memoryStorage());
    store.getState().newGame();
    const fourJob = bandsJobFor(store.getState())!;
    store.getState().setBands(bandsFor(store.getState(), fourJob));
    expect(currentBands(store.getState())).not.toBeNull();
    expect(selectBandsStatus(store.getState())).toMatchObject({
      ready: true,
      quarters: 4,
      lastLabel: '2025-Q4',
    });

    store.getState().setForecastOptions({ toHorizon: true });
    expect(currentBands(store.getState())).toBeNull();
    expect(selectBandsStatus(store.getState())).toMatchObject({
      ready: false,
      quarters: 12,
      lastLabel: '2027-Q4',
    });
    // An answer for the old options arriving late is not taken.
    store.getState().setBands(bandsFor(store.getState(), fourJob));
    expect(currentBands(store.getState())).toBeNull();

    const job = bandsJobFor(store.getState())!;
    store.getState().setBands(bandsFor(store.getState(), job));
    const chart = selectChart(store.getState(), 'nwfLiquidTrnRub');
    expect(chart.ghostBand.filter((b) => b !== null)).toHaveLength(12);
    expect(chart.ghost.filter((v) => v !== null).length).toBeLessThan(12);
    expect(chart.bandRuns).toMatchObject({ runs: 12, disputed: false, quarters: 12, lastQuarter: 11 });
  });

  it('say when the disputed figures varied', () => {
    const store = makeStore(memoryStorage());
    store.getState().newGame();
    store.getState().setForecastOptions({ disputed: true });
    const job = bandsJobFor(store.getState())!;
    store.getState().setBands(bandsFor(store.getState(), job));
    expect(selectBandsStatus(store.getState())).toMatchObject({ ready: true, disputed: true });
    expect(selectChart(store.getState(), 'fireRatio').bandRuns?.disputed).toBe(true);
    expect(currentBands(store.getState())?.pending.disputed?.draws).toHaveLength(12);
  });
});

describe('disputedFiguresFor', () => {
  it('maps every assumption with its options, leaving out overrides a scenario has no place for', () => {
    const store = makeStore(memoryStorage());
    const params = store.getState().scenario.params;
    const figures = disputedFiguresFor(params);
    expect(figures.length).toBeGreaterThan(3);
    expect(disputedFiguresFor(params)).toBe(figures);
    const odd = disputedFiguresFor(params, [
      {
        id: 'x',
        name: 'x',
        question: '',
        description: '',
        unit: '',
        range: [0, 1],
        sources: [],
        centralOption: 'a',
        options: [
          {
            id: 'a',
            label: 'a',
            sources: [],
            overrides: { 'no.such.path': 1, 'equipment.tankNewPerQuarter': 20 },
          },
          { id: 'b', label: 'b', sources: [], overrides: { 'no.such.path': 2 } },
        ],
      },
      {
        id: 'y',
        name: 'y',
        question: '',
        description: '',
        unit: '',
        range: [0, 1],
        sources: [],
        centralOption: 'a',
        options: [{ id: 'a', label: 'a', sources: [], overrides: { 'no.such.path': 1 } }],
      },
    ]);
    expect(odd).toEqual([
      {
        id: 'x',
        options: [
          { id: 'a', overrides: { 'equipment.tankNewPerQuarter': 20 } },
          { id: 'b', overrides: {} },
        ],
      },
    ]);
  });
});
