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
