import type { HeldLock } from './customer-lock';
import type { RedisEvalClient } from './redis-eval-client';
import { HOLDS_SCRIPT, RELEASE_SCRIPT, RENEW_SCRIPT } from './redis-lock-scripts';

/** One grant of {@link redisCustomerLock}: `holder` keeps `value` ("<token>:<waiter id>") while it lasts. */
export interface RedisGrant {
  holder: string;
  value: string;
  token: number;
  leaseMs: number;
}

/** The grant as the handler uses it; `onRelease` tells this process's waiters to look again. */
export function redisHeldLock(
  client: RedisEvalClient,
  { holder, value, token, leaseMs }: RedisGrant,
  onRelease: () => void,
): HeldLock {
  return {
    token,
    stillHeld: async () => (await client.eval(HOLDS_SCRIPT, 1, holder, value)) === 1,
    renew: async () => (await client.eval(RENEW_SCRIPT, 1, holder, value, leaseMs)) === 1,
    async release() {
      try {
        await client.eval(RELEASE_SCRIPT, 1, holder, value);
      } finally {
        onRelease();
      }
    },
  };
}
