import type { CardLockReason, SavedCard } from '../core/types';
import type { AuditSink } from './audit';
import type { DeleteRateLimitOptions, RateLimitOptions } from './guards/rate-limit';
import type { CardProvider } from './providers/card-provider';
import type { WalletLogger } from './safe-logger';
import type { CustomerLockStore } from './stores/customer-lock';
import type { DefaultCardStore } from './stores/default-card-store';

/** Options for {@link createWalletHandler} (docs/server.md). */
export interface WalletHandlerOptions {
  /** The adapter that talks to the payment provider. */
  provider: CardProvider;
  /** The signed-in customer from the merchant's own session; null when there is none. */
  getCustomerId: (req: Request) => string | null | Promise<string | null>;
  /** Where the routes live; default `/api/wallet`. */
  basePath?: string;
  /** Origins besides the one the browser addressed that may DELETE (e.g. a dev server's); not CORS. */
  allowedOrigins?: string[];
  /**
   * The proxy in front is the merchant's own: the origin a DELETE must match then comes from
   * `Forwarded` / `X-Forwarded-Host` / `X-Forwarded-Proto` instead of `Host` and the request's
   * scheme (docs/server.md "Deployment"). Default false.
   */
  trustProxy?: boolean;
  /**
   * DELETE attempts per customer that pass the same-origin checks; default 30 a minute. Those
   * refused as cross-site count apart, per `crossSiteKey` (default their Origin), under the
   * same max and window. `false` turns both off.
   */
  rateLimit?: DeleteRateLimitOptions | false;
  /**
   * `GET {base}/cards` per customer; default 60 a minute, counted in `rateLimit`'s store when
   * it names one; `false` turns it off.
   */
  listRateLimit?: RateLimitOptions | false;
  /**
   * Serve a customer's list from this process's memory for this many milliseconds after the
   * provider answered; that customer's delete here forgets it. Default: no cache.
   */
  listCacheMs?: number;
  /**
   * Why a card can't be removed now (e.g. it pays a subscription), or null. Marks the list
   * (`locked`) and refuses the delete (409 `card_in_use` with the reason). Gets the public
   * card only. A throw or a timeout means `other`. Replaces `canDelete`.
   */
  lockReason?: (
    card: SavedCard,
    customerId: string,
  ) => CardLockReason | null | Promise<CardLockReason | null>;
  /** Default 0; with this many cards or fewer, each is locked `last_card`. */
  keepAtLeast?: number;
  /** Serialises one customer's deletes; default in memory, `redisCustomerLock` across instances. */
  customerLock?: CustomerLockStore;
  /**
   * Each customer's default card, for a provider with no default of its own (no
   * `setDefaultCard`: Juspay, Eximpe, Adyen): merged into every list. Default in memory;
   * `redisDefaultCardStore` across instances. Not used when the provider keeps the default.
   */
  defaultCardStore?: DefaultCardStore;
  /** Budget for each merchant hook and store call (session, rate limit, lockReason, audit); default 2000 ms. */
  hookTimeoutMs?: number;
  /** One event per delete attempt, allowed or refused. */
  audit?: AuditSink;
  /**
   * Key for the HMAC that stands in for card ids that are provider tokens (Eximpe) in the
   * audit; default a random key per process (digests then match only within the process).
   */
  auditIdKey?: string | Uint8Array;
  /**
   * Receives server-side failure detail (`error`) and why a DELETE was refused (`warn`), never
   * provider text, secrets or card numbers; default `console`.
   */
  logger?: WalletLogger;
  /** Clock in epoch milliseconds, for audit times and rate limits; tests inject one. */
  now?: () => number;
  /**
   * The handler's budget for one request's provider work (waiting for the customer lock,
   * lists, delete): it aborts `ctx.signal` when it runs out; default 10 000 ms.
   */
  providerTimeoutMs?: number;
}

/** A Fetch-API request handler; `basePath` lets adapters route only its own URLs to it. */
export interface WalletHandler {
  (req: Request): Promise<Response>;
  readonly basePath: string;
}
