/**
 * Keeps the projection's bands following the levers: whenever the game on screen or the pending
 * levers change, the runs for the old position are cancelled (their worker is ended) and, once
 * the levers have held still for a moment, new runs start in a fresh worker; their answer goes to
 * the store, which draws it only while it still belongs to what is on screen.
 */
import type { EnsembleReply, EnsembleRequest } from '../worker/ensemble-contract';
import type { StoreLike } from '../scenes/shared/scene-context';
import { bandsJobFor, currentBands, type BandsJob } from '../state';

/** The part of a Worker the director uses (a real one in the page, a fake in tests). */
export interface WorkerLike {
  postMessage(message: EnsembleRequest): void;
  onmessage: ((event: { data: EnsembleReply }) => void) | null;
  terminate(): void;
}

/** How long the levers must hold still before runs start, in milliseconds (a slider drag sends many changes). */
export const BANDS_SETTLE_MS = 80;

/**
 * The User Timing mark set on the first frame drawn after new bands reach the store, so the
 * browser benchmark can time a lever change to its bands (performance.getEntriesByName).
 */
export const BANDS_DRAWN_MARK = 'leverage:bands-drawn';

/** Marks the next frame, where the new bands are drawn; nothing where the page has no frames (tests). */
function markNextFrame(): void {
  if (typeof requestAnimationFrame !== 'function' || typeof performance === 'undefined') return;
  requestAnimationFrame(() => performance.mark(BANDS_DRAWN_MARK));
}

const sameJob = (a: BandsJob, b: BandsJob): boolean =>
  a.game === b.game &&
  a.pending.aidBnEurPerQuarter === b.pending.aidBnEurPerQuarter &&
  a.pending.sanctionsLevel === b.pending.sanctionsLevel;

/** Starts following the store; returns a function that stops (and ends any worker). */
export function directBands(
  store: StoreLike,
  createWorker: () => WorkerLike,
  timers: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'> = globalThis,
): () => void {
  let worker: WorkerLike | null = null;
  let running: (BandsJob & { id: number }) | null = null;
  let waiting: ReturnType<typeof setTimeout> | null = null;
  let nextId = 1;

  const cancel = (): void => {
    if (waiting !== null) timers.clearTimeout(waiting);
    waiting = null;
    worker?.terminate();
    worker = null;
    running = null;
  };

  const start = (job: BandsJob): void => {
    waiting = null;
    const id = nextId++;
    running = { ...job, id };
    const w = createWorker();
    worker = w;
    w.onmessage = ({ data }) => {
      if (!running || data.id !== running.id) return;
      const done = running;
      running = null;
      worker = null;
      w.terminate();
      if ('error' in data) return;
      store.getState().setBands({
        forGame: done.game,
        forPolicy: done.pending,
        pending: data.pending,
        statusQuo: data.statusQuo,
      });
      markNextFrame();
    };
    const s = store.getState();
    w.postMessage({ id, ...job, params: s.scenario.params });
  };

  let planned: BandsJob | null = null;
  const follow = (): void => {
    const s = store.getState();
    const job = bandsJobFor(s);
    if (!job || currentBands(s)) {
      if (!job) cancel();
      planned = null;
      return;
    }
    if ((running && sameJob(running, job)) || (waiting !== null && planned && sameJob(planned, job))) return;
    cancel();
    planned = job;
    waiting = timers.setTimeout(() => start(job), BANDS_SETTLE_MS);
  };

  follow();
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.game !== prev.game || s.pendingPolicy !== prev.pendingPolicy || s.bands !== prev.bands) follow();
  });
  return () => {
    unsubscribe();
    cancel();
  };
}
