import { startBudget } from './budget';
import { deleteConfirmed } from './delete-confirmed';
import { WalletHttpError } from './errors';
import type { HandlerConfig } from './options';
import type { DeleteResult, ProviderCallContext } from './provider';
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
    const ctx: ProviderCallContext = { signal: budget.signal, requestId };
    // A foreign id answers exactly like an unknown one, so ids cannot be probed.
    const cards = await budget.run(config.provider.listCards(customerId, ctx));
    const card = cards.find((candidate) => candidate.id === id);
    if (card === undefined) throw new WalletHttpError('card_not_found');

    if (config.canDelete !== undefined) {
      const allowed = await config.canDelete(toPublicCard(card) ?? { ...card }, customerId);
      if (allowed !== true) throw new WalletHttpError('card_in_use');
    }
    return await deleteConfirmed(config, customerId, card, ctx, budget);
  } finally {
    // Answered: whatever the adapter still runs is aborted, so nothing happens after this.
    budget.end();
  }
}
