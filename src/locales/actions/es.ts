import type { WalletActionMessages } from '../../core/action-messages';
import { pluralsFor } from '../../core/plural';

const es = pluralsFor('es');

/**
 * Spanish, neutral for Spain and Latin America, "tú" as most banks' apps now write. The strings of
 * the wallet's actions (`saved-card-kit/wallet`): cards the bank updated, duplicates, adding a
 * card, the default card. Pass them with the list's set: `messages={{ ...esMessages,
 * ...esActionMessages }}`.
 */
export const esActionMessages: WalletActionMessages = {
  updatedByBank: 'Actualizada por tu banco',
  savedTwice: 'Guardada dos veces',
  possiblySavedTwice: 'Quizá guardada dos veces',
  removeDuplicates: es({
    one: 'Eliminar {count} tarjeta duplicada',
    many: 'Eliminar {count} de tarjetas duplicadas',
    other: 'Eliminar {count} tarjetas duplicadas',
  }),
  removeDuplicatesTitle: es({
    one: '¿Eliminar {count} tarjeta duplicada?',
    many: '¿Eliminar {count} de tarjetas duplicadas?',
    other: '¿Eliminar {count} tarjetas duplicadas?',
  }),
  duplicatesKept: 'Se conserva una copia de cada tarjeta.',
  addCard: 'Añadir una tarjeta',
  cardAdded: (cardName) => `${cardName} añadida`,
  makeDefault: 'Hacer predeterminada',
  makeDefaultButton: (cardName) => `Hacer predeterminada: ${cardName}`,
  defaultSet: (cardName) => `${cardName} es ahora tu tarjeta predeterminada`,
  defaultFailed: 'No pudimos cambiar tu tarjeta predeterminada.',
};
