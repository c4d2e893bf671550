import type { SavedCard } from '../core/types';
import { callHook } from './hooks';
import type { WalletLogger } from './safe-logger';
import type { DefaultCardStore } from './stores/default-card-store';
import { MemoryDefaultCardStore } from './stores/memory-default-card-store';

/** What reaching the `defaultCardStore` needs: the store (null when the provider keeps the default) and its budget. */
export interface DefaultStoreAccess {
  defaultCards: DefaultCardStore | null;
  hookTimeoutMs: number;
}

/** The customer's stored default, within `hookTimeoutMs`; a failure rejects with a HookFailure. */
export function storedDefault(
  config: DefaultStoreAccess,
  customerId: string,
): Promise<string | null> {
  const store = config.defaultCards;
  if (store === null) return Promise.resolve(null);
  return callHook('defaultCardStore', config.hookTimeoutMs, () => store.get(customerId)).then(
    validDefault,
  );
}

/**
 * {@link storedDefault}, answered at once when there is nothing to wait for: no store, or the
 * kit's own in-memory one (every list and every delete reads the default).
 */
export function storedDefaultNow(
  config: DefaultStoreAccess,
  customerId: string,
): string | null | Promise<string | null> {
  const store = config.defaultCards;
  if (store === null) return null;
  if (store instanceof MemoryDefaultCardStore) return validDefault(store.getNow(customerId));
  return storedDefault(config, customerId);
}

const validDefault = (id: unknown): string | null =>
  typeof id === 'string' && id !== '' ? id : null;

/** Records `cardId` (null: none) as the customer's default, within `hookTimeoutMs`. */
export async function storeDefault(
  config: DefaultStoreAccess,
  customerId: string,
  cardId: string | null,
): Promise<void> {
  const store = config.defaultCards;
  if (store === null) return;
  await callHook('defaultCardStore', config.hookTimeoutMs, () => store.set(customerId, cardId));
}

/**
 * The cards with `isDefault` as the store says: true on the stored card, absent elsewhere. A
 * provider's own flag is not kept: with a store, the store alone decides. With nothing stored
 * the cards stay as listed.
 */
export function withStoredDefault(cards: SavedCard[], stored: string | null): SavedCard[] {
  if (stored === null) return cards;
  return cards.map((card) => {
    const { isDefault: _listed, ...rest } = card;
    return card.id === stored ? { ...rest, isDefault: true } : rest;
  });
}

/**
 * The list with the stored default merged in; a store that fails or runs out of time leaves
 * the list as listed (logged): a broken store must not blank the wallet. Answered at once
 * (not a promise) when the store answers at once.
 */
export function mergeStoredDefault(
  config: DefaultStoreAccess & { logger: Pick<WalletLogger, 'error'> },
  cards: SavedCard[],
  customerId: string,
  requestId: string,
): SavedCard[] | Promise<SavedCard[]> {
  const stored = storedDefaultNow(config, customerId);
  if (!(stored instanceof Promise)) return withStoredDefault(cards, stored);
  return stored.then(
    (id) => withStoredDefault(cards, id),
    () => {
      config.logger.error('saved-card-kit: defaultCardStore failed, list shown without a default', {
        requestId,
      });
      return cards;
    },
  );
}
