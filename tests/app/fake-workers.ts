/** Fake workers for the directors' tests: each records the request it was sent and whether it was ended. */

/** One fake worker: its last request, whether it was ended, and the worker the director holds. */
export interface FakeWorker<Request, Reply> {
  request: Request | null;
  ended: boolean;
  readonly worker: {
    postMessage(message: Request): void;
    onmessage: ((event: { data: Reply }) => void) | null;
    terminate(): void;
  };
}

/** Every worker made so far, in order, and the factory a director is given. */
export function fakeWorkers<Request, Reply>(): {
  workers: FakeWorker<Request, Reply>[];
  createWorker: () => FakeWorker<Request, Reply>['worker'];
} {
  const workers: FakeWorker<Request, Reply>[] = [];
  const createWorker = (): FakeWorker<Request, Reply>['worker'] => {
    const entry: FakeWorker<Request, Reply> = {
      request: null,
      ended: false,
      worker: {
        onmessage: null,
        postMessage: (request) => void (entry.request = request),
        terminate: () => void (entry.ended = true),
      },
    };
    workers.push(entry);
    return entry.worker;
  };
  return { workers, createWorker };
}
