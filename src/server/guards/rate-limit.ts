import { WalletHttpError } from '../errors';
import { callHook } from '../hooks';

/** Where the handler counts attempts; async so a shared store (Redis) fits the same seam. */
export interface RateLimitStore {
  /** Counts one hit on `key` in its current fixed window and returns the window's state. */
  hit(key: string, windowMs: number): Promise<{ count: number; resetAt: number }>;
}

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

/** Options for {@link memoryRateLimitStore}. */
export interface MemoryRateLimitStoreOptions {
  /** Clock in epoch milliseconds; tests inject one. */
  now?: () => number;
}

/** Default: 30 DELETE attempts per customer per minute — far above a shopper's needs. */
export const DEFAULT_RATE_LIMIT: Readonly<Required<Omit<RateLimitOptions, 'store'>>> = {
  max: 30,
  windowMs: 60_000,
};

/**
 * A fixed-window counter in process memory: fine for one server process, not shared across
 * instances. Expired windows are swept at most once per window so the map cannot grow forever.
 */
export function memoryRateLimitStore(options: MemoryRateLimitStoreOptions = {}): RateLimitStore & {
  /** Keys currently held, for tests and metrics. */
  size(): number;
} {
  const now = options.now ?? Date.now;
  const windows = new Map<string, { count: number; resetAt: number }>();
  let nextSweepAt = 0;

  function sweep(at: number, windowMs: number) {
    if (at < nextSweepAt) return;
    for (const [key, entry] of windows) {
      if (entry.resetAt <= at) windows.delete(key);
    }
    nextSweepAt = at + windowMs;
  }

  return {
    async hit(key, windowMs) {
      const at = now();
      sweep(at, windowMs);
      let entry = windows.get(key);
      if (entry === undefined || entry.resetAt <= at) {
        entry = { count: 0, resetAt: at + windowMs };
        windows.set(key, entry);
      }
      entry.count += 1;
      return { count: entry.count, resetAt: entry.resetAt };
    },
    size: () => windows.size,
  };
}

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
