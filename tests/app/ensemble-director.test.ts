/**
 * The bands follow the levers and the forecast options: runs start once the levers hold still, a
 * newer position or choice cancels the runs for the old one (its worker is ended), only the
 * answer for what is on screen reaches the store, and new runs go to a worker already loaded.
 */
import { describe, expect, it } from 'vitest';
import { directBands } from '../../src/app/ensemble-director';
import { disputedFiguresFor } from '../../src/scenario';
import { currentBands } from '../../src/state';
import { answer } from '../../src/worker/ensemble-worker';
import type { EnsembleRequest, EnsembleReply } from '../../src/worker/ensemble-contract';
import { makeStore, memoryStorage } from '../state/helpers';
import { fakeWorkers } from './fake-workers';

/** Workers that answer when told to, and timers that fire when told to. */
function harness() {
  const { workers, createWorker } = fakeWorkers<EnsembleRequest, EnsembleReply>();
  let pending: (() => void)[] = [];
  const timers = {
    setTimeout: ((fn: () => void) => {
      pending.push(fn);
      return pending.length as unknown as ReturnType<typeof setTimeout>;
    }) as typeof setTimeout,
    clearTimeout: (() => void (pending = [])) as typeof clearTimeout,
  };
  const settle = (): void => {
    const due = pending;
    pending = [];
    due.forEach((fn) => fn());
  };
  /** Every set of runs asked for (warm-ups aside), in order, with the worker it went to. */
  const jobs = () =>
    workers
      .flatMap((w) => w.requests.filter((r) => r.id !== 0).map((request) => ({ request, entry: w })))
      .sort((a, b) => a.request.id - b.request.id);
  /** The worker answers job `n` (0 = the first asked for), with few runs. */
  const reply = (n: number): void => {
    const job = jobs()[n];
    if (job) job.entry.worker.onmessage?.({ data: answer({ ...job.request, runs: 20 }) });
  };
  const job = (n: number) => jobs()[n];
  return { workers, createWorker, timers, settle, reply, jobs, job };
}

describe('the bands follow the levers', () => {
  it('runs once the levers hold still and hands the store the answer for what is on screen', () => {
    const store = makeStore(memoryStorage());
    const h = harness();
    directBands(store, h.createWorker, h.timers);
    store.getState().newGame();
    expect(h.jobs()).toHaveLength(0);
    h.settle();
    expect(h.jobs()).toHaveLength(1);
    expect(h.job(0)?.request.runs).toBe(500);
    h.reply(0);
    const bands = currentBands(store.getState());
    expect(bands?.pending.runs).toBe(20);
    expect(bands?.forGame).toBe(store.getState().game);
  });

  it('cancels the runs for an old position and never draws their answer', () => {
    const store = makeStore(memoryStorage());
    const h = harness();
    directBands(store, h.createWorker, h.timers);
    store.getState().newGame();
    h.settle();
    store.getState().setAid(15);
    expect(h.job(0)?.entry.ended).toBe(true);
    h.reply(0);
    expect(currentBands(store.getState())).toBeNull();
    h.settle();
    expect(h.job(1)?.request.pending.aidBnEurPerQuarter).toBe(15);
    h.reply(1);
    expect(currentBands(store.getState())?.forPolicy.aidBnEurPerQuarter).toBe(15);
  });

  it('runs again when a forecast option changes, cancelling the runs under way', () => {
    const store = makeStore(memoryStorage());
    const h = harness();
    directBands(store, h.createWorker, h.timers);
    store.getState().newGame();
    h.settle();
    expect(h.job(0)?.request).toMatchObject({ quarters: 4, disputed: [] });
    h.reply(0);
    const shocksOnly = currentBands(store.getState());
    expect(shocksOnly?.pending.disputed).toBeNull();

    store.getState().setForecastOptions({ toHorizon: true });
    expect(currentBands(store.getState())).toBeNull();
    h.settle();
    const horizon = store.getState().scenario.params.horizonQuarters;
    expect(h.job(1)?.request).toMatchObject({
      quarters: horizon,
      disputed: [],
      seed: shocksOnly?.pending.seed,
    });
    // Ticked again before the runs came back: those runs end unanswered, the new ones start.
    store.getState().setForecastOptions({ disputed: true });
    expect(h.job(1)?.entry.ended).toBe(true);
    h.reply(1);
    expect(currentBands(store.getState())).toBeNull();
    h.settle();
    const request = h.job(2)?.request;
    expect(request?.quarters).toBe(horizon);
    expect(request?.disputed?.map((f) => f.id)).toEqual(
      disputedFiguresFor(store.getState().scenario.params).map((f) => f.id),
    );
    // Plain data: it crosses to a worker unchanged.
    expect(structuredClone(request)).toEqual(request);
    h.reply(2);
    const bands = currentBands(store.getState());
    expect(bands?.forOptions).toEqual({ toHorizon: true, disputed: true });
    expect(bands?.pending.quarters).toBe(horizon);
    expect(bands?.pending.disputed?.draws).toHaveLength(20);
    expect(bands?.statusQuo.disputed?.figures).toHaveLength(request?.disputed?.length ?? -1);
  });

  it('does not start new runs for a choice that changes nothing', () => {
    const store = makeStore(memoryStorage());
    const h = harness();
    directBands(store, h.createWorker, h.timers);
    store.getState().newGame();
    h.settle();
    h.reply(0);
    store.getState().setForecastOptions({ toHorizon: false, disputed: false });
    h.settle();
    expect(h.jobs()).toHaveLength(1);
    expect(currentBands(store.getState())).not.toBeNull();
  });

  it('keeps workers warm: the one that answered runs the next set, and a warmed-up spare takes over from a cancelled one', () => {
    const store = makeStore(memoryStorage());
    const h = harness();
    const stop = directBands(store, h.createWorker, h.timers);
    store.getState().newGame();
    h.settle();
    // The first runs start a worker, and a spare beside it gets the same set as a warm-up.
    expect(h.workers).toHaveLength(2);
    expect(h.workers[1]?.requests).toEqual([{ ...h.job(0)?.request, id: 0 }]);
    // The worker that answered runs the next set: no new worker starts.
    h.reply(0);
    expect(h.job(0)?.entry.ended).toBe(false);
    store.getState().setAid(12);
    h.settle();
    expect(h.job(1)?.entry).toBe(h.job(0)?.entry);
    // A lever change ends the busy worker; the warmed-up spare runs the next set at once.
    store.getState().setAid(15);
    h.settle();
    expect(h.job(0)?.entry.ended).toBe(true);
    expect(h.job(2)?.entry).toBe(h.workers[1]);
    expect(h.job(2)?.request.pending.aidBnEurPerQuarter).toBe(15);
    // And a new spare warms up behind it.
    expect(h.workers[2]?.requests.map((r) => r.id)).toEqual([0]);
    stop();
    expect(h.workers.every((w) => w.ended)).toBe(true);
  });
});
