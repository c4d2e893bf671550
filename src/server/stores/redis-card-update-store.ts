import type { CardUpdate } from '../../core/types';
import { functionOption } from '../option-rules';
import type { CardUpdateStore, UpdateEntry } from './card-update-store';
import { entriesOf, toCardUpdate, ttlOption } from './card-update-store';
import type { RedisEvalClient } from './redis-eval-client';
import { redisScript, runScript } from './redis-scripts';

/** Options for {@link redisCardUpdateStore}. */
export interface RedisCardUpdateStoreOptions {
  /** Prepended to every key; default `saved-card-kit:cu:`. */
  prefix?: string;
  /** How long an update is shown and an event id remembered; default 30 days. */
  ttlMs?: number;
  /** Clock in epoch milliseconds; tests inject one. */
  now?: () => number;
}

/** Default key prefix of {@link redisCardUpdateStore}. */
export const DEFAULT_REDIS_CARD_UPDATE_PREFIX = 'saved-card-kit:cu:';

const OWNER = 'redisCardUpdateStore';

// One script, so the event id and the update it brings are written together: a process that
// died between two commands could otherwise leave an event marked seen and its update lost.
// The hash of a customer's updates lives as long as its newest entry is shown; entries are
// `{entry}:{cardId}` → epoch ms, and an older event never overwrites a newer change.
const RECORD_SCRIPT = redisScript(`
if not redis.call('SET', KEYS[1], '1', 'NX', 'PX', ARGV[1]) then return 0 end
local at = tonumber(ARGV[2])
local keep = at + tonumber(ARGV[1]) - tonumber(ARGV[3])
if keep <= 0 then return 1 end
for i = 4, #ARGV do
  local old = tonumber(redis.call('HGET', KEYS[2], ARGV[i]) or '-1')
  if old == nil or old < at then redis.call('HSET', KEYS[2], ARGV[i], ARGV[2]) end
end
if redis.call('PTTL', KEYS[2]) < keep then redis.call('PEXPIRE', KEYS[2], keep) end
return 1
`);

const READ_SCRIPT = redisScript(`return redis.call('HGETALL', KEYS[1])`);

/**
 * Card updates in Redis, shared by every instance that uses the same Redis and prefix: the
 * webhook may land on one and the list on another. Each key expires on its own (30 days by
 * default). A customer's keys share a hash tag, so one script's keys sit in one Cluster slot.
 * Redis errors propagate: the webhook answers 500 so the provider delivers the event again.
 */
export function redisCardUpdateStore(
  client: RedisEvalClient,
  options: RedisCardUpdateStoreOptions = {},
): CardUpdateStore {
  functionOption(OWNER, 'now', options.now);
  const prefix = options.prefix ?? DEFAULT_REDIS_CARD_UPDATE_PREFIX;
  const ttlMs = ttlOption(OWNER, options.ttlMs);
  const now = options.now ?? Date.now;
  const customerKey = (customerId: string) => `${prefix}{${customerId}}:u`;
  return {
    async record(update) {
      const seenKey = `${prefix}{${update.customerId}}:e:${update.provider}:${update.eventId}`;
      const entries = entriesOf(update).map((entry) => `${entry}:${update.cardId}`);
      const reply = await runScript(
        client,
        RECORD_SCRIPT,
        [seenKey, customerKey(update.customerId)],
        [ttlMs, Math.round(update.at), now(), ...entries],
      );
      if (reply !== 0 && reply !== 1) {
        throw new TypeError('redisCardUpdateStore: unexpected reply from Redis');
      }
      return reply === 1 ? 'recorded' : 'replay';
    },
    async updatesFor(customerId) {
      const reply = await runScript(client, READ_SCRIPT, [customerKey(customerId)], []);
      if (!Array.isArray(reply)) {
        throw new TypeError('redisCardUpdateStore: unexpected reply from Redis');
      }
      const cards = new Map<string, Map<UpdateEntry, number>>();
      for (let i = 0; i + 1 < reply.length; i += 2) {
        const name = String(reply[i]);
        const split = name.indexOf(':');
        const entry = name.slice(0, split) as UpdateEntry;
        const when = Number(reply[i + 1]);
        if (split < 1 || !['expiry', 'number', 'card'].includes(entry) || !Number.isFinite(when)) {
          continue;
        }
        const card = name.slice(split + 1);
        let entries = cards.get(card);
        if (entries === undefined) {
          entries = new Map();
          cards.set(card, entries);
        }
        entries.set(entry, when);
      }
      const since = now() - ttlMs + 1;
      const out = new Map<string, CardUpdate>();
      for (const [card, entries] of cards) {
        const update = toCardUpdate(entries, since);
        if (update !== null) out.set(card, update);
      }
      return out;
    },
  };
}
