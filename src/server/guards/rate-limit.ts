import { WalletHttpError } from '../errors';
import { callHook } from '../hooks';
import type { RateLimitStore } from '../stores/rate-limit-store';
import type { CsrfCheck } from './csrf';

/** A rate limit's option when enabled; each field falls back to its default. */
export interface RateLimitOptions {
  /** Attempts allowed per window and key; default 30 for `rateLimit`, 60 for `listRateLimit`. */
  max?: number;
  /** Window length in milliseconds; default 60 000. */
  windowMs?: number;
  /** Defaults to one {@link memoryRateLimitStore} per handler (`listRateLimit`: `rateLimit`'s store). */
  store?: RateLimitStore;
}

/**
 * A request another site's page sent (a DELETE the same-origin checks refused, or a list), as
 * {@link DeleteRateLimitOptions.crossSiteKey} sees it.
 */
export interface CrossSiteAttempt {
  /** The session's customer: whose cookie the request carried, not who sent it. */
  customerId: string;
  /** Which same-origin check refused it. */
  check: CsrfCheck;
}

/** Names the bucket a refused cross-site DELETE is counted in. */
export type CrossSiteKey = (req: Request, attempt: CrossSiteAttempt) => string | Promise<string>;

/** The handler's `rateLimit` option (DELETE attempts) when enabled. */
export interface DeleteRateLimitOptions extends RateLimitOptions {
  /**
   * The bucket a DELETE refused by the same-origin checks (and a list another site sent) is
   * counted in, apart from the shopper's own; default its `Origin` (normalised; `none` without one).
   */
  crossSiteKey?: CrossSiteKey;
}

/** A rate limit once its defaults are applied. */
export interface RateLimit {
  max: number;
  windowMs: number;
  store: RateLimitStore;
}

/** What counting needs besides the limit: the store call's budget and the clock. */
export interface RateLimitClock {
  hookTimeoutMs: number;
  now: () => number;
}

/** Default `rateLimit`: 30 DELETE attempts per customer per minute — far above a shopper's needs. */
export const DEFAULT_RATE_LIMIT: Readonly<Required<Omit<RateLimitOptions, 'store'>>> = {
  max: 30,
  windowMs: 60_000,
};

/** Default `listRateLimit`: 60 `GET {base}/cards` per customer per minute, one a second. */
export const DEFAULT_LIST_RATE_LIMIT: Readonly<Required<Omit<RateLimitOptions, 'store'>>> = {
  max: 60,
  windowMs: 60_000,
};

// Whole seconds until `resetAt`, at least 1, for `Retry-After`.
function retryAfterSeconds(resetAt: number, now: number): number {
  return Math.max(1, Math.ceil((resetAt - now) / 1000));
}

/**
 * Counts one hit on `key` and refuses it with 429 + `Retry-After` once the window holds more
 * than `max` (docs/server.md). A store that fails or runs out of `hookTimeoutMs` refuses the
 * request (502): never unlimited.
 */
export async function enforceRateLimit(
  limit: RateLimit | null,
  key: string,
  clock: RateLimitClock,
): Promise<void> {
  if (limit === null) return;
  const { max, windowMs, store } = limit;
  const { count, resetAt } = await callHook('rateLimit', clock.hookTimeoutMs, () =>
    store.hit(key, windowMs),
  );
  if (count > max) {
    throw new WalletHttpError('rate_limited', undefined, {
      headers: { 'Retry-After': String(retryAfterSeconds(resetAt, clock.now())) },
    });
  }
}
