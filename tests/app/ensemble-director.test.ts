/**
 * The bands follow the levers: runs start once the levers hold still, a newer position cancels
 * the runs for the old one (its worker is ended), and only the answer for what is on screen
 * reaches the store.
 */
import { describe, expect, it } from 'vitest';
import { directBands, type WorkerLike } from '../../src/app/ensemble-director';
import { currentBands } from '../../src/state';
import { answer } from '../../src/worker/ensemble-worker';
import type { EnsembleRequest } from '../../src/worker/ensemble-contract';
import { makeStore, memoryStorage } from '../state/helpers';

/** Workers that answer when told to, and timers that fire when told to. */
function harness() {
  const workers: { request: EnsembleRequest | null; ended: boolean; worker: WorkerLike }[] = [];
  const createWorker = (): WorkerLike => {
    const entry = {
      request: null as EnsembleRequest | null,
      ended: false,
      worker: null as unknown as WorkerLike,
    };
    entry.worker = {
      onmessage: null,
      postMessage: (request) => void (entry.request = request),
      terminate: () => void (entry.ended = true),
    };
    workers.push(entry);
    return entry.worker;
  };
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
  const reply = (i: number): void => {
    const w = workers[i];
    if (w?.request) w.worker.onmessage?.({ data: answer({ ...w.request, runs: 20 }) });
  };
  return { workers, createWorker, timers, settle, reply };
}

describe('the bands follow the levers', () => {
  it('runs once the levers hold still and hands the store the answer for what is on screen', () => {
    const store = makeStore(memoryStorage());
    const h = harness();
    directBands(store, h.createWorker, h.timers);
    store.getState().newGame();
    expect(h.workers).toHaveLength(0);
    h.settle();
    expect(h.workers).toHaveLength(1);
    expect(h.workers[0]?.request?.runs).toBe(500);
    h.reply(0);
    const bands = currentBands(store.getState());
    expect(bands?.pending.runs).toBe(20);
    expect(bands?.forGame).toBe(store.getState().game);
    expect(h.workers[0]?.ended).toBe(true);
  });

  it('cancels the runs for an old position and never draws their answer', () => {
    const store = makeStore(memoryStorage());
    const h = harness();
    directBands(store, h.createWorker, h.timers);
    store.getState().newGame();
    h.settle();
    store.getState().setAid(15);
    expect(h.workers[0]?.ended).toBe(true);
    h.reply(0);
    expect(currentBands(store.getState())).toBeNull();
    h.settle();
    expect(h.workers[1]?.request?.pending.aidBnEurPerQuarter).toBe(15);
    h.reply(1);
    expect(currentBands(store.getState())?.forPolicy.aidBnEurPerQuarter).toBe(15);
  });
});
