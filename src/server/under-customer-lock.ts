import type { Budget } from './budget';
import { startBudget } from './budget';
import type { HandlerConfig } from './config';
import { callHook } from './hooks';
import type { ProviderCallContext } from './providers/card-provider';
import type { ReleaseLock } from './stores/customer-lock';

/** What the work done in a customer's turn gets: the adapter's context and the budget. */
export interface CustomerTurn {
  ctx: ProviderCallContext;
  budget: Budget;
}

// The lock outlives the budget by this much at most, so a holder that dies frees it soon.
const LOCK_MARGIN_MS = 1000;
const UNBOUNDED_LOCK_MS = 60_000;

/**
 * Runs `work` holding the customer's lock, so the list it judges is one no parallel delete is
 * changing. One budget bounds it all, waiting for the lock included: once it runs out (or the
 * work ends) the adapter is aborted and nothing more is sent.
 */
export async function underCustomerLock<T>(
  config: HandlerConfig,
  customerId: string,
  requestId: string,
  work: (turn: CustomerTurn) => Promise<T>,
): Promise<T> {
  const budget = startBudget(config.providerTimeoutMs);
  let release: ReleaseLock | undefined;
  try {
    release = await takeLock(config, customerId, budget);
    return await work({
      ctx: { signal: budget.signal, deadline: budget.deadline, requestId },
      budget,
    });
  } finally {
    // Answered: whatever the adapter still runs is aborted, so nothing happens after this.
    budget.end();
    if (release !== undefined) await releaseLock(config, release, requestId);
  }
}

async function takeLock(config: HandlerConfig, customerId: string, budget: Budget) {
  const ttlMs = Number.isFinite(config.providerTimeoutMs)
    ? config.providerTimeoutMs + LOCK_MARGIN_MS
    : UNBOUNDED_LOCK_MS;
  const pending = config.customerLock.acquire(`card.delete:${customerId}`, {
    signal: budget.signal,
    ttlMs,
  });
  try {
    return await budget.run(pending);
  } catch (error) {
    // A store that ignored the signal may still hand the lock over later: give it back then.
    pending.then(
      (late) => late().catch(() => undefined),
      () => undefined,
    );
    throw error;
  }
}

async function releaseLock(config: HandlerConfig, release: ReleaseLock, requestId: string) {
  try {
    await callHook('customerLock.release', config.hookTimeoutMs, release);
  } catch {
    // The answer stands; the lock frees itself when its time-to-live runs out.
    config.logger.error('saved-card-kit: customer lock release failed', { requestId });
  }
}
