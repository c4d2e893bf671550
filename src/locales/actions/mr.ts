import type { WalletActionMessages } from '../../core/action-messages';
import { pluralsFor } from '../../core/plural';

const mr = pluralsFor('mr');

/**
 * Marathi, the polite "तुम्ही" register. The strings of the wallet's actions
 * (`saved-card-kit/wallet`): cards the bank updated, duplicates, adding a card, the default card.
 * Pass them with the list's set: `messages={{ ...mrMessages, ...mrActionMessages }}`.
 */
export const mrActionMessages: WalletActionMessages = {
  updatedByBank: 'तुमच्या बँकेने अपडेट केले',
  savedTwice: 'दोनदा जतन केले',
  possiblySavedTwice: 'कदाचित दोनदा जतन केले',
  removeDuplicates: mr({
    one: '{count} डुप्लिकेट कार्ड काढा',
    other: '{count} डुप्लिकेट कार्ड काढा',
  }),
  removeDuplicatesTitle: mr({
    one: '{count} डुप्लिकेट कार्ड काढायचे?',
    other: '{count} डुप्लिकेट कार्ड काढायची?',
  }),
  duplicatesKept: 'प्रत्येक कार्डची एक प्रत जतन राहील.',
  addCard: 'कार्ड जोडा',
  cardAdded: (cardName) => `${cardName} जोडले`,
  makeDefault: 'डीफॉल्ट करा',
  makeDefaultButton: (cardName) => `${cardName} डीफॉल्ट करा`,
  defaultSet: (cardName) => `${cardName} आता तुमचे डीफॉल्ट कार्ड आहे`,
  defaultFailed: 'तुमचे डीफॉल्ट कार्ड बदलता आले नाही.',
};
