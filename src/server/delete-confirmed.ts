import { isBudgetAbort } from './budget';
import { isProviderError, ProviderError } from './errors';
import { HookFailure } from './hooks';
import type { DeleteResult, ProviderCard } from './providers/card-provider';
import type { CustomerTurn } from './under-customer-lock';

/** A provider delete that may or may not have happened; audited `unknown`, answered 502. */
export class OutcomeUnknownError extends Error {
  override readonly name = 'OutcomeUnknownError';
}

// One retry: a stale short-lived token (Juspay) deleted nothing, and the fresh list has a new one.
const ATTEMPTS = 2;

/**
 * The adapter's delete of `card`, and the truth behind a "not found" (docs/server.md): a provider's
 * not-found counts as already deleted only when a fresh list no longer holds the card. Still
 * listed means the answer deleted nothing (e.g. a token gone stale when another list rotated
 * it): the delete is tried once more with the card as the fresh list has it, then it is a
 * provider error. All within the request's budget.
 */
export async function deleteConfirmed(
  turn: CustomerTurn,
  customerId: string,
  card: ProviderCard,
): Promise<DeleteResult> {
  const { budget, ctx, provider } = turn;
  let target = card;
  for (let attempt = 1; ; attempt += 1) {
    if ((await providerDelete(turn, customerId, target)) === 'deleted') {
      return 'deleted';
    }
    const fresh = (await budget.run(provider.listCards(customerId, ctx))).find(
      (candidate) => candidate.id === card.id,
    );
    if (fresh === undefined) return 'not_found';
    if (attempt >= ATTEMPTS) {
      throw new ProviderError('unavailable', 'Provider said not found but still lists the card');
    }
    target = fresh;
  }
}

/** One `deleteCard` under the budget; a failure that leaves the card's fate open is flagged. */
async function providerDelete(
  { budget, ctx, provider }: CustomerTurn,
  customerId: string,
  card: ProviderCard,
): Promise<DeleteResult> {
  try {
    const result = await budget.run(provider.deleteCard(customerId, card, ctx));
    return result === 'deleted' ? 'deleted' : 'not_found';
  } catch (error) {
    if (isProviderError(error) && error.kind === 'not_found') return 'not_found';
    if (isOutcomeUnknown(error, budget.signal)) {
      throw new OutcomeUnknownError('delete outcome unknown', { cause: error });
    }
    throw error;
  }
}

/**
 * True when a failed `deleteCard` leaves us not knowing whether the card is gone: the budget
 * ran out, the call timed out or got no answer at all, the provider said 2xx in a shape we
 * cannot read (or about another card), or a foreign error says nothing. A provider that
 * answered with an error status refused the delete: that is a plain provider error.
 */
export function isOutcomeUnknown(error: unknown, budget: AbortSignal): boolean {
  // The lock's fencing check refused to make the call (or could not confirm it): nothing sent.
  if (error instanceof HookFailure) return false;
  if (isBudgetAbort(error, budget)) return true;
  if (!isProviderError(error)) return true;
  const { kind, status } = error;
  return kind === 'timeout' || status === undefined || (status >= 200 && status < 300);
}
