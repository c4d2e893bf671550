import type { WalletActionMessages } from '../../core/action-messages';
import { pluralsFor } from '../../core/plural';

const fr = pluralsFor('fr');
// French sets a no-break space before "?" so the mark never wraps onto a line of its own.
const ASK = '\u00a0?';

/**
 * French, "vous" as banks' apps write. The strings of the wallet's actions
 * (`saved-card-kit/wallet`): cards the bank updated, duplicates, adding a card, the default card.
 * Pass them with the list's set: `messages={{ ...frMessages, ...frActionMessages }}`.
 */
export const frActionMessages: WalletActionMessages = {
  updatedByBank: 'Mise à jour par votre banque',
  savedTwice: 'Enregistrée deux fois',
  possiblySavedTwice: 'Peut-être enregistrée deux fois',
  removeDuplicates: fr({
    one: 'Supprimer {count} carte en double',
    many: 'Supprimer {count} de cartes en double',
    other: 'Supprimer {count} cartes en double',
  }),
  removeDuplicatesTitle: fr({
    one: `Supprimer {count} carte en double${ASK}`,
    many: `Supprimer {count} de cartes en double${ASK}`,
    other: `Supprimer {count} cartes en double${ASK}`,
  }),
  duplicatesKept: 'Un exemplaire de chaque carte reste enregistré.',
  addCard: 'Ajouter une carte',
  cardAdded: (cardName) => `${cardName} ajoutée`,
  makeDefault: 'Définir par défaut',
  makeDefaultButton: (cardName) => `Définir par défaut : ${cardName}`,
  defaultSet: (cardName) => `${cardName} est maintenant votre carte par défaut`,
  defaultFailed: 'Impossible de changer votre carte par défaut.',
};
