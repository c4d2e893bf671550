import type { Budget } from './budget';
import { startBudget } from './budget';
import { isOutcomeUnknown, OutcomeUnknownError } from './delete-outcome';
import { isProviderError, WalletHttpError } from './errors';
import type { HandlerConfig } from './options';
import type { DeleteResult, ProviderCallContext, ProviderCard } from './provider';
import { toPublicCard } from './public-card';

/**
 * Deletes `id` if, and only if, it is in the customer's fresh list (DESIGN §6 ownership), all
 * within one budget: once it runs out the adapter is aborted and nothing more is sent.
 */
export async function removeOwnedCard(
  config: HandlerConfig,
  customerId: string,
  id: string,
  requestId: string,
): Promise<DeleteResult> {
  const budget = startBudget(config.providerTimeoutMs);
  try {
    const ctx: ProviderCallContext = {
      signal: budget.signal,
      deadline: budget.deadline,
      requestId,
    };
    // A foreign id answers exactly like an unknown one, so ids cannot be probed.
    const cards = await budget.run(config.provider.listCards(customerId, ctx));
    const card = cards.find((candidate) => candidate.id === id);
    if (card === undefined) throw new WalletHttpError('card_not_found');

    if (config.canDelete !== undefined) {
      const allowed = await config.canDelete(toPublicCard(card) ?? { ...card }, customerId);
      if (allowed !== true) throw new WalletHttpError('card_in_use');
    }
    return await providerDelete(config, customerId, card, ctx, budget);
  } finally {
    // Answered: whatever the adapter still runs is aborted, so nothing happens after this.
    budget.end();
  }
}

/** The adapter's delete under the budget; a failure that leaves the card's fate open is flagged. */
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
    // Gone between our list and the delete: the shopper's intent is already fulfilled.
    if (isProviderError(error) && error.kind === 'not_found') return 'not_found';
    if (isOutcomeUnknown(error, budget.signal)) {
      throw new OutcomeUnknownError('delete outcome unknown', { cause: error });
    }
    throw error;
  }
}
