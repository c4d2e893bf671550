import type { WalletActionMessages } from '../../core/action-messages';
import { pluralsFor } from '../../core/plural';

const te = pluralsFor('te');

/**
 * Telugu, the polite "మీరు" register. The strings of the wallet's actions
 * (`saved-card-kit/wallet`): cards the bank updated, duplicates, adding a card, the default card.
 * Pass them with the list's set: `messages={{ ...teMessages, ...teActionMessages }}`.
 */
export const teActionMessages: WalletActionMessages = {
  updatedByBank: 'మీ బ్యాంక్ అప్‌డేట్ చేసింది',
  savedTwice: 'రెండుసార్లు సేవ్ అయింది',
  possiblySavedTwice: 'బహుశా రెండుసార్లు సేవ్ అయింది',
  removeDuplicates: te({
    one: 'నకిలీ {count} కార్డ్ తీసివేయి',
    other: 'నకిలీ {count} కార్డ్‌లు తీసివేయి',
  }),
  removeDuplicatesTitle: te({
    one: 'నకిలీ {count} కార్డ్ తీసివేయాలా?',
    other: 'నకిలీ {count} కార్డ్‌లు తీసివేయాలా?',
  }),
  duplicatesKept: 'ప్రతి కార్డ్‌లో ఒకటి సేవ్ చేసి ఉంటుంది.',
  addCard: 'కార్డ్ జోడించు',
  cardAdded: (cardName) => `${cardName} జోడించబడింది`,
  makeDefault: 'డిఫాల్ట్ చేయి',
  makeDefaultButton: (cardName) => `${cardName}ని డిఫాల్ట్ చేయి`,
  defaultSet: (cardName) => `${cardName} ఇప్పుడు మీ డిఫాల్ట్ కార్డ్`,
  defaultFailed: 'మీ డిఫాల్ట్ కార్డ్‌ను మార్చలేకపోయాం.',
};
