import type { HeldLock } from './customer-lock';
import type { RedisEvalClient } from './redis-eval-client';
import { HOLDS_SCRIPT, RENEW_SCRIPT } from './redis-lock-scripts';
import { runScript } from './redis-scripts';

/** One grant of {@link redisCustomerLock}: `holder` keeps `value` ("<token>:<waiter id>") while it lasts. */
export interface RedisGrant {
  holder: string;
  value: string;
  token: number;
  leaseMs: number;
}

/**
 * The grant as the handler uses it; `handBack` frees it and hands it to the next in line.
 * Every `stillHeld()` asks Redis: an answer remembered from a moment ago could miss a lock
 * taken over since (a lease shorter than that moment, a Redis restart or failover), so the
 * check would no longer stand between a lost lock and the provider (docs/server.md "Fencing").
 */
export function redisHeldLock(
  client: RedisEvalClient,
  { holder, value, token, leaseMs }: RedisGrant,
  handBack: () => Promise<void>,
): HeldLock {
  return {
    token,
    stillHeld: async () => (await runScript(client, HOLDS_SCRIPT, [holder], [value])) === 1,
    renew: async () => (await runScript(client, RENEW_SCRIPT, [holder], [value, leaseMs])) === 1,
    release: handBack,
  };
}
