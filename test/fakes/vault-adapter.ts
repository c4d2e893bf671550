import type { CardBrand } from '../../src/core/types';
import type { CardProvider, DeleteResult, ProviderCard } from '../../src/server/index';
import { isExpired, ProviderError } from '../../src/server/index';

/** Where the vault is and the merchant's key; `fetch` as the shipped adapters take one. */
export interface VaultConfig {
  baseUrl: string;
  merchantId: string;
  secret: string;
  fetch?: typeof fetch;
}

/** One answer of the vault: its status, and its body when that was JSON. */
export interface VaultAnswer {
  status: number;
  json: unknown;
}

export interface VaultClient {
  /** The Basic credentials every request carries. */
  authorization: string;
  send(method: string, path: string, signal?: AbortSignal): Promise<VaultAnswer>;
}

export function vaultClient(config: VaultConfig): VaultClient {
  const authorization = `Basic ${btoa(`${config.merchantId}:${config.secret}`)}`;
  const doFetch = config.fetch ?? globalThis.fetch;
  return {
    authorization,
    async send(method, path, signal) {
      let response: Response;
      try {
        response = await doFetch(`${config.baseUrl}${path}`, {
          method,
          headers: { authorization },
          ...(signal ? { signal } : {}),
        });
      } catch {
        throw new ProviderError(signal?.aborted ? 'timeout' : 'unavailable', 'vault unreachable');
      }
      const text = await response.text().catch(() => '');
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      return { status: response.status, json };
    },
  };
}

/** A ProviderError for an answer that is not the one asked for; never the vault's words. */
export function vaultFailure({ status }: VaultAnswer, message = `vault answered ${status}`) {
  const kind = status === 401 ? 'unauthorized' : status >= 500 ? 'unavailable' : 'bad_response';
  return new ProviderError(kind, message, { provider: 'vault', status });
}

const errorCode = (json: unknown) =>
  (json as { error?: { code?: unknown } } | undefined)?.error?.code;

/** `deleted` for the vault's `{ deleted: true }`, `not_found` for its own JSON 404 only. */
export function deleteResult(answer: VaultAnswer): DeleteResult {
  if (answer.status === 200 && (answer.json as { deleted?: unknown })?.deleted === true) {
    return 'deleted';
  }
  if (answer.status === 404 && errorCode(answer.json) === 'card_not_found') return 'not_found';
  throw vaultFailure(answer);
}

export function vaultCards(answer: VaultAnswer): ProviderCard[] {
  const cards = (answer.json as { cards?: unknown } | undefined)?.cards;
  if (answer.status !== 200 || !Array.isArray(cards)) throw vaultFailure(answer);
  return cards.map((raw: Record<string, unknown>) => ({
    id: String(raw.id),
    brand: String(raw.brand) as CardBrand,
    last4: String(raw.last4),
    expiryMonth: Number(raw.exp_month),
    expiryYear: Number(raw.exp_year),
    expired: isExpired(Number(raw.exp_month), Number(raw.exp_year)),
  }));
}

export const listPath = (customerId: string) =>
  `/customers/${encodeURIComponent(customerId)}/cards`;
export const cardPath = (card: ProviderCard) => `/cards/${encodeURIComponent(card.id)}`;

/** The adapter done right: the control the five broken ones are measured against. */
export function vaultProvider(config: VaultConfig): CardProvider {
  const client = vaultClient(config);
  return {
    listCards: async (customerId, ctx) =>
      vaultCards(await client.send('GET', listPath(customerId), ctx.signal)),
    deleteCard: async (_customerId, card, ctx) =>
      deleteResult(await client.send('DELETE', cardPath(card), ctx.signal)),
  };
}
