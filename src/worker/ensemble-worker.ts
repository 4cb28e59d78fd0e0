/**
 * The ensemble worker: runs the engine many times off the page's thread, so moving a lever never
 * stalls the screen. Each request is answered in full; the page cancels a request it no longer
 * needs by ending the worker and starting another.
 */
import { runEnsemble } from '../engine';
import type { EnsembleReply, EnsembleRequest } from './ensemble-contract';

/** Answers one request (pure: the same request gives the same answer). */
export function answer(request: EnsembleRequest): EnsembleReply {
  try {
    const spec = {
      runs: request.runs,
      quarters: request.quarters,
      seed: request.seed,
      ...(request.disputed?.length ? { disputed: request.disputed } : {}),
    };
    return {
      id: request.id,
      pending: runEnsemble(request.game, request.pending, request.params, spec),
      statusQuo: runEnsemble(request.game, request.statusQuo, request.params, spec),
    };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The worker's global scope as far as it is used here. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<EnsembleRequest>) => void) | null;
  postMessage(message: EnsembleReply): void;
}

const scope = globalThis as unknown as WorkerScope;
if (typeof (globalThis as { document?: unknown }).document === 'undefined' && 'postMessage' in globalThis) {
  scope.onmessage = (event) => scope.postMessage(answer(event.data));
}
