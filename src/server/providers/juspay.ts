import * as v from 'valibot';
import type { CardProvider, DeleteResult, ProviderCallContext } from './card-provider';
import { isJuspayError, parseJuspayList } from './juspay-cards';
import type { JuspayRef } from './juspay-ref';
import { isJuspayRef } from './juspay-ref';
import type { ListedCard } from './listed-card';
import { withProviderRef } from './listed-card';
import { providerFailure } from './provider-failure';
import { createProviderHttp, isSuccess, listCall, parseReply } from './provider-http';
import { normalizeBaseUrl, requireText } from './provider-options';

/** Options for {@link juspayProvider} (docs/server.md, juspay.md). */
export interface JuspayProviderOptions {
  /** Server-side API key: sent only as the HTTP Basic username, never to a browser. */
  apiKey: string;
  /** Sent as `x-merchantid` on every call. */
  merchantId: string;
  /** Picks the base URL when `baseUrl` is not given; default `production`. */
  environment?: 'sandbox' | 'production';
  /** Overrides the environment's base URL, e.g. Juspay's `.io` hosts or a test fake. */
  baseUrl?: string;
  /** Fetch implementation; must honour `init.signal`. Default the global `fetch`. */
  fetch?: typeof fetch;
  /** Per-attempt limit of each provider call; default 8000 ms. */
  timeoutMs?: number;
}

/** Juspay's documented base URLs (juspay.md "Connection"). */
export const JUSPAY_BASE_URLS = {
  sandbox: 'https://sandbox.juspay.in',
  production: 'https://api.juspay.in',
} as const;

const PROVIDER = 'juspay';
const deleteSchema = v.object({ deleted: v.boolean(), card_reference: v.string() });

/**
 * Juspay Express Checkout stored cards. The card id is a digest of the stable
 * `card_reference`; the reference and the short-lived `card_token` stay inside the adapter.
 * `expired` is computed from the expiry (docs/http-contract.md §1), not taken from Juspay's flag, so every
 * adapter judges it by the same clock.
 */
export function juspayProvider(options: JuspayProviderOptions): CardProvider {
  const apiKey = requireText(PROVIDER, 'apiKey', options.apiKey);
  const merchantId = requireText(PROVIDER, 'merchantId', options.merchantId);
  const environment = options.environment ?? 'production';
  if (!Object.hasOwn(JUSPAY_BASE_URLS, environment)) {
    throw new TypeError('juspayProvider: environment must be sandbox or production');
  }
  const http = createProviderHttp({
    provider: PROVIDER,
    baseUrl: normalizeBaseUrl(PROVIDER, options.baseUrl ?? JUSPAY_BASE_URLS[environment]),
    headers: {
      // HTTP Basic with the key as username and an empty password (juspay.md "Connection").
      Authorization: `Basic ${basicCredentials(apiKey)}`,
      'x-merchantid': merchantId,
      Accept: 'application/json',
    },
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
  });

  async function list(
    customerId: string,
    ctx: ProviderCallContext,
  ): Promise<ListedCard<JuspayRef>[]> {
    // The docs use `/cards`; only Juspay's PHP SDK uses `/card/list` (juspay.md).
    const reply = await http(
      listCall('/cards', ctx.signal, {
        query: { customer_id: customerId },
        headers: { 'x-routing-id': customerId },
      }),
    );
    if (!isSuccess(reply)) throw providerFailure(PROVIDER, 'bad_response', 'list', reply.status);
    return parseJuspayList(PROVIDER, reply, customerId, { hidden: ctx.hidden });
  }

  return {
    async listCards(customerId, ctx) {
      // The short-lived token and the reference ride along as the server-only ref the delete needs.
      return (await list(customerId, ctx)).map(withProviderRef);
    },

    async deleteCard(customerId, card, ctx): Promise<DeleteResult> {
      // Juspay's delete takes no customer, only a token (juspay.md "Delete card"): the one this
      // customer's list just carried, so only a card the handler found in it can go.
      const ref = card.providerRef;
      if (!isJuspayRef(ref)) {
        throw new TypeError('juspayProvider: deleteCard needs the card as listCards returned it');
      }
      const reply = await http({
        operation: 'delete',
        method: 'POST',
        path: '/card/delete',
        headers: {
          'x-routing-id': customerId,
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ card_token: ref.token }).toString(),
        signal: ctx.signal,
      });
      if (isSuccess(reply)) {
        const body = parseReply(PROVIDER, 'delete', reply, deleteSchema);
        // Only `deleted: true` for the very card asked for: an answer about another card
        // leaves this one's fate unknown.
        if (body.deleted && body.card_reference === ref.reference) return 'deleted';
        throw providerFailure(PROVIDER, 'bad_response', 'delete', reply.status, reply.text);
      }
      // An invalid-token 400 or a 404 in Juspay's own error shape: the token names no card now.
      // The handler believes it only if a fresh list agrees (a stale token deleted nothing).
      if ((reply.status === 400 || reply.status === 404) && isJuspayError(reply)) {
        return 'not_found';
      }
      // An HTML or proxy 404, a 405, anything else: no evidence about the card at all.
      throw providerFailure(PROVIDER, 'bad_response', 'delete', reply.status, reply.text);
    },
  };
}

function basicCredentials(apiKey: string): string {
  try {
    return btoa(`${apiKey}:`);
  } catch {
    // btoa refuses non-Latin-1 text; the message must not echo the key.
    throw new TypeError('juspayProvider: apiKey must be ASCII');
  }
}
