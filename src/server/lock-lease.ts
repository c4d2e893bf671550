import { callHook } from './hooks';
import { MAX_TIMER_MS } from './option-rules';
import type { HeldLock } from './stores/customer-lock';

// The lease covers the whole budget and then some, so even a renewal that never lands leaves
// the lock alive until the answer; renewals every third keep it alive beyond (docs/server.md).
const LEASE_MARGIN_MS = 1000;
// An adapter that ignores the abort gets this long at least after the budget to settle.
const MIN_GRACE_MS = 1000;

/** How long a grant lives without renewal: `providerTimeoutMs` + 1 s. */
export function leaseFor(providerTimeoutMs: number): number {
  return providerTimeoutMs + LEASE_MARGIN_MS;
}

/**
 * The longest a turn holds the lock, from the request's start: its budget, then as long again
 * (at least 1 s) for provider calls still running after the answer, e.g. an SDK's own retry.
 * Past it the lock is given back even though a call has not settled.
 */
export function holdLimitFor(providerTimeoutMs: number): number {
  return providerTimeoutMs + Math.max(providerTimeoutMs, MIN_GRACE_MS);
}

/**
 * Renews `held` every third of `leaseMs` until the returned function is called. A renewal
 * that fails or runs out of `hookTimeoutMs` is tried again at the next tick; one that finds
 * the lock lost stops, and the next `stillHeld()` check refuses the next provider call.
 */
export function keepRenewed(held: HeldLock, leaseMs: number, hookTimeoutMs: number): () => void {
  const every = Math.min(Math.max(1, Math.floor(leaseMs / 3)), MAX_TIMER_MS);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const tick = async () => {
    const kept = await callHook('customerLock', hookTimeoutMs, () => held.renew()).catch(
      () => true,
    );
    if (!stopped && kept) timer = setTimeout(tick, every);
  };
  timer = setTimeout(tick, every);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
