import type { Budget } from './budget';
import { startBudget } from './budget';
import type { HandlerConfig } from './config';
import { deleteConfirmed } from './delete-confirmed';
import { WalletHttpError } from './errors';
import type { ReleaseLock } from './guards/customer-lock';
import { lockReasonFor } from './guards/lock-reason';
import { toPublicCard } from './guards/public-card';
import { callHook } from './hooks';
import type { DeleteResult, ProviderCallContext } from './providers/card-provider';

// The lock outlives the budget by this much at most, so a holder that dies frees it soon.
const LOCK_MARGIN_MS = 1000;
const UNBOUNDED_LOCK_MS = 60_000;

/**
 * Deletes `id` if, and only if, it is in the customer's fresh list (DESIGN §6 ownership) and
 * nothing locks it. One budget bounds it all, waiting for the customer's lock included: once
 * it runs out the adapter is aborted and nothing more is sent. Holding the customer's lock,
 * `lockReason` and `keepAtLeast` judge a list no parallel delete is changing.
 */
export async function removeOwnedCard(
  config: HandlerConfig,
  customerId: string,
  id: string,
  requestId: string,
): Promise<DeleteResult> {
  const budget = startBudget(config.providerTimeoutMs);
  let release: ReleaseLock | undefined;
  try {
    release = await takeLock(config, customerId, budget);
    const ctx: ProviderCallContext = {
      signal: budget.signal,
      deadline: budget.deadline,
      requestId,
    };
    // Only cards the browser could see count: a foreign, unknown or unshowable id answers
    // the same 404, so ids cannot be probed.
    const cards = (await budget.run(config.provider.listCards(customerId, ctx))).filter(
      (candidate) => toPublicCard(candidate) !== null,
    );
    const card = cards.find((candidate) => candidate.id === id);
    const visible = card === undefined ? null : toPublicCard(card);
    if (card === undefined || visible === null) throw new WalletHttpError('card_not_found');

    const reason = await budget.run(
      lockReasonFor(config, { card: visible, customerId, count: cards.length, requestId }),
    );
    if (reason !== null) throw new WalletHttpError('card_in_use', undefined, { reason });
    return await deleteConfirmed(config, customerId, card, ctx, budget);
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
