import { readCardList, readDeleted, readErrorEnvelope } from './read-contract';
import { parseRetryAfter } from './retry-after';
import type { SavedCard } from './types';
import type {
  DeleteCardOptions,
  DeletedCard,
  WalletClient,
  WalletRequestOptions,
} from './wallet-client';
import { isContractStatus, WalletError } from './wallet-error';

/** Options for {@link createHttpWalletClient}. */
export interface HttpWalletClientOptions {
  /** Where the merchant mounted the handler; default `/api/wallet`. */
  baseUrl?: string;
  /** A fetch to use instead of the global one (tests, instrumented fetch). */
  fetch?: typeof fetch;
  /** Extra headers sent with every request. */
  headers?: HeadersInit;
  /** Fetch credentials mode; default `same-origin`, so the session cookie goes along. */
  credentials?: RequestCredentials;
}

/** A WalletClient for the kit's own HTTP contract (docs/http-contract.md); validates every response. */
export function createHttpWalletClient(options: HttpWalletClientOptions = {}): WalletClient {
  const baseUrl = (options.baseUrl ?? '/api/wallet').replace(/\/+$/, '');
  const credentials = options.credentials ?? 'same-origin';

  async function send(
    method: 'GET' | 'DELETE' | 'PUT',
    path: string,
    { signal, keepalive }: DeleteCardOptions,
  ) {
    const headers = new Headers(options.headers);
    headers.set('Accept', 'application/json');
    // The server refuses state changes without it: a cross-site form cannot set headers.
    headers.set('X-Wallet-Client', '1');
    const doFetch = options.fetch ?? globalThis.fetch;
    let response: Response;
    try {
      // keepalive: a held removal flushed as the page goes away must outlive it (docs/removal-rules.md rule 8).
      response = await doFetch(`${baseUrl}${path}`, {
        method,
        headers,
        credentials,
        signal,
        keepalive,
      });
    } catch (error) {
      if (signal?.aborted) throw signal.reason ?? error;
      throw new WalletError('network_error', 'The request could not be sent', { cause: error });
    }
    const body = await readJson(response, signal);
    if (response.ok) return body;
    throw errorFromResponse(response, body);
  }

  return {
    async listCards(opts: WalletRequestOptions = {}): Promise<SavedCard[]> {
      const body = await send('GET', '/cards', opts);
      return parse(readCardList, body).cards;
    },
    async deleteCard(id: string, opts: DeleteCardOptions = {}): Promise<DeletedCard> {
      const body = await send('DELETE', `/cards/${encodePathSegment(id)}`, opts);
      const { id: confirmed, defaultCardId } = parse(readDeleted, body);
      if (confirmed !== id) {
        throw new WalletError('invalid_response', 'The backend confirmed another card');
      }
      return defaultCardId === undefined ? {} : { defaultCardId };
    },
    async setDefaultCard(id: string, opts: WalletRequestOptions = {}): Promise<SavedCard[]> {
      // The same CSRF header and error mapping as a DELETE: one `send` for every request.
      const body = await send('PUT', `/cards/${encodePathSegment(id)}/default`, opts);
      return parse(readCardList, body).cards;
    },
  };
}

const NOT_JSON = Symbol('not-json');

function encodePathSegment(id: string): string {
  try {
    return encodeURIComponent(id);
  } catch {
    // A lone surrogate cannot be put in a URL: refuse it here rather than throw a URIError.
    throw new WalletError('invalid_request', 'The card id cannot be sent');
  }
}

async function readJson(response: Response, signal?: AbortSignal): Promise<unknown> {
  try {
    const text = await response.text();
    return JSON.parse(text);
  } catch (error) {
    if (signal?.aborted) throw signal.reason ?? error;
    return NOT_JSON;
  }
}

function parse<T>(read: (body: unknown) => T, body: unknown): T {
  try {
    return read(body);
  } catch {
    throw new WalletError('invalid_response', 'The backend answered outside the contract');
  }
}

function errorFromResponse(response: Response, body: unknown): WalletError {
  let error: ReturnType<typeof readErrorEnvelope>['error'] | undefined;
  try {
    error = readErrorEnvelope(body).error;
  } catch {}
  // A known code under the wrong status is as untrustworthy as an unknown body.
  if (!error || !isContractStatus(error.code, response.status)) {
    return new WalletError('invalid_response', `Unexpected HTTP ${response.status}`, {
      status: response.status,
    });
  }
  const { code, reason } = error;
  // A 409 must say why the card is locked (docs/http-contract.md); without a known reason it is untrusted.
  if (code === 'card_in_use' && reason === undefined) {
    return new WalletError('invalid_response', 'A 409 without a lock reason', {
      status: response.status,
    });
  }
  return new WalletError(code, code, {
    status: response.status,
    reason: code === 'card_in_use' ? reason : undefined,
    retryAfterMs:
      code === 'rate_limited' ? parseRetryAfter(response.headers.get('Retry-After')) : undefined,
  });
}
