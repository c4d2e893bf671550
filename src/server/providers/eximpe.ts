import * as v from 'valibot';
import type { CardProvider, DeleteResult } from './card-provider';
import { isEximpeError, parseEximpeList } from './eximpe-cards';
import { withProviderRef } from './listed-card';
import { providerFailure } from './provider-failure';
import { createProviderHttp, isSuccess, listCall, parseReply } from './provider-http';
import { normalizeBaseUrl, requireRef, requireText } from './provider-options';

/** Options for {@link eximpeProvider} (docs/server.md, eximpe.md). */
export interface EximpeProviderOptions {
  /** Sent as `X-Client-ID`. */
  clientId: string;
  /** Server-side secret, sent as `X-Client-Secret`; never give it to a browser. */
  clientSecret: string;
  /** Sent as `X-Merchant-ID`. */
  merchantId: string;
  /** Sent as `X-API-Version` (e.g. `1.0.0`); omitted means the dashboard's default. */
  apiVersion?: string;
  /** Default production; use {@link EXIMPE_BASE_URLS}.uat for testing, or a test fake. */
  baseUrl?: string;
  /** Fetch implementation; must honour `init.signal`. Default the global `fetch`. */
  fetch?: typeof fetch;
  /** Per-attempt limit of each provider call; default 8000 ms. */
  timeoutMs?: number;
}

/** Eximpe's base URLs (eximpe.md "Connection"; production is [C], seen in client code). */
export const EXIMPE_BASE_URLS = {
  uat: 'https://api-pacb-uat.eximpe.com',
  production: 'https://api-pacb.eximpe.com',
} as const;

const PROVIDER = 'eximpe';
const deleteSchema = v.object({ success: v.literal(true) });

/**
 * Eximpe card tokens. The card id is a digest of Eximpe's `card_token`, which stays on the
 * server; every delete names the customer too, so Eximpe itself also refuses a token the
 * customer does not own ("dual verification").
 */
export function eximpeProvider(options: EximpeProviderOptions): CardProvider {
  const headers: Record<string, string> = {
    'X-Client-ID': requireText(PROVIDER, 'clientId', options.clientId),
    'X-Client-Secret': requireText(PROVIDER, 'clientSecret', options.clientSecret),
    'X-Merchant-ID': requireText(PROVIDER, 'merchantId', options.merchantId),
    Accept: 'application/json',
  };
  if (options.apiVersion !== undefined) {
    headers['X-API-Version'] = requireText(PROVIDER, 'apiVersion', options.apiVersion);
  }
  const http = createProviderHttp({
    provider: PROVIDER,
    baseUrl: normalizeBaseUrl(PROVIDER, options.baseUrl ?? EXIMPE_BASE_URLS.production),
    headers,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
  });

  return {
    async listCards(customerId, ctx) {
      const reply = await http(
        listCall('/pg/tokens/', ctx.signal, { query: { identifier: customerId } }),
      );
      // 404 is "No cards found" (eximpe.md), but only in Eximpe's own envelope: an HTML 404
      // from a wrong base URL must not pass for an empty wallet.
      if (reply.status === 404 && isEximpeError(reply)) return [];
      if (!isSuccess(reply)) throw providerFailure(PROVIDER, 'bad_response', 'list', reply.status);
      // The token rides along as the server-only ref the delete sends.
      return (await parseEximpeList(PROVIDER, reply, customerId, { hidden: ctx.hidden })).map(
        withProviderRef,
      );
    },

    async deleteCard(customerId, card, ctx): Promise<DeleteResult> {
      const token = requireRef(PROVIDER, card);
      const reply = await http({
        operation: 'delete',
        method: 'POST',
        path: '/pg/tokens/delete/',
        headers: { 'Content-Type': 'application/json' },
        // Both fields are required: Eximpe checks the identifier owns the token.
        body: JSON.stringify({ card_token: token, identifier: customerId }),
        signal: ctx.signal,
      });
      if (isSuccess(reply)) {
        parseReply(PROVIDER, 'delete', reply, deleteSchema);
        return 'deleted';
      }
      // Eximpe's documented 404 (token not found, or not this identifier's), only in its own
      // envelope: an HTML or proxy 404 from a wrong route says nothing about the card. The
      // handler believes it only if a fresh list agrees.
      if (reply.status === 404 && isEximpeError(reply)) return 'not_found';
      throw providerFailure(PROVIDER, 'bad_response', 'delete', reply.status, reply.text);
    },
  };
}
