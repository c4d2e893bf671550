import type { CustomerLockStore } from './customer-lock';

/**
 * The default: a queue per key in this process. Enough for one server instance; several
 * instances need a shared store such as {@link redisCustomerLock}.
 */
export function memoryCustomerLock(): CustomerLockStore {
  const tails = new Map<string, Promise<void>>();
  return {
    async acquire(key, { signal }) {
      const previous = tails.get(key) ?? Promise.resolve();
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      // The next in line waits for this holder, whether it ends up holding or gives up.
      const tail = previous.then(() => held);
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      try {
        await untilAborted(previous, signal);
      } catch (error) {
        void previous.then(release);
        throw error;
      }
      return async () => release();
    },
  };
}

function untilAborted(promise: Promise<void>, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    });
  });
}
