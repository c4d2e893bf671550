import type { DefaultCardStore } from './default-card-store';
import type { RedisEvalClient } from './redis-eval-client';
import { redisScript, runScript } from './redis-scripts';

/** Options for {@link redisDefaultCardStore}. */
export interface RedisDefaultCardStoreOptions {
  /** Prepended to every key, so the kit's keys share a Redis safely; default `saved-card-kit:default:`. */
  prefix?: string;
}

/** Default key prefix of {@link redisDefaultCardStore}. */
export const DEFAULT_REDIS_DEFAULT_CARD_PREFIX = 'saved-card-kit:default:';

// Scripts, not plain GET/SET: the stores take one client shape (`eval`), an ioredis `Redis`
// or `Cluster` as it is. One key per customer, so a cluster never needs a cross-slot call.
const GET_SCRIPT = redisScript(`return redis.call('GET', KEYS[1])`);
const SET_SCRIPT = redisScript(`
if ARGV[1] == '' then
  redis.call('DEL', KEYS[1])
else
  redis.call('SET', KEYS[1], ARGV[1])
end
return 1
`);

/**
 * Each customer's default card in Redis, shared by every server instance that uses the same
 * Redis and prefix: a choice made through one instance shows in every list. Redis errors
 * propagate, so the handler answers 502 rather than show or set a default it cannot read.
 * Give the client a `commandTimeout` (ioredis): the handler waits on it.
 */
export function redisDefaultCardStore(
  client: RedisEvalClient,
  options: RedisDefaultCardStoreOptions = {},
): DefaultCardStore {
  const prefix = options.prefix ?? DEFAULT_REDIS_DEFAULT_CARD_PREFIX;
  return {
    async get(customerId) {
      const reply = await runScript(client, GET_SCRIPT, [`${prefix}${customerId}`], []);
      if (reply === null || reply === undefined) return null;
      if (typeof reply === 'string' && reply !== '') return reply;
      // A Buffer from a client set to return them.
      if (reply instanceof Uint8Array) return new TextDecoder().decode(reply) || null;
      throw new TypeError('redisDefaultCardStore: unexpected reply from Redis');
    },
    async set(customerId, cardId) {
      // Card ids are never empty (docs/http-contract.md §1): '' stands for "forget".
      await runScript(client, SET_SCRIPT, [`${prefix}${customerId}`], [cardId ?? '']);
    },
  };
}
