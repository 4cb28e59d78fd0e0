/**
 * The tornado worker: plays every option of every disputed figure many times off the page's
 * thread, so the assumptions panel and the review stay responsive while it counts. Each request
 * is answered in full; the page cancels a request it no longer needs by ending the worker.
 */
import { assumptionTornado, createInitialState, type Policy } from '../engine';
import type { TornadoReply, TornadoRequest } from './tornado-contract';

/** Answers one request (pure: the same request gives the same answer). */
export function answer(request: TornadoRequest): TornadoReply {
  try {
    const last = request.policies.at(-1);
    if (!last) throw new Error('A tornado needs at least one policy.');
    const policyAt = (quarterAhead: number): Policy => request.policies[quarterAhead] ?? last;
    const result = assumptionTornado(
      // Each set opens from its own parameters, so an option that sets an opening figure counts.
      (params) => createInitialState(params, request.gameSeed),
      policyAt,
      request.params,
      request.figures,
      { runs: request.runs, seed: request.seed, quarters: request.quarters },
    );
    return { id: request.id, result };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The worker's global scope as far as it is used here. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<TornadoRequest>) => void) | null;
  postMessage(message: TornadoReply): void;
}

const scope = globalThis as unknown as WorkerScope;
if (typeof (globalThis as { document?: unknown }).document === 'undefined' && 'postMessage' in globalThis) {
  scope.onmessage = (event) => scope.postMessage(answer(event.data));
}
