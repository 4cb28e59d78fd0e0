/**
 * "Which assumption matters" runs on demand: a slot on screen starts its worker and shows that it
 * is counting, the answer becomes charts whose caption names the runs and the seed, a slot that
 * leaves the screen ends its worker, a change of seed restarts the runs, and an answer is kept so
 * the slot shown again needs no new worker.
 */
import { describe, expect, it } from 'vitest';
import { directTornado } from '../../src/app/tornado-director';
import { TORNADO_RUNS, tornadoSeed } from '../../src/app/tornado-props';
import { disputedFiguresFor } from '../../src/scenario';
import type { ScenarioParams } from '../../src/engine';
import type { TornadoView } from '../../src/ui/review/tornado-chart';
import { answer } from '../../src/worker/tornado-worker';
import type { TornadoRequest, TornadoReply } from '../../src/worker/tornado-contract';
import { makeStore, memoryStorage } from '../state/helpers';
import { fakeWorkers } from './fake-workers';

/** Two of the disputed figures, for short runs. */
const figuresFor = (params: ScenarioParams) =>
  disputedFiguresFor(params).filter((f) => f.id === 'putin-confidence' || f.id === 'casualty-rate');
const FIGURES = figuresFor(makeStore(memoryStorage()).getState().scenario.params);

/** Workers that answer when told to (with few runs), and the views a slot was shown. */
function harness() {
  const { workers, createWorker } = fakeWorkers<TornadoRequest, TornadoReply>();
  const reply = (i: number): void => {
    const w = workers[i];
    if (w?.request) w.worker.onmessage?.({ data: answer({ ...w.request, runs: 6 }) });
  };
  const views: TornadoView[] = [];
  const show = (view: TornadoView): void => void views.push(view);
  return { workers, createWorker, reply, views, show };
}

describe('the tornado director', () => {
  it('starts the panel’s runs at once, says it is counting, and shows the answer with its runs and seed', () => {
    const store = makeStore(memoryStorage());
    store.getState().setSeed(42);
    const h = harness();
    const source = directTornado(store, h.createWorker, figuresFor);
    source('assumptions', h.show);
    expect(h.workers).toHaveLength(1);
    const request = h.workers[0]?.request;
    const params = store.getState().scenario.params;
    expect(request).toMatchObject({
      runs: TORNADO_RUNS,
      quarters: params.horizonQuarters,
      gameSeed: 42,
      seed: tornadoSeed(42),
      policies: [
        {
          aidBnEurPerQuarter: params.policy.aidStatusQuoBnEurPerQuarter,
          sanctionsLevel: params.policy.sanctionsStatusQuoLevel,
        },
      ],
    });
    expect(request?.figures.map((f) => f.id)).toEqual(FIGURES.map((f) => f.id));
    // Plain data without the figures' words: it crosses to a worker unchanged.
    expect(structuredClone(request)).toEqual(request);
    expect(request?.figures[0]?.options[0]).toEqual({
      id: FIGURES[0]?.options[0]?.id,
      overrides: FIGURES[0]?.options[0]?.overrides,
    });
    expect(h.views).toEqual([
      {
        status: 'computing',
        text: `Computing 150 runs for each of the 6 options and for the scenario’s values (seed ${tornadoSeed(42)}) …`,
      },
    ]);

    h.reply(0);
    expect(h.workers[0]?.ended).toBe(true);
    const ready = h.views.at(-1);
    if (ready?.status !== 'ready') throw new Error(`expected charts, got ${JSON.stringify(ready)}`);
    expect(ready.caption).toContain(
      `6 runs per option, seed ${tornadoSeed(42)}, one assumption varied at a time`,
    );
    expect(ready.charts.map((c) => c.bars.length)).toEqual([2, 2]);
    expect(ready.charts[0]?.bars[0]?.name).toBe("Putin's confidence");
    expect(ready.table.groups.map((g) => g.rows.length)).toEqual([1, 3, 3]);
  });

  it('ends the worker of a slot that leaves the screen, and never shows its answer', () => {
    const store = makeStore(memoryStorage());
    const h = harness();
    const release = directTornado(store, h.createWorker, figuresFor)('assumptions', h.show);
    release();
    expect(h.workers[0]?.ended).toBe(true);
    h.reply(0);
    expect(h.views.map((v) => v.status)).toEqual(['computing']);
  });

  it('restarts the runs when the seed changes, ending the runs under way', () => {
    const store = makeStore(memoryStorage());
    store.getState().setSeed(1);
    const h = harness();
    directTornado(store, h.createWorker, figuresFor)('assumptions', h.show);
    store.getState().setSeed(2);
    expect(h.workers[0]?.ended).toBe(true);
    expect(h.workers[1]?.request?.seed).toBe(tornadoSeed(2));
    h.reply(0);
    expect(h.views.map((v) => v.status)).toEqual(['computing', 'computing']);
    h.reply(1);
    expect(h.views.at(-1)?.status).toBe('ready');
  });

  it('keeps an answer: the slot shown again shows its charts without a new worker', () => {
    const store = makeStore(memoryStorage());
    const h = harness();
    const source = directTornado(store, h.createWorker, figuresFor);
    const release = source('assumptions', h.show);
    h.reply(0);
    release();
    source('assumptions', h.show);
    expect(h.workers).toHaveLength(1);
    expect(h.views.map((v) => v.status)).toEqual(['computing', 'ready', 'ready']);
  });

  it('replays the review’s levers from the game’s start, and says so when no quarter was played', () => {
    const store = makeStore(memoryStorage());
    const h = harness();
    const source = directTornado(store, h.createWorker, figuresFor);
    const release = source('review', h.show);
    expect(h.workers).toHaveLength(0);
    expect(h.views).toEqual([
      { status: 'failed', text: 'No quarter was played, so there are no levers to replay.' },
    ]);
    release();

    store.getState().setSeed(9);
    store.getState().newGame();
    store.getState().setAid(15);
    store.getState().endQuarter();
    store.getState().endQuarter();
    source('review', h.show);
    const request = h.workers[0]?.request;
    expect(request?.gameSeed).toBe(9);
    expect(request?.policies.map((p) => p.aidBnEurPerQuarter)).toEqual([15, 15]);
    h.reply(0);
    const ready = h.views.at(-1);
    expect(ready?.status === 'ready' && ready.levers).toContain('Under the levers you played');
  });
});
