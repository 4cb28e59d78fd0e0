/** Fake workers for the directors' tests: each records the request it was sent and whether it was ended. */

/** One fake worker: its last request, every request, whether it was ended, and the worker the director holds. */
export interface FakeWorker<Request, Reply> {
  request: Request | null;
  readonly requests: Request[];
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
      requests: [],
      ended: false,
      worker: {
        onmessage: null,
        postMessage: (request) => {
          entry.request = request;
          entry.requests.push(request);
        },
        terminate: () => void (entry.ended = true),
      },
    };
    workers.push(entry);
    return entry.worker;
  };
  return { workers, createWorker };
}
