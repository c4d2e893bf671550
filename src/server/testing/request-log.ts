import type { ProviderRequest, RequestTap } from './types';

/** The requests one adapter made to its provider, as the fixture's request tap showed them. */
export interface RequestLog {
  /** Handed to `makeProvider`; records only once {@link RequestLog.start} ran. */
  fetch: typeof fetch;
  /** Every request seen since `start`, oldest first; null when the fixture has no tap. */
  readonly requests: ProviderRequest[] | null;
  /** Resolves at the next request seen, or after `ms`, whichever comes first. */
  next(ms: number): Promise<void>;
  start(): void;
  stop(): void;
}

export function requestLog(tap: RequestTap | 'fetch' | undefined): RequestLog {
  const requests: ProviderRequest[] = [];
  const waiting = new Set<() => void>();
  let recording = false;
  let unsubscribe = () => {};
  const seen = (request: ProviderRequest) => {
    if (!recording) return;
    requests.push({ method: request.method, url: request.url, at: request.at });
    for (const wake of waiting) wake();
    waiting.clear();
  };
  const recordingFetch: typeof fetch = (input, init) => {
    const request = new Request(input, init);
    // Recorded as it leaves; one with an aborted signal never leaves (fetch rejects at once).
    if (tap === 'fetch' && !request.signal.aborted) {
      seen({ method: request.method, url: request.url, at: Date.now() });
    }
    return globalThis.fetch(request);
  };
  return {
    fetch: recordingFetch,
    requests: tap === undefined ? null : requests,
    next: (ms) =>
      new Promise((resolve) => {
        const timer = setTimeout(resolve, ms);
        waiting.add(() => {
          clearTimeout(timer);
          resolve();
        });
      }),
    start() {
      recording = true;
      if (typeof tap === 'function') unsubscribe = tap(seen);
    },
    stop() {
      recording = false;
      unsubscribe();
    },
  };
}

/** The requests that reached the provider after `at` (+ `graceMs`). */
export function requestsAfter(
  requests: readonly ProviderRequest[],
  at: number,
  graceMs = 0,
): ProviderRequest[] {
  return requests.filter((request) => request.at > at + graceMs);
}

/** `2 requests (GET, DELETE)`: what the adapter sent, without where or what it carried. */
export function describeRequests(requests: ReadonlyArray<{ method: string }>): string {
  const methods = requests.map((request) => request.method).join(', ');
  return `${requests.length} request${requests.length === 1 ? '' : 's'} (${methods})`;
}
