import type { Budget } from './budget';
import { startBudget } from './budget';
import type { HandlerConfig } from './config';
import type { TurnProvider } from './fenced-provider';
import { fencedProvider } from './fenced-provider';
import { callHook } from './hooks';
import type { InFlightCalls } from './in-flight-calls';
import { inFlightCalls } from './in-flight-calls';
import { holdLimitFor, keepRenewed, leaseFor } from './lock-lease';
import { MAX_TIMER_MS } from './option-rules';
import type { ProviderCallContext } from './providers/card-provider';
import type { HeldLock } from './stores/customer-lock';
import { LocalGrant, MemoryCustomerLock } from './stores/memory-customer-lock';
import { withBudgetSignal } from './until-aborted';

/** What the work done in a customer's turn gets: the adapter's context, the budget, the adapter. */
export interface CustomerTurn {
  ctx: ProviderCallContext;
  budget: Budget;
  /** Every provider call of the turn goes through it: fenced by the lock, tracked until settled. */
  provider: TurnProvider;
}

/**
 * Runs `work` holding the customer's lock, so the list it judges is one no parallel delete is
 * changing. One budget bounds the work, waiting for the lock included: once it runs out the
 * adapter is aborted and the request answered. The lock is given back only once every provider
 * call of the turn has settled, so the next delete never judges a list a call still changes;
 * an adapter that ignores the abort is waited for up to the hold limit (docs/server.md).
 */
export async function underCustomerLock<T>(
  config: HandlerConfig,
  customerId: string,
  requestId: string,
  work: (turn: CustomerTurn) => Promise<T>,
): Promise<T> {
  const budget = startBudget(config.providerTimeoutMs, config.budgetClock);
  const holdUntil = Date.now() + holdLimitFor(config.providerTimeoutMs);
  const leaseMs = leaseFor(config.providerTimeoutMs);
  const calls = inFlightCalls();
  let held: HeldLock | undefined;
  let stopRenewing = () => {};
  try {
    held = takeIfFree(config, customerId) ?? (await takeLock(config, customerId, budget, leaseMs));
    // The in-process lock has no lease to renew.
    if (!(held instanceof LocalGrant)) {
      stopRenewing = keepRenewed(held, leaseMs, config.hookTimeoutMs);
    }
    const { hookTimeoutMs } = config;
    return await work({
      // Read only if the adapter asks: the budget builds its signal on demand.
      ctx: withBudgetSignal({ deadline: budget.deadline, requestId }, budget),
      budget,
      provider: fencedProvider(config.provider, held, calls, { budget, hookTimeoutMs }),
    });
  } finally {
    // Answered: whatever the adapter still runs is aborted, and no further call is made.
    budget.end();
    if (held instanceof LocalGrant && calls.pending() === 0) {
      // Nothing left at the provider, and a grant given back at once: free before answering.
      held.releaseNow();
    } else if (held !== undefined) {
      const idle = calls.pending() === 0;
      const handedBack = handBack(config, held, calls, { holdUntil, requestId, stopRenewing });
      // Nothing left at the provider: free the lock before answering, so a shopper's next
      // delete finds it free. Otherwise the answer goes now and the lock follows.
      if (idle) await handedBack;
    }
  }
}

// The kit's own store hands a free key over at once: no request to build, no wait to bound.
function takeIfFree(config: HandlerConfig, customerId: string): LocalGrant | undefined {
  const store = config.customerLock;
  return store instanceof MemoryCustomerLock ? store.takeIfFree(lockKey(customerId)) : undefined;
}

const lockKey = (customerId: string) => `card.delete:${customerId}`;

async function takeLock(
  config: HandlerConfig,
  customerId: string,
  budget: Budget,
  leaseMs: number,
): Promise<HeldLock> {
  // The signal is built only if the store asks for it; the kit's own store waits on the budget.
  const request = withBudgetSignal({ leaseMs }, budget);
  const pending = config.customerLock.acquire(lockKey(customerId), request);
  try {
    return await budget.run(pending);
  } catch (error) {
    // A store that ignored the signal may still hand the lock over later: give it back then.
    pending.then(
      (late) => late.release().catch(() => undefined),
      () => undefined,
    );
    throw error;
  }
}

/** Waits for the turn's calls (up to the hold limit), then gives the lock back. Never rejects. */
async function handBack(
  config: HandlerConfig,
  held: HeldLock,
  calls: InFlightCalls,
  turn: { holdUntil: number; requestId: string; stopRenewing: () => void },
): Promise<void> {
  if (calls.pending() > 0 && !(await settledBy(calls.settled(), turn.holdUntil))) {
    config.logger.error(
      'saved-card-kit: a provider call ignored abort; customer lock released at its hold limit',
      { requestId: turn.requestId, holdLimitMs: holdLimitFor(config.providerTimeoutMs) },
    );
  }
  turn.stopRenewing();
  try {
    await callHook('customerLock.release', config.hookTimeoutMs, () => held.release());
  } catch {
    // The answer stands; the lock frees itself when its lease runs out.
    config.logger.error('saved-card-kit: customer lock release failed', {
      requestId: turn.requestId,
    });
  }
}

/** True when `settled` resolves before `Date.now()` reaches `at`. */
function settledBy(settled: Promise<void>, at: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(
      () => resolve(false),
      Math.min(Math.max(0, at - Date.now()), MAX_TIMER_MS),
    );
    void settled.then(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}
