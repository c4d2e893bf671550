import type { WalletActionMessages } from '../core/action-messages';
import { pluralsFor } from '../core/plural';

const en = pluralsFor('en');

/** English, the wallet actions' default; a locale's set replaces it whole. */
export const defaultActionMessages: WalletActionMessages = {
  updatedByBank: 'Updated by your bank',
  savedTwice: 'Saved twice',
  possiblySavedTwice: 'Possibly saved twice',
  removeDuplicates: en({
    one: 'Remove {count} duplicate card',
    other: 'Remove {count} duplicate cards',
  }),
  removeDuplicatesTitle: en({
    one: 'Remove {count} duplicate card?',
    other: 'Remove {count} duplicate cards?',
  }),
  duplicatesKept: 'One copy of each card stays saved.',
  addCard: 'Add a card',
  cardAdded: (cardName) => `${cardName} added`,
  makeDefault: 'Make default',
  makeDefaultButton: (cardName) => `Make default: ${cardName}`,
  defaultSet: (cardName) => `${cardName} is now your default card`,
  defaultFailed: "We couldn't change your default card.",
};
