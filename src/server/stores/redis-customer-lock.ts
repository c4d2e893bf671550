import { durationOption } from '../option-rules';
import type { CustomerLockStore } from './customer-lock';
import { localWakeups } from './local-wakeups';
import type { RedisEvalClient } from './redis-eval-client';
import { waitInLine } from './redis-lock-line';

/** Options for {@link redisCustomerLock}. */
export interface RedisCustomerLockOptions {
  /** Prepended to every key; default `saved-card-kit:lock:`. */
  prefix?: string;
  /**
   * Pause between polls while waiting in line; default 25 ms, with jitter, twice that for
   * waiters far back. A release wakes the first waiter in the same process at once.
   */
  retryDelayMs?: number;
}

/** Default key prefix of {@link redisCustomerLock}. */
export const DEFAULT_REDIS_LOCK_PREFIX = 'saved-card-kit:lock:';

const OWNER = 'redisCustomerLock';
const DEFAULT_RETRY_DELAY_MS = 25;
// A waiter that has not polled for this long (its process died) loses its place in line.
const MIN_WAITER_MS = 2000;

/**
 * A customer lock shared by every server instance on the same Redis (and prefix): a ticket
 * queue served first come first served, one holder at a time under a lease, each grant with a
 * fencing token that only grows (docs/server.md "The customer lock"). Redis errors reject, so
 * the handler refuses the delete (502) rather than deleting unserialised. Needs only `EVAL`.
 */
export function redisCustomerLock(
  client: RedisEvalClient,
  options: RedisCustomerLockOptions = {},
): CustomerLockStore {
  const prefix = options.prefix ?? DEFAULT_REDIS_LOCK_PREFIX;
  const retryDelayMs = durationOption(
    OWNER,
    'retryDelayMs',
    options.retryDelayMs,
    DEFAULT_RETRY_DELAY_MS,
  );
  const waiterMs = Math.max(MIN_WAITER_MS, 20 * retryDelayMs);
  const wakeups = localWakeups();
  return {
    acquire: (key, { signal, leaseMs }) =>
      waitInLine({ client, prefix, key, signal, leaseMs, retryDelayMs, waiterMs, wakeups }),
  };
}
