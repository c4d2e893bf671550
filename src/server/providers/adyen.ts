import { isAdyenError, parseAdyenList } from './adyen-cards';
import type { CardProvider, DeleteResult } from './card-provider';
import { withProviderRef } from './listed-card';
import { providerFailure } from './provider-failure';
import { createProviderHttp, isSuccess, listCall } from './provider-http';
import { normalizeBaseUrl, requireRef, requireText } from './provider-options';

/** Options for {@link adyenProvider} (docs/server.md, docs/providers/adyen.md). */
export interface AdyenProviderOptions {
  /** Server-side API key, sent as `X-API-Key`; its credential needs the Checkout and Recurring roles. */
  apiKey: string;
  /** The merchant account the shoppers' cards are stored under. */
  merchantAccount: string;
  /** Default `test`; `live` needs `liveUrlPrefix`. */
  environment?: 'test' | 'live';
  /** Your live prefix (Customer Area > Developers > API URLs); required when `environment` is `live`. */
  liveUrlPrefix?: string;
  /** Checkout API version; default 72 (71 has the same two calls). */
  apiVersion?: number;
  /** The Checkout API root without the version, e.g. a test fake; overrides the environment. */
  baseUrl?: string;
  /** Fetch implementation; must honour `init.signal`. Default the global `fetch`. */
  fetch?: typeof fetch;
  /** Per-attempt limit of each provider call; default 8000 ms. */
  timeoutMs?: number;
}

/** Adyen's Checkout API roots, before `/v{version}` (Adyen docs "API URLs"). */
export const ADYEN_TEST_BASE_URL = 'https://checkout-test.adyen.com';

const PROVIDER = 'adyen';
const LIVE_PREFIX = /^[A-Za-z0-9-]+$/;

function checkoutRoot(options: AdyenProviderOptions): string {
  if (options.baseUrl !== undefined) return normalizeBaseUrl(PROVIDER, options.baseUrl);
  const environment = options.environment ?? 'test';
  if (environment === 'test') return ADYEN_TEST_BASE_URL;
  if (environment !== 'live')
    throw new TypeError('adyenProvider: environment must be test or live');
  const prefix = options.liveUrlPrefix;
  if (typeof prefix !== 'string' || !LIVE_PREFIX.test(prefix)) {
    throw new TypeError(
      'adyenProvider: liveUrlPrefix is required for the live environment (Customer Area > Developers > API URLs)',
    );
  }
  return `https://${prefix}-checkout-live.adyenpayments.com/checkout`;
}

/**
 * Adyen stored cards (Checkout API `/storedPaymentMethods`); the customer id is the
 * `shopperReference`. The card's public id is a digest of Adyen's stored payment method id,
 * which rides along as the server-only `providerRef` and is what the delete sends.
 */
export function adyenProvider(options: AdyenProviderOptions): CardProvider {
  const apiKey = requireText(PROVIDER, 'apiKey', options.apiKey);
  const merchantAccount = requireText(PROVIDER, 'merchantAccount', options.merchantAccount);
  const version = options.apiVersion ?? 72;
  if (!Number.isInteger(version) || version < 1) {
    throw new TypeError('adyenProvider: apiVersion must be a whole number, e.g. 72');
  }
  const http = createProviderHttp({
    provider: PROVIDER,
    baseUrl: `${checkoutRoot(options)}/v${version}`,
    headers: { 'X-API-Key': apiKey, Accept: 'application/json' },
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
  });
  const query = (shopperReference: string) => ({ shopperReference, merchantAccount });

  return {
    async listCards(customerId, ctx) {
      const reply = await http(
        listCall('/storedPaymentMethods', ctx.signal, { query: query(customerId) }),
      );
      if (!isSuccess(reply)) throw providerFailure(PROVIDER, 'bad_response', 'list', reply.status);
      const cards = await parseAdyenList(
        reply,
        customerId,
        merchantAccount,
        new Date(),
        ctx.hidden,
      );
      return cards.map(withProviderRef);
    },

    async deleteCard(customerId, card, ctx): Promise<DeleteResult> {
      const storedId = requireRef(PROVIDER, card);
      const reply = await http({
        operation: 'delete',
        method: 'DELETE',
        path: `/storedPaymentMethods/${encodeURIComponent(storedId)}`,
        query: query(customerId),
        signal: ctx.signal,
      });
      // 204 No Content is the documented success; anything else under 2xx is not.
      if (reply.status === 204) return 'deleted';
      // Unconfirmed which of the two Adyen sends for a gone token (adyen.md "Errors"); only in
      // Adyen's own error shape, and the handler confirms it with a fresh list.
      if ((reply.status === 404 || reply.status === 422) && isAdyenError(reply)) return 'not_found';
      throw providerFailure(PROVIDER, 'bad_response', 'delete', reply.status, reply.text);
    },
  };
}
