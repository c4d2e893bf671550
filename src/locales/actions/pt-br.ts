import type { WalletActionMessages } from '../../core/action-messages';
import { pluralsFor } from '../../core/plural';

const pt = pluralsFor('pt-BR');

/**
 * Portuguese (Brazil), "você" as Brazilian banks' apps write. The strings of the wallet's actions
 * (`saved-card-kit/wallet`): cards the bank updated, duplicates, adding a card, the default card.
 * Pass them with the list's set: `messages={{ ...ptBRMessages, ...ptBRActionMessages }}`.
 */
export const ptBRActionMessages: WalletActionMessages = {
  updatedByBank: 'Atualizado pelo seu banco',
  savedTwice: 'Salvo duas vezes',
  possiblySavedTwice: 'Talvez salvo duas vezes',
  removeDuplicates: pt({
    one: 'Remover {count} cartão duplicado',
    many: 'Remover {count} de cartões duplicados',
    other: 'Remover {count} cartões duplicados',
  }),
  removeDuplicatesTitle: pt({
    one: 'Remover {count} cartão duplicado?',
    many: 'Remover {count} de cartões duplicados?',
    other: 'Remover {count} cartões duplicados?',
  }),
  duplicatesKept: 'Uma cópia de cada cartão continua salva.',
  addCard: 'Adicionar cartão',
  cardAdded: (cardName) => `${cardName} adicionado`,
  makeDefault: 'Tornar principal',
  makeDefaultButton: (cardName) => `Tornar principal: ${cardName}`,
  defaultSet: (cardName) => `${cardName} agora é seu cartão principal`,
  defaultFailed: 'Não foi possível trocar seu cartão principal.',
};
