/** Query and mutation keys of the kit: one key for the list, so every view shares it. */
export const walletKeys = {
  all: ['saved-card-kit'] as const,
  cards: () => [...walletKeys.all, 'cards'] as const,
  removeCard: () => [...walletKeys.all, 'remove-card'] as const,
  setDefaultCard: () => [...walletKeys.all, 'set-default-card'] as const,
};
