/**
 * Keeps the projection's bands following the levers: whenever the game on screen, the pending
 * levers or the forecast options (how far ahead, whether the disputed figures vary) change, the
 * runs for the old position are cancelled (their worker is ended) and, once the levers have held
 * still for a moment, new runs start; their answer goes to the store, which draws it only while
 * it still belongs to what is on screen.
 *
 * Workers are kept warm: a fresh worker runs the engine slowly until its JavaScript engine has
 * compiled the hot code, several times slower than a worker that has run sets before. So a
 * worker that answered is kept for the next runs, and a spare is started beside the busy one and
 * given the same set as a warm-up (its answer is not read), ready to take over at once when a
 * lever change ends the busy one.
 */
import type { EnsembleReply, EnsembleRequest } from '../worker/ensemble-contract';
import type { StoreLike } from '../scenes/shared/scene-context';
import { bandsJobFor, currentBands, sameForecastOptions, type BandsJob } from '../state';

/** The part of a Worker the director uses (a real one in the page, a fake in tests). */
export interface WorkerLike {
  postMessage(message: EnsembleRequest): void;
  onmessage: ((event: { data: EnsembleReply }) => void) | null;
  terminate(): void;
}

/**
 * How long the levers must hold still before runs start, in milliseconds: a slider drag sends a
 * change every frame and a held arrow key one every 33 ms or so, and none of those should start runs.
 */
export const BANDS_SETTLE_MS = 50;

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
  a.pending.sanctionsLevel === b.pending.sanctionsLevel &&
  a.quarters === b.quarters &&
  sameForecastOptions(a.options, b.options) &&
  a.disputed === b.disputed;

/** The request id of a warm-up set, whose answer nobody reads (real requests count from 1). */
const WARM_UP_ID = 0;

/** How many idle, warm workers are kept: one to run the next set, one to take over from a cancelled one. */
const WARM_WORKERS_KEPT = 2;

/** The request of a job, for the worker. */
function requestOf(id: number, job: BandsJob, store: StoreLike): EnsembleRequest {
  return {
    id,
    game: job.game,
    params: store.getState().scenario.params,
    pending: job.pending,
    statusQuo: job.statusQuo,
    runs: job.runs,
    quarters: job.quarters,
    seed: job.seed,
    disputed: job.disputed,
  };
}

/** Starts following the store; returns a function that stops (and ends any worker). */
export function directBands(
  store: StoreLike,
  createWorker: () => WorkerLike,
  timers: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'> = globalThis,
): () => void {
  let worker: WorkerLike | null = null;
  const warm: WorkerLike[] = [];
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

  /** Keeps an idle worker for later runs, or ends it when enough are kept. */
  const keep = (w: WorkerLike): void => {
    w.onmessage = null;
    if (warm.length < WARM_WORKERS_KEPT) warm.push(w);
    else w.terminate();
  };

  const start = (job: BandsJob): void => {
    waiting = null;
    const id = nextId++;
    running = { ...job, id };
    // The worker kept last has run the most: it is the warmest.
    const w = warm.pop() ?? createWorker();
    worker = w;
    if (warm.length === 0) {
      const spare = createWorker();
      // Its warm-up is the same set, so its engine compiles the same hot code a real set needs.
      spare.postMessage(requestOf(WARM_UP_ID, job, store));
      keep(spare);
    }
    w.onmessage = ({ data }) => {
      if (!running || data.id !== running.id) return;
      const done = running;
      running = null;
      worker = null;
      keep(w);
      if ('error' in data) return;
      store.getState().setBands({
        forGame: done.game,
        forPolicy: done.pending,
        forOptions: done.options,
        pending: data.pending,
        statusQuo: data.statusQuo,
      });
      markNextFrame();
    };
    w.postMessage(requestOf(id, job, store));
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
    if (
      s.game !== prev.game ||
      s.pendingPolicy !== prev.pendingPolicy ||
      s.bands !== prev.bands ||
      s.forecast !== prev.forecast
    )
      follow();
  });
  return () => {
    unsubscribe();
    cancel();
    for (const w of warm.splice(0)) w.terminate();
  };
}
