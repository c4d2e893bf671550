import type { Budget } from './budget';
import { isBudgetAbort } from './budget';
import type { HandlerConfig } from './config';
import { isProviderError, ProviderError } from './errors';
import type { DeleteResult, ProviderCallContext, ProviderCard } from './providers/card-provider';

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
  config: HandlerConfig,
  customerId: string,
  card: ProviderCard,
  ctx: ProviderCallContext,
  budget: Budget,
): Promise<DeleteResult> {
  let target = card;
  for (let attempt = 1; ; attempt += 1) {
    if ((await providerDelete(config, customerId, target, ctx, budget)) === 'deleted') {
      return 'deleted';
    }
    const fresh = (await budget.run(config.provider.listCards(customerId, ctx))).find(
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
  config: HandlerConfig,
  customerId: string,
  card: ProviderCard,
  ctx: ProviderCallContext,
  budget: Budget,
): Promise<DeleteResult> {
  try {
    const result = await budget.run(config.provider.deleteCard(customerId, card, ctx));
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
  if (isBudgetAbort(error, budget)) return true;
  if (!isProviderError(error)) return true;
  const { kind, status } = error;
  return kind === 'timeout' || status === undefined || (status >= 200 && status < 300);
}
