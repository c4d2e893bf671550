import { BRAND_NAMES } from '../core/brand-names';
import type { WalletMessages } from '../core/messages';
import { pluralsFor } from '../core/plural';

const bn = pluralsFor('bn');
// One form for every count: the noun does not change after a number.
const same = (text: string) => bn({ one: text, other: text });
const CARD = 'কার্ড';

/**
 * Bengali, the polite "আপনি" register. Pass with the locale:
 * `<WalletProvider locale="bn" messages={bnMessages}>`.
 */
export const bnMessages: WalletMessages = {
  // Bengali digits (২টি কার্ড): CLDR's default for `bn`, what a phone set to Bengali shows.
  // Last 4 and expiry stay Latin, as printed on the card.
  numberingSystem: 'beng',
  listHeading: 'সংরক্ষিত কার্ড',
  // Brand names stay in Latin script, as printed on the card.
  brands: { ...BRAND_NAMES, unknown: CARD },
  // "4242 দিয়ে শেষ হওয়া Visa কার্ড"; an unknown brand is just "… হওয়া কার্ড".
  cardName: (brand, last4) =>
    `${last4} দিয়ে শেষ হওয়া ${brand.endsWith(CARD) ? brand : `${brand} ${CARD}`}`,
  expires: (expiry) => `মেয়াদ ${expiry} পর্যন্ত`,
  expired: (expiry) => `মেয়াদ শেষ ${expiry}`,
  defaultBadge: 'ডিফল্ট',
  expiresSoon: 'শীঘ্রই মেয়াদ শেষ হবে',
  lockReasons: {
    subscription: 'একটি সাবস্ক্রিপশনে ব্যবহৃত হচ্ছে',
    pending_payment: 'চলমান একটি পেমেন্টে ব্যবহৃত হচ্ছে',
    last_card: 'অন্তত একটি কার্ড সংরক্ষিত রাখতে হবে',
    other: 'এখন সরানো যাবে না',
  },
  remove: 'সরান',
  removeButton: (cardName) => `${cardName} সরান`,
  replace: 'বদলান',
  replaceButton: (cardName) => `${cardName} বদলান`,
  nextDefault: (cardName) => `${cardName} আপনার ডিফল্ট কার্ড হবে।`,
  confirmTitle: (cardName) => `${cardName} সরাবেন?`,
  confirmDescription: 'এটি আর ফেরানো যাবে না।',
  cancel: 'বাতিল',
  confirm: 'কার্ড সরান',
  empty: 'কোনো সংরক্ষিত কার্ড নেই',
  emptyDescription: 'চেকআউটে যে কার্ড সংরক্ষণ করবেন, তা এখানে দেখা যাবে।',
  loading: 'সংরক্ষিত কার্ড লোড হচ্ছে…',
  loadFailed: 'আপনার সংরক্ষিত কার্ড লোড করা যায়নি।',
  retry: 'আবার চেষ্টা করুন',
  dismiss: 'বন্ধ করুন',
  notifications: 'বিজ্ঞপ্তি',
  removed: (cardName) => `${cardName} সরানো হয়েছে`,
  // A counted noun takes "টি" and no plural ending, so both forms read alike.
  removeExpired: same('{count}টি মেয়াদোত্তীর্ণ কার্ড সরান'),
  removeExpiredTitle: same('{count}টি মেয়াদোত্তীর্ণ কার্ড সরাবেন?'),
  removeExpiredConfirm: 'কার্ডগুলি সরান',
  cardsRemoved: same('{count}টি কার্ড সরানো হয়েছে'),
  cardsFailed: same('{count}টি কার্ড সরানো যায়নি।'),
  undoable: same('{count} সেকেন্ডের মধ্যে এটি ফেরাতে পারবেন।'),
  undo: 'ফেরান',
  restored: (cardName) => `${cardName} ফিরিয়ে আনা হয়েছে`,
  undoCountdown: same('{count} সেকেন্ড বাকি'),
  rateLimited: same('অনেকবার চেষ্টা হয়েছে। {count} সেকেন্ড পরে আবার চেষ্টা করুন।'),
  errors: {
    unauthenticated: 'আপনার সেশন শেষ হয়েছে। কার্ড পরিচালনা করতে আবার সাইন ইন করুন।',
    forbidden: 'এই অনুরোধটি আটকানো হয়েছে।',
    card_not_found: 'এই কার্ডটি আগেই সরানো হয়েছে।',
    card_in_use: 'এই কার্ডটি চলমান একটি পেমেন্টে ব্যবহৃত হচ্ছে।',
    card_expired: 'এই কার্ডের মেয়াদ শেষ, তাই এটিকে ডিফল্ট কার্ড করা যাবে না।',
    invalid_request: 'কিছু ভুল হয়েছে। আবার চেষ্টা করুন।',
    provider_error: 'কার্ডটি সরানো যায়নি।',
    network_error: 'আপনি অফলাইন, অথবা সংযোগ ব্যর্থ হয়েছে।',
    invalid_response: 'কিছু ভুল হয়েছে।',
  },
};
