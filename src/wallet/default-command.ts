import { markDefault } from '../core/mark-default';
import type { SavedCard } from '../core/types';
import { broadcastChange } from '../query/cross-tab';
import type { CommandKind } from '../query/wallet-controller';
import { walletKeys } from '../query/wallet-keys';

/**
 * Making a card the default (docs/removal-rules.md "The default card"): the wallet controller's
 * second kind of command. The card shows as the default while the PUT is in flight (the state's
 * `defaultId`); the cache changes only once the server agreed, so a failure moves the badge back.
 */
export const settingDefault: CommandKind = {
  key: walletKeys.setDefaultCard(),
  hides: false,
  makesDefault: true,
  // The server refuses an expired card (409 card_expired); a locked one is never offered, as the
  // next-default rule (src/core/next-default.ts) passes it over too.
  allowed: (card) => !card.isDefault && !card.expired && !card.locked,
  send: (client, card) =>
    client.setDefaultCard
      ? client.setDefaultCard(card.id)
      : Promise.reject(new TypeError('This WalletClient has no setDefaultCard')),
  applied(queryClient, card) {
    // Only the badge: the list in the answer may predate a removal settled meanwhile; the one
    // refetch after the last command brings the rest (docs/removal-rules.md rule 3).
    queryClient.setQueryData<SavedCard[]>(
      walletKeys.cards(),
      (cards) => cards && markDefault(cards, card.id),
    );
    broadcastChange('card_default_set', card.id);
  },
};
