/**
 * Makes "Which assumption matters" on demand: when a slot comes on screen (the assumptions panel,
 * the review) the director starts its runs in a worker of their own, apart from the projection's
 * ensemble worker; when the slot leaves the screen, or what it shows changes (the seed, the
 * scenario, the assumptions), the worker is ended. Answers are kept per job, so a slot shown
 * again shows its charts at once.
 */
import type { DisputedFigure, ScenarioParams, TornadoResult } from '../engine';
import type { TornadoReply, TornadoRequest } from '../worker/tornado-contract';
import type { StoreLike } from '../scenes/shared/scene-context';
import type { TornadoSource } from '../ui/review/tornado-chart';
import {
  computingView,
  failedView,
  readyView,
  sameTornadoJob,
  tornadoJobFor,
  type TornadoJob,
} from './tornado-props';

/** The part of a Worker the director uses (a real one in the page, a fake in tests). */
export interface TornadoWorkerLike {
  postMessage(message: TornadoRequest): void;
  onmessage: ((event: { data: TornadoReply }) => void) | null;
  terminate(): void;
}

/** A job's key among the answers kept for the same parameters. */
const keyOf = (job: TornadoJob): string =>
  `${job.place}|${job.gameSeed}|${job.seed}|${job.runs}|${job.quarters}|${JSON.stringify(job.policies)}`;

/**
 * The source of the tornado slots: `figuresFor` gives the disputed figures to vary for a
 * scenario's parameters (their ids and their options' overrides, plain data for the worker).
 */
export function directTornado(
  store: StoreLike,
  createWorker: () => TornadoWorkerLike,
  figuresFor: (params: ScenarioParams) => readonly DisputedFigure[],
): TornadoSource {
  const kept = new WeakMap<ScenarioParams, Map<string, TornadoResult>>();
  let nextId = 1;

  return (place, show) => {
    let worker: TornadoWorkerLike | null = null;
    let job: TornadoJob | null = null;
    let started = false;

    const stop = (): void => {
      worker?.terminate();
      worker = null;
    };

    const follow = (): void => {
      const s = store.getState();
      const next = tornadoJobFor(place, s);
      if (started && (job === next || (job && next && sameTornadoJob(job, next)))) return;
      started = true;
      stop();
      job = next;
      if (!next) return show(failedView(null));
      const answer = kept.get(next.params)?.get(keyOf(next));
      if (answer) return show(readyView(answer, next, s));
      const figures = figuresFor(next.params);
      show(
        computingView(
          next,
          figures.reduce((n, f) => n + f.options.length, 0),
        ),
      );
      const id = nextId++;
      const w = createWorker();
      worker = w;
      w.onmessage = ({ data }) => {
        if (worker !== w || data.id !== id) return;
        worker = null;
        w.terminate();
        if ('error' in data) return show(failedView(data.error));
        const byKey = kept.get(next.params) ?? new Map<string, TornadoResult>();
        byKey.set(keyOf(next), data.result);
        kept.set(next.params, byKey);
        show(readyView(data.result, next, store.getState()));
      };
      w.postMessage({
        id,
        params: next.params,
        gameSeed: next.gameSeed,
        policies: next.policies,
        figures,
        runs: next.runs,
        quarters: next.quarters,
        seed: next.seed,
      });
    };

    follow();
    const unsubscribe = store.subscribe((s, prev) => {
      if (
        s.scenario !== prev.scenario ||
        s.seed !== prev.seed ||
        s.game !== prev.game ||
        s.turns !== prev.turns
      )
        follow();
    });
    return () => {
      unsubscribe();
      stop();
    };
  };
}
