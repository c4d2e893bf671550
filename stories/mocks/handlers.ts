import { delay, HttpResponse, http } from 'msw';
import { type SavedCard, WALLET_ERROR_STATUS, type WalletErrorCode } from '../../src/index';
import { backend, type ListFailure, record } from './backend';

export type { ListFailure } from './backend';

/** How the mock backend answers one DELETE (docs/http-contract.md), or a network failure. */
export type DeleteOutcome =
  | 'ok'
  | 'provider_error'
  | 'card_not_found'
  | 'rate_limited'
  | 'unauthenticated'
  | 'network_error';

/** Milliseconds before answering: a number, one per card id, or never. */
export type Delay = number | 'infinite' | Readonly<Record<string, number>>;

const BASE = '/api/wallet';
/** Codes a server sends, each under its docs/http-contract.md status in `WALLET_ERROR_STATUS`. */
type ServerCode = Exclude<WalletErrorCode, 'network_error' | 'invalid_response'>;
// What a real backend might say; the kit must never show it (docs/http-contract.md).
const SERVER_TEXT = 'Upstream said: internal detail the shopper must not see';

function errorResponse(code: ServerCode, retryAfter = 30) {
  return HttpResponse.json(
    { error: { code, message: SERVER_TEXT } },
    {
      // Server codes all have a status; `?? 500` only satisfies the type, as in server/errors.ts.
      status: WALLET_ERROR_STATUS[code] ?? 500,
      headers: code === 'rate_limited' ? { 'Retry-After': String(retryAfter) } : undefined,
    },
  );
}

async function wait(delayMs: Delay | undefined, id?: string) {
  if (delayMs === undefined) return;
  if (delayMs === 'infinite') return delay('infinite');
  const ms = typeof delayMs === 'number' ? delayMs : id ? delayMs[id] : undefined;
  if (ms) await delay(ms);
}

/**
 * `GET /api/wallet/cards`, seeding the mock backend with `cards`. With `outage` it fails that
 * way until `endListOutage()` (a count of failures would depend on how often the kit retries).
 */
export function listHandler(
  cards: readonly SavedCard[],
  options: { delayMs?: Delay; outage?: ListFailure } = {},
) {
  backend.cards = [...cards];
  backend.listOutage = options.outage ?? null;
  return http.get(`${BASE}/cards`, async ({ request }) => {
    record(request);
    await wait(options.delayMs);
    const failure = backend.listOutage;
    if (failure === 'network_error') return HttpResponse.error();
    if (failure) return errorResponse(failure);
    return HttpResponse.json(
      { cards: backend.cards },
      { headers: { 'Cache-Control': 'no-store' } },
    );
  });
}

/** `GET /api/wallet/cards` that always fails this way (e.g. an expired session). */
export function listErrorHandler(failure: ListFailure, options: { delayMs?: Delay } = {}) {
  backend.cards = [];
  return http.get(`${BASE}/cards`, async ({ request }) => {
    record(request);
    await wait(options.delayMs);
    return failure === 'network_error' ? HttpResponse.error() : errorResponse(failure);
  });
}

/**
 * `DELETE /api/wallet/cards/:id`. `outcomes` is one outcome for every card, or outcomes per
 * card id (a list is answered in order, its last one repeating; unnamed ids answer 'ok').
 */
export function deleteHandler(
  outcomes:
    | DeleteOutcome
    | Readonly<Record<string, DeleteOutcome | readonly DeleteOutcome[]>> = 'ok',
  options: { delayMs?: Delay; retryAfterSeconds?: number } = {},
) {
  const queues = new Map<string, DeleteOutcome[]>();
  const next = (id: string): DeleteOutcome => {
    if (typeof outcomes === 'string') return outcomes;
    let queue = queues.get(id);
    if (!queue) {
      const planned = outcomes[id] ?? 'ok';
      queue = typeof planned === 'string' ? [planned] : [...planned];
      queues.set(id, queue);
    }
    return (queue.length > 1 ? queue.shift() : queue[0]) ?? 'ok';
  };

  return http.delete<{ id: string }>(`${BASE}/cards/:id`, async ({ request, params }) => {
    const { id } = params;
    const generation = backend.generation;
    record(request, id);
    await wait(options.delayMs, id);
    // The story that sent it is gone (a failed play leaves slow requests behind).
    if (generation !== backend.generation) return HttpResponse.error();
    const outcome = next(id);
    if (outcome === 'network_error') return HttpResponse.error();
    if (request.headers.get('X-Wallet-Client') !== '1') return errorResponse('forbidden');
    const owned = backend.cards.some((card) => card.id === id);
    if (outcome === 'ok' || outcome === 'card_not_found') {
      backend.cards = backend.cards.filter((card) => card.id !== id);
    }
    if (outcome === 'ok' && owned) return HttpResponse.json({ deleted: true, id });
    if (outcome === 'ok' || outcome === 'card_not_found') return errorResponse('card_not_found');
    return errorResponse(outcome, options.retryAfterSeconds);
  });
}

/** How the mock backend answers one set-default PUT (docs/http-contract.md), or a network failure. */
export type SetDefaultOutcome = 'ok' | 'provider_error' | 'card_expired' | 'network_error';

/** `PUT /api/wallet/cards/:id/default`: the list with that card the default, or `outcome`'s failure. */
export function setDefaultHandler(
  outcome: SetDefaultOutcome = 'ok',
  options: { delayMs?: Delay } = {},
) {
  return http.put<{ id: string }>(`${BASE}/cards/:id/default`, async ({ request, params }) => {
    const { id } = params;
    const generation = backend.generation;
    record(request, id);
    await wait(options.delayMs, id);
    if (generation !== backend.generation) return HttpResponse.error();
    if (outcome === 'network_error') return HttpResponse.error();
    if (request.headers.get('X-Wallet-Client') !== '1') return errorResponse('forbidden');
    if (outcome !== 'ok') return errorResponse(outcome);
    if (!backend.cards.some((card) => card.id === id)) return errorResponse('card_not_found');
    backend.cards = backend.cards.map((card) => ({ ...card, isDefault: card.id === id }));
    return HttpResponse.json({ cards: backend.cards });
  });
}
