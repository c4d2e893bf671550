import { durationOption } from '../option-rules';
import type { CustomerLockStore } from './customer-lock';
import type { RedisEvalClient } from './redis-eval-client';
import { lockLines } from './redis-lock-line';

/** Options for {@link redisCustomerLock}. */
export interface RedisCustomerLockOptions {
  /** Prepended to every key; default `saved-card-kit:lock:`. */
  prefix?: string;
  /**
   * Pause between polls of the first waiter of each key on this instance; default 10 ms, with
   * jitter, twice that when it is far back. A release on this instance hands the lock to its
   * next waiter at once; a poll is how a waiter learns of a release on another instance.
   */
  retryDelayMs?: number;
}

/** Default key prefix of {@link redisCustomerLock}. */
export const DEFAULT_REDIS_LOCK_PREFIX = 'saved-card-kit:lock:';

const OWNER = 'redisCustomerLock';
const DEFAULT_RETRY_DELAY_MS = 10;
// An instance that has not been heard from for this long (its process died) loses its
// waiters' places in line.
const MIN_WAITER_MS = 2000;

/**
 * A customer lock shared by every server instance on the same Redis (and prefix): a ticket
 * queue served first come first served across instances, one holder at a time under a lease,
 * each grant with a fencing token that only grows (docs/server.md "The customer lock"). Redis
 * errors reject, so the handler refuses the delete (502) rather than deleting unserialised.
 * Needs only `EVAL`.
 */
export function redisCustomerLock(
  client: RedisEvalClient,
  options: RedisCustomerLockOptions = {},
): CustomerLockStore {
  const retryDelayMs = durationOption(
    OWNER,
    'retryDelayMs',
    options.retryDelayMs,
    DEFAULT_RETRY_DELAY_MS,
  );
  return lockLines({
    client,
    prefix: options.prefix ?? DEFAULT_REDIS_LOCK_PREFIX,
    retryDelayMs,
    waiterMs: Math.max(MIN_WAITER_MS, 20 * retryDelayMs),
  });
}
