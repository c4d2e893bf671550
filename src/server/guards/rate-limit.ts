import { WalletHttpError } from '../errors';
import { callHook } from '../hooks';
import type { RateLimitStore } from '../stores/rate-limit-store';

/** The handler's `rateLimit` option when enabled; each field falls back to its default. */
export interface RateLimitOptions {
  /** Attempts allowed per window and customer; default 30. */
  max?: number;
  /** Window length in milliseconds; default 60 000. */
  windowMs?: number;
  /** Defaults to one {@link memoryRateLimitStore} per handler. */
  store?: RateLimitStore;
}

/** The handler's rate limit once its defaults are applied. */
export interface RateLimit {
  max: number;
  windowMs: number;
  store: RateLimitStore;
}

/** Default: 30 DELETE attempts per customer per minute — far above a shopper's needs. */
export const DEFAULT_RATE_LIMIT: Readonly<Required<Omit<RateLimitOptions, 'store'>>> = {
  max: 30,
  windowMs: 60_000,
};

// Whole seconds until `resetAt`, at least 1, for `Retry-After`.
function retryAfterSeconds(resetAt: number, now: number): number {
  return Math.max(1, Math.ceil((resetAt - now) / 1000));
}

/**
 * Counts one DELETE attempt of `customerId` and refuses it with 429 + `Retry-After` once the
 * window holds more than `max` (docs/server.md). A store that fails or runs out of `hookTimeoutMs`
 * refuses the delete (502): never unlimited deletes.
 */
export async function enforceRateLimit(
  limit: RateLimit | null,
  customerId: string,
  clock: { hookTimeoutMs: number; now: () => number },
): Promise<void> {
  if (limit === null) return;
  const { max, windowMs, store } = limit;
  const { count, resetAt } = await callHook('rateLimit', clock.hookTimeoutMs, () =>
    store.hit(`card.delete:${customerId}`, windowMs),
  );
  if (count > max) {
    throw new WalletHttpError('rate_limited', undefined, {
      headers: { 'Retry-After': String(retryAfterSeconds(resetAt, clock.now())) },
    });
  }
}
