import type { HeldLock } from './customer-lock';
import type { RedisEvalClient } from './redis-eval-client';
import { HOLDS_SCRIPT, RENEW_SCRIPT } from './redis-lock-scripts';

/** One grant of {@link redisCustomerLock}: `holder` keeps `value` ("<token>:<waiter id>") while it lasts. */
export interface RedisGrant {
  holder: string;
  value: string;
  token: number;
  leaseMs: number;
  /** `performance.now()` when the EVAL that granted it was sent: Redis held it for us then. */
  askedAt: number;
}

// A check this soon after Redis last said the lock is ours is answered from that: the lease
// cannot have run out since, and only a Redis restart or failover within these milliseconds
// could have lost it (docs/server.md "Fencing"). It spares a turn two round trips to Redis:
// the ownership list and the delete usually follow the grant within a millisecond.
export const CONFIRMED_FOR_MS = 5;

/** The grant as the handler uses it; `handBack` frees it and hands it to the next in line. */
export function redisHeldLock(
  client: RedisEvalClient,
  { holder, value, token, leaseMs, askedAt }: RedisGrant,
  handBack: () => Promise<void>,
): HeldLock {
  let confirmedAt = askedAt;
  const ask = async (script: string, ...args: Array<string | number>) => {
    const at = performance.now();
    const held = (await client.eval(script, 1, holder, value, ...args)) === 1;
    if (held) confirmedAt = Math.max(confirmedAt, at);
    else confirmedAt = Number.NEGATIVE_INFINITY;
    return held;
  };
  return {
    token,
    stillHeld: async () =>
      performance.now() - confirmedAt < CONFIRMED_FOR_MS || (await ask(HOLDS_SCRIPT)),
    renew: () => ask(RENEW_SCRIPT, leaseMs),
    release: async () => {
      confirmedAt = Number.NEGATIVE_INFINITY;
      await handBack();
    },
  };
}
