import { stopOf, untilStopped } from '../until-aborted';
import type { CustomerLockStore, HeldLock } from './customer-lock';

/**
 * The default: a first-come-first-served queue per key in this process. Enough for one server
 * instance; several need a shared store such as {@link redisCustomerLock}. A grant has no
 * lease to run out (the process that holds it is the one that would die with it); the handler
 * bounds how long it holds one.
 */
export function memoryCustomerLock(): CustomerLockStore {
  const tails = new Map<string, Promise<void>>();
  let lastToken = 0;
  return {
    async acquire(key, request) {
      const previous = tails.get(key);
      let free!: () => void;
      const held = new Promise<void>((resolve) => {
        free = resolve;
      });
      // The next in line waits for this holder, whether it ends up holding or gives up.
      const tail = previous === undefined ? held : previous.then(() => held);
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      const stop = stopOf(request);
      if (previous === undefined) {
        // Free: taken at once, unless the budget is already spent.
        if (stop.stopped) {
          free();
          throw stop.reason;
        }
      } else {
        try {
          await untilStopped(previous, stop);
        } catch (error) {
          void previous.then(free);
          throw error;
        }
      }
      lastToken += 1;
      return grant(lastToken, free);
    },
  };
}

function grant(token: number, free: () => void): HeldLock {
  let released = false;
  return {
    token,
    stillHeld: async () => !released,
    renew: async () => !released,
    async release() {
      released = true;
      free();
    },
  };
}
