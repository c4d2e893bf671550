import { markDefault } from '../core/mark-default';
import type { SavedCard } from '../core/types';
import type { DeletedCard } from '../core/wallet-client';
import { isWalletError } from '../core/wallet-error';
import { broadcastChange } from './cross-tab';
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
  applied(queryClient, card, answer) {
    // The card stayed in the cache while pending (hidden by `removing`), so a failure would
    // have put it back at its own index; on success it leaves the cache for good.
    queryClient.setQueryData<SavedCard[]>(walletKeys.cards(), (cards) => {
      const left = cards?.filter((c) => c.id !== card.id);
      // The default went: the badge moves to the card the server made the default (or none).
      const next = (answer as DeletedCard | undefined)?.defaultCardId;
      return next === undefined ? left : left && markDefault(left, next);
    });
    broadcastChange('card_removed', card.id);
  },
};
