import { isWalletError } from '../core/wallet-error';
import { broadcastRemoval } from './cross-tab';
import type { CommandKind } from './wallet-controller';
import { walletKeys } from './wallet-keys';

/** Removing a card (docs/removal-rules.md): the wallet controller's first kind of command. */
export const removal: CommandKind = {
  key: walletKeys.removeCard(),
  hides: true,
  // docs/removal-rules.md rule 10: a locked card's removal sends nothing.
  allowed: (card) => !card.locked,
  send: (client, card, keepalive) =>
    client.deleteCard(card.id, { keepalive }).catch((error: unknown) => {
      // docs/removal-rules.md rule 5: already gone counts as removed.
      if (!isWalletError(error) || error.code !== 'card_not_found') throw error;
    }),
  applied(queryClient, card) {
    // The card stayed in the cache while pending (hidden by `removing`), so a failure would
    // have put it back at its own index; on success it leaves the cache for good.
    queryClient.setQueryData<{ id: string }[]>(walletKeys.cards(), (cards) =>
      cards?.filter((c) => c.id !== card.id),
    );
    broadcastRemoval(card.id);
  },
};
