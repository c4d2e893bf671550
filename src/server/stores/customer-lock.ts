/** What the handler passes when it asks for a customer's lock. */
export interface CustomerLockRequest {
  /** The handler's budget: waiting stops (and `acquire` rejects) once it aborts. */
  signal: AbortSignal;
  /**
   * How long the lock lives without a `renew`; a holder that dies frees it after this. The
   * handler derives it from `providerTimeoutMs` and renews it while a provider call is alive.
   */
  leaseMs: number;
}

/**
 * One grant of a customer's lock (docs/server.md "customerLock"). The handler checks
 * `stillHeld()` before each call that changes the wallet (lists are reads) and makes none once
 * it answers false.
 */
export interface HeldLock {
  /** Fencing token: larger for every later grant of the same key, across store restarts too. */
  readonly token: number;
  /** True while this grant still holds the lock (not expired, not lost to a restart). */
  stillHeld(): Promise<boolean>;
  /** Extends the lease by `leaseMs` from now; false when the lock was already lost. */
  renew(): Promise<boolean>;
  /** Gives the lock back; never frees a lock granted to another holder since. */
  release(): Promise<void>;
}

/**
 * Serialises one customer's deletes (docs/server.md "customerLock"), first come first served,
 * so `keepAtLeast` and `lockReason` judge a list no other delete is changing, and short-lived
 * provider tokens (Juspay's) are not rotated by a parallel delete's list.
 */
export interface CustomerLockStore {
  /** Waits for `key`'s lock and takes it; rejects when `signal` aborts first or the store fails. */
  acquire(key: string, request: CustomerLockRequest): Promise<HeldLock>;
}
