/**
 * The command line prints the campaign's numbers: at the opening quarter, the bands the game
 * draws (the worker's answer to the bands' job) and `sim --runs` with the same game seed, runs,
 * quarters, levers and set seed give the same percentiles and odds, with and without the
 * disputed figures. A class can check a screen's bands from a terminal.
 */
import { describe, expect, it } from 'vitest';
import { bandsJobFor } from '../../src/state';
import { answer } from '../../src/worker/ensemble-worker';
import { simJson } from './helpers';
import { startedStore } from '../state/helpers';

describe('the campaign’s bands and sim --runs', () => {
  for (const disputed of [false, true]) {
    it(`give the same numbers for the same seed${disputed ? ', disputed figures included' : ''}`, () => {
      const store = startedStore();
      store.getState().setForecastOptions({ disputed });
      const s = store.getState();
      const job = bandsJobFor(s);
      if (!job) throw new Error('no bands job for a new game');
      const reply = answer({ id: 1, ...job, params: s.scenario.params });
      if ('error' in reply) throw new Error(reply.error);
      const json = simJson([
        '--scenario',
        s.scenario.id,
        '--seed',
        String(job.game.seed),
        '--quarters',
        String(job.quarters),
        '--aid',
        String(job.pending.aidBnEurPerQuarter),
        '--sanctions',
        String(job.pending.sanctionsLevel),
        '--runs',
        String(job.runs),
        '--runs-seed',
        String(job.seed),
        ...(disputed ? ['--disputed'] : []),
      ]);
      const ensemble = json.ensemble!;
      expect(ensemble.runs).toBe(reply.pending.runs);
      expect(ensemble.seed).toBe(reply.pending.seed);
      for (const name of [
        'nwfLiquidTrnRub',
        'tanksStorageRestorable',
        'westernCohesion',
        'posture',
      ] as const) {
        const cli = ensemble.percentiles[name]!.map(({ quarter: _q, ...spread }) => spread);
        expect(cli, name).toEqual(reply.pending.spreads[name]);
      }
      expect(ensemble.probabilities).toEqual({
        postureShift: reply.pending.postureShift,
        reservesOut: reply.pending.reservesOut,
        coalitionHolds: reply.pending.coalitionHolds,
      });
    });
  }
});
