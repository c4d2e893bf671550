import type { WalletActionMessages } from '../../core/action-messages';
import { pluralsFor } from '../../core/plural';

const de = pluralsFor('de');

/**
 * German, "Sie" as banks' apps write. The strings of the wallet's actions
 * (`saved-card-kit/wallet`): cards the bank updated, duplicates, adding a card, the default card.
 * Pass them with the list's set: `messages={{ ...deMessages, ...deActionMessages }}`.
 */
export const deActionMessages: WalletActionMessages = {
  updatedByBank: 'Von Ihrer Bank aktualisiert',
  savedTwice: 'Doppelt gespeichert',
  possiblySavedTwice: 'Vielleicht doppelt gespeichert',
  removeDuplicates: de({
    one: '{count} doppelte Karte entfernen',
    other: '{count} doppelte Karten entfernen',
  }),
  removeDuplicatesTitle: de({
    one: '{count} doppelte Karte entfernen?',
    other: '{count} doppelte Karten entfernen?',
  }),
  duplicatesKept: 'Von jeder Karte bleibt eine gespeichert.',
  addCard: 'Karte hinzufügen',
  cardAdded: (cardName) => `${cardName} hinzugefügt`,
  makeDefault: 'Als Standard festlegen',
  makeDefaultButton: (cardName) => `${cardName} als Standard festlegen`,
  defaultSet: (cardName) => `${cardName} ist jetzt Ihre Standardkarte`,
  defaultFailed: 'Ihre Standardkarte konnte nicht geändert werden.',
};
