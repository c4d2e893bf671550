import * as v from 'valibot';
import type { CardProvider, DeleteResult } from './card-provider';
import { hyperswitchErrorCode, parseHyperswitchList } from './hyperswitch-cards';
import { providerFailure } from './provider-failure';
import { createProviderHttp, isSuccess, listCall } from './provider-http';
import { normalizeBaseUrl, requireText } from './provider-options';
import { providerIdOf } from './public-card-id';

/** Options for {@link hyperswitchProvider} (docs/server.md, docs/providers/hyperswitch.md). */
export interface HyperswitchProviderOptions {
  /** Server-side secret key, sent as `api-key`; never give it to a browser. */
  apiKey: string;
  /** Default production; use {@link HYPERSWITCH_BASE_URLS}.sandbox, a self-hosted router, or a test fake. */
  baseUrl?: string;
  /** Fetch implementation; must honour `init.signal`. Default the global `fetch`. */
  fetch?: typeof fetch;
  /** Per-attempt limit of each provider call; default 8000 ms. */
  timeoutMs?: number;
}

/** Hyperswitch's hosted base URLs (API reference, "Environments"). */
export const HYPERSWITCH_BASE_URLS = {
  sandbox: 'https://sandbox.hyperswitch.io',
  production: 'https://api.hyperswitch.io',
} as const;

const PROVIDER = 'hyperswitch';
// "… does not exist in our records": a customer or payment method Hyperswitch does not hold.
const NOT_FOUND_CODE = 'HE_02';
// The router's precondition refusal of a set-default: the card is already the default, or
// (which the handler's re-list then shows) not this customer's.
const PRECONDITION_CODE = 'IR_16';

/**
 * Hyperswitch (v1 API) saved cards. The card id is the stable `payment_method_id`. Its delete
 * names no customer and checks no ownership: the handler's ownership list is the only guard,
 * so only a card found in this customer's own list is ever deleted.
 */
export function hyperswitchProvider(options: HyperswitchProviderOptions): CardProvider {
  const http = createProviderHttp({
    provider: PROVIDER,
    baseUrl: normalizeBaseUrl(PROVIDER, options.baseUrl ?? HYPERSWITCH_BASE_URLS.production),
    headers: {
      'api-key': requireText(PROVIDER, 'apiKey', options.apiKey),
      Accept: 'application/json',
    },
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
  });

  return {
    async listCards(customerId, ctx) {
      const path = `/customers/${encodeURIComponent(customerId)}/payment_methods`;
      const reply = await http(listCall(path, ctx.signal));
      // A shopper who never saved a card may have no Hyperswitch customer yet: no cards. Only
      // in Hyperswitch's own error object; a proxy's 404 is a provider error.
      if (reply.status === 404 && hyperswitchErrorCode(reply) === NOT_FOUND_CODE) return [];
      if (!isSuccess(reply) || hyperswitchErrorCode(reply) !== null) {
        throw providerFailure(PROVIDER, 'bad_response', 'list', reply.status);
      }
      return parseHyperswitchList(reply, customerId, new Date(), ctx.hidden);
    },

    async deleteCard(_customerId, card, ctx): Promise<DeleteResult> {
      const methodId = providerIdOf(card);
      const reply = await http({
        operation: 'delete',
        method: 'DELETE',
        path: `/payment_methods/${encodeURIComponent(methodId)}`,
        signal: ctx.signal,
      });
      if (reply.status === 404 && hyperswitchErrorCode(reply) === NOT_FOUND_CODE)
        return 'not_found';
      const deleted = v.safeParse(
        v.object({ payment_method_id: v.literal(methodId), deleted: v.literal(true) }),
        reply.json,
      );
      if (isSuccess(reply) && deleted.success) return 'deleted';
      throw providerFailure(PROVIDER, 'bad_response', 'delete', reply.status, reply.text);
    },

    async setDefaultCard(customerId, card, ctx) {
      const methodId = providerIdOf(card);
      const reply = await http({
        operation: 'set default',
        method: 'POST',
        path: `/customers/${encodeURIComponent(customerId)}/payment_methods/${encodeURIComponent(methodId)}/default`,
        // Setting the same default twice changes nothing; a second try is answered `IR_16`.
        idempotent: true,
        signal: ctx.signal,
      });
      // Already the default, or the handler's re-list shows the card is not: it decides.
      if (reply.status === 400 && hyperswitchErrorCode(reply) === PRECONDITION_CODE) return;
      const set = v.safeParse(
        v.object({ default_payment_method_id: v.literal(methodId) }),
        reply.json,
      );
      if (isSuccess(reply) && set.success) return;
      throw providerFailure(PROVIDER, 'bad_response', 'set default', reply.status, reply.text);
    },
  };
}
