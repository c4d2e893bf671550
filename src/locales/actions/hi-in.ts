import type { WalletActionMessages } from '../../core/action-messages';
import { hiSame as same } from '../plural-forms';

/**
 * Hindi (India), polite "आप" register. The strings of the wallet's actions
 * (`saved-card-kit/wallet`): cards the bank updated, duplicates, adding a card, the default card.
 * Pass them with the list's set: `messages={{ ...hiINMessages, ...hiINActionMessages }}`.
 */
export const hiINActionMessages: WalletActionMessages = {
  updatedByBank: 'आपके बैंक ने अपडेट किया',
  savedTwice: 'दो बार सहेजा गया',
  possiblySavedTwice: 'शायद दो बार सहेजा गया',
  removeDuplicates: same('{count} डुप्लिकेट कार्ड हटाएँ'),
  removeDuplicatesTitle: same('क्या आप {count} डुप्लिकेट कार्ड हटाना चाहते हैं?'),
  duplicatesKept: 'हर कार्ड की एक प्रति सहेजी रहेगी।',
  addCard: 'कार्ड जोड़ें',
  cardAdded: (cardName) => `${cardName} जोड़ा गया`,
  makeDefault: 'डिफ़ॉल्ट बनाएँ',
  makeDefaultButton: (cardName) => `${cardName} को डिफ़ॉल्ट बनाएँ`,
  defaultSet: (cardName) => `${cardName} अब आपका डिफ़ॉल्ट कार्ड है`,
  defaultFailed: 'हम आपका डिफ़ॉल्ट कार्ड नहीं बदल सके।',
};
