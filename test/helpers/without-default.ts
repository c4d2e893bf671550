import type { CardProvider, MemoryProvider } from '../../src/server/index';

/** The memory sandbox without its own default: a provider like Juspay, Eximpe or Adyen. */
export function withoutDefault(sandbox: MemoryProvider): CardProvider {
  return {
    listCards: (customerId, ctx) =>
      sandbox
        .listCards(customerId, ctx)
        .then((cards) => cards.map(({ isDefault: _none, ...rest }) => rest)),
    deleteCard: (customerId, target, ctx) => sandbox.deleteCard(customerId, target, ctx),
  };
}
