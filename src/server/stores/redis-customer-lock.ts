import type { CustomerLockStore } from './customer-lock';
import type { RedisEvalClient } from './redis-eval-client';

/** Options for {@link redisCustomerLock}. */
export interface RedisCustomerLockOptions {
  /** Prepended to every key; default `saved-card-kit:lock:`. */
  prefix?: string;
  /** Pause between tries while another instance holds the lock; default 25 ms (plus jitter). */
  retryDelayMs?: number;
}

/** Default key prefix of {@link redisCustomerLock}. */
export const DEFAULT_REDIS_LOCK_PREFIX = 'saved-card-kit:lock:';

// SET NX PX: take the lock only if free, with an expiry so a crashed holder cannot keep it.
// Run through EVAL so the store needs one command, the same as the Redis rate-limit store.
const ACQUIRE_SCRIPT = `return redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2])`;
// Delete only our own token: after an expiry the key may belong to another holder.
const RELEASE_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
`;

/**
 * A customer lock shared by every server instance on the same Redis (and prefix): SET NX PX
 * with a random token, retried until the handler's budget aborts, released by a Lua script
 * that deletes the key only if it still holds this token. Redis errors reject, so the
 * handler refuses the delete (502) rather than deleting unserialised.
 */
export function redisCustomerLock(
  client: RedisEvalClient,
  options: RedisCustomerLockOptions = {},
): CustomerLockStore {
  const prefix = options.prefix ?? DEFAULT_REDIS_LOCK_PREFIX;
  const retryDelayMs = options.retryDelayMs ?? 25;
  return {
    async acquire(key, { signal, ttlMs }) {
      const redisKey = `${prefix}${key}`;
      const token = crypto.randomUUID();
      // PX takes whole milliseconds and refuses 0.
      const px = Math.max(1, Math.ceil(ttlMs));
      for (;;) {
        if (signal.aborted) throw signal.reason;
        const reply = await client.eval(ACQUIRE_SCRIPT, 1, redisKey, token, px);
        if (reply === 'OK') {
          const release = async () => {
            await client.eval(RELEASE_SCRIPT, 1, redisKey, token);
          };
          // Taken just as the budget ran out: nobody will use it, so give it straight back.
          if (signal.aborted) {
            await release().catch(() => undefined);
            throw signal.reason;
          }
          return release;
        }
        if (reply !== null && reply !== undefined) {
          throw new TypeError('redisCustomerLock: unexpected reply from Redis');
        }
        // Jitter, so instances waiting on one customer do not retry in lockstep.
        await pause(retryDelayMs * (1 + Math.random()), signal);
      }
    },
  };
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
