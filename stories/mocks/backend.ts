import type { SavedCard } from '../../src/index';

/** One request the mock backend received, for play functions to assert on. */
export interface RecordedRequest {
  method: string;
  path: string;
  /** The card id of a DELETE or a set-default PUT. */
  id?: string;
  /** The CSRF header docs/http-contract.md requires on DELETE. */
  walletClientHeader: string | null;
}

/** How the list GET fails while the backend is down. */
export type ListFailure = 'provider_error' | 'unauthenticated' | 'network_error';

// Module state shared by the handlers of the story on screen; `resetBackend` clears it
// before each story so one story's requests never leak into the next one's assertions.
export const backend: {
  cards: SavedCard[];
  requests: RecordedRequest[];
  listOutage: ListFailure | null;
  /** Bumped on every reset: a delayed request of an earlier story must not touch this one. */
  generation: number;
} = { cards: [], requests: [], listOutage: null, generation: 0 };

export function resetBackend(): void {
  backend.generation += 1;
  backend.cards = [];
  backend.requests = [];
  backend.listOutage = null;
}

/** The list GET answers with the cards again (after `listHandler(…, { outage })`). */
export function endListOutage(): void {
  backend.listOutage = null;
}

export function record(request: Request, id?: string): void {
  backend.requests.push({
    method: request.method,
    path: new URL(request.url).pathname,
    id,
    walletClientHeader: request.headers.get('X-Wallet-Client'),
  });
}

/** Requests received so far, optionally only those of one method. */
export function requestsSent(method?: 'GET' | 'DELETE' | 'PUT'): readonly RecordedRequest[] {
  return method ? backend.requests.filter((r) => r.method === method) : backend.requests;
}
