import type { WalletActionMessages } from '../../core/action-messages';
import { pluralsFor } from '../../core/plural';

const bn = pluralsFor('bn');
// One form for every count: the noun does not change after a number.
const same = (text: string) => bn({ one: text, other: text });

/**
 * Bengali, the polite "আপনি" register. The strings of the wallet's actions
 * (`saved-card-kit/wallet`): cards the bank updated, duplicates, adding a card, the default card.
 * Pass them with the list's set: `messages={{ ...bnMessages, ...bnActionMessages }}`.
 */
export const bnActionMessages: WalletActionMessages = {
  updatedByBank: 'আপনার ব্যাংক আপডেট করেছে',
  savedTwice: 'দুবার সংরক্ষিত',
  possiblySavedTwice: 'সম্ভবত দুবার সংরক্ষিত',
  removeDuplicates: same('{count}টি ডুপ্লিকেট কার্ড সরান'),
  removeDuplicatesTitle: same('{count}টি ডুপ্লিকেট কার্ড সরাবেন?'),
  duplicatesKept: 'প্রতিটি কার্ডের একটি কপি সংরক্ষিত থাকবে।',
  addCard: 'কার্ড যোগ করুন',
  cardAdded: (cardName) => `${cardName} যোগ করা হয়েছে`,
  makeDefault: 'ডিফল্ট করুন',
  makeDefaultButton: (cardName) => `${cardName} ডিফল্ট করুন`,
  defaultSet: (cardName) => `${cardName} এখন আপনার ডিফল্ট কার্ড`,
  defaultFailed: 'আপনার ডিফল্ট কার্ড বদলানো যায়নি।',
};
