import {
  type SavedCard,
  type WalletClient,
  WalletError,
  type WalletErrorCode,
} from '../../src/index';

/**
 * A `WalletClient` over an in-page array, for the reference pages: several stories render on one
 * docs page at once, so they cannot share the MSW backend. `failDeletes` fails every delete.
 */
export function memoryWalletClient(
  cards: readonly SavedCard[],
  options: { failDeletes?: WalletErrorCode; delayMs?: number } = {},
): WalletClient {
  let stored = [...cards];
  const wait = () => new Promise((resolve) => setTimeout(resolve, options.delayMs ?? 150));
  return {
    async listCards() {
      await wait();
      return [...stored];
    },
    async deleteCard(id) {
      await wait();
      if (options.failDeletes) throw new WalletError(options.failDeletes);
      stored = stored.filter((card) => card.id !== id);
    },
  };
}
