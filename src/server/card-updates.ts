import type { SavedCard } from '../core/types';
import type { HandlerConfig } from './config';
import { callHook, HookFailure } from './hooks';
import type { CardUpdateStore } from './stores/card-update-store';

/**
 * The list with `updated` on each card the bank changed recently (docs/http-contract.md §1),
 * read from the card-update store the webhook handler writes. Only a handler given a
 * `cardUpdateStore` calls it. A store that fails or runs out of `hookTimeoutMs` costs the
 * marks, never the list: the shopper still sees their cards, and the log says why.
 */
export async function withCardUpdates(
  store: CardUpdateStore,
  config: Pick<HandlerConfig, 'hookTimeoutMs' | 'logger'>,
  cards: SavedCard[],
  customerId: string,
  requestId: string,
): Promise<SavedCard[]> {
  if (cards.length === 0) return cards;
  let updates: ReadonlyMap<string, NonNullable<SavedCard['updated']>>;
  try {
    updates = await callHook('cardUpdateStore', config.hookTimeoutMs, () =>
      store.updatesFor(customerId),
    );
  } catch (error) {
    config.logger.error('saved-card-kit: card updates left out of the list', {
      requestId,
      operation: 'list',
      reason: error instanceof HookFailure ? error.reason : 'error',
    });
    return cards;
  }
  if (updates.size === 0) return cards;
  // New objects: a cached list is shared between requests and must stay as the provider gave it.
  return cards.map((card) => {
    const updated = updates.get(card.id);
    return updated === undefined ? card : { ...card, updated };
  });
}
