import type { RateLimitStore } from './rate-limit-store';
import type { RedisEvalClient } from './redis-eval-client';
import { redisScript, runScript } from './redis-scripts';

/** Options for {@link redisRateLimitStore}. */
export interface RedisRateLimitStoreOptions {
  /** Prepended to every key, so the kit's counters share a Redis safely; default `saved-card-kit:rl:`. */
  prefix?: string;
  /** Clock in epoch milliseconds for `resetAt`; tests inject one. */
  now?: () => number;
}

/** Default key prefix of {@link redisRateLimitStore}. */
export const DEFAULT_REDIS_RATE_LIMIT_PREFIX = 'saved-card-kit:rl:';

// One script, so the count and its expiry change together: separate INCR and PEXPIRE calls
// could leave a counter that never expires if the process died between them. A key found
// without expiry (PTTL -1: written by someone else, or PERSISTed) gets one again, else it
// would rate-limit its customer forever.
const HIT_SCRIPT = redisScript(`
local count = redis.call('INCR', KEYS[1])
if count == 1 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}
`);

/**
 * A fixed-window counter in Redis, shared by every server instance that uses the same Redis
 * and prefix. Redis errors propagate, so the handler refuses the delete (502) rather than
 * deleting unlimited. Give the client a `commandTimeout` (ioredis): the handler waits on it.
 */
export function redisRateLimitStore(
  client: RedisEvalClient,
  options: RedisRateLimitStoreOptions = {},
): RateLimitStore {
  const prefix = options.prefix ?? DEFAULT_REDIS_RATE_LIMIT_PREFIX;
  const now = options.now ?? Date.now;
  return {
    async hit(key, windowMs) {
      // PEXPIRE takes whole milliseconds and refuses 0.
      const ttlMs = Math.max(1, Math.ceil(windowMs));
      const reply = await runScript(client, HIT_SCRIPT, [`${prefix}${key}`], [ttlMs]);
      const [count, ttl] = parseReply(reply);
      return { count, resetAt: now() + ttl };
    },
  };
}

function parseReply(reply: unknown): [number, number] {
  if (Array.isArray(reply) && reply.length === 2) {
    const [count, ttl] = reply.map(Number);
    if (Number.isSafeInteger(count) && Number.isSafeInteger(ttl)) {
      return [count as number, Math.max(0, ttl as number)];
    }
  }
  throw new TypeError('redisRateLimitStore: unexpected reply from Redis');
}
