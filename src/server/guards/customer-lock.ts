/** What the handler passes when it asks for a customer's lock. */
export interface CustomerLockRequest {
  /** The handler's budget: waiting stops (and `acquire` rejects) once it aborts. */
  signal: AbortSignal;
  /** The longest the lock may be held; a holder that dies frees it after this. */
  ttlMs: number;
}

/** Releases a held lock; never releases one taken over by another holder since. */
export type ReleaseLock = () => Promise<void>;

/**
 * Serialises one customer's deletes (docs/server.md `customerLock`), so `keepAtLeast` and
 * `lockReason` judge a list no other delete is changing, and short-lived provider tokens
 * (Juspay's) are not rotated by a parallel delete's list.
 */
export interface CustomerLockStore {
  /** Waits for `key`'s lock and takes it; rejects when `signal` aborts first or the store fails. */
  acquire(key: string, request: CustomerLockRequest): Promise<ReleaseLock>;
}

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
