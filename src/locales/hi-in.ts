import { BRAND_NAMES } from '../core/brand-names';
import type { WalletMessages } from '../core/messages';
import { pluralsFor } from '../core/plural';
import { hiSame as same } from './plural-forms';

const hi = pluralsFor('hi');

/**
 * Hindi (India), polite "आप" register. Pass with the locale:
 * `<WalletProvider locale="hi-IN" messages={hiINMessages}>`. Typed as the full interface, so a
 * key added to `WalletMessages` and missing here fails to compile.
 */
export const hiINMessages: WalletMessages = {
  // CLDR's digits for Hindi, and what Indian bank and UPI apps show in Hindi.
  numberingSystem: 'latn',
  listHeading: 'सहेजे गए कार्ड',
  // Brand names stay in Latin script, as printed on the card and in Indian checkouts.
  brands: { ...BRAND_NAMES, unknown: 'कार्ड' },
  // "4242 पर समाप्त होने वाला Visa कार्ड"; an unknown brand is just "… वाला कार्ड".
  cardName: (brand, last4) =>
    `${last4} पर समाप्त होने वाला ${brand.endsWith('कार्ड') ? brand : `${brand} कार्ड`}`,
  expires: (expiry) => `${expiry} तक मान्य`,
  expired: (expiry) => `${expiry} में समाप्त हो चुका है`,
  defaultBadge: 'डिफ़ॉल्ट',
  expiresSoon: 'जल्द समाप्त होगा',
  lockReasons: {
    subscription: 'एक सब्सक्रिप्शन के लिए इस्तेमाल हो रहा है',
    pending_payment: 'चल रहे एक भुगतान में इस्तेमाल हो रहा है',
    last_card: 'कम से कम एक कार्ड सहेजा रहना चाहिए',
    other: 'अभी हटाया नहीं जा सकता',
  },
  remove: 'हटाएँ',
  removeButton: (cardName) => `${cardName} हटाएँ`,
  replace: 'बदलें',
  replaceButton: (cardName) => `${cardName} बदलें`,
  nextDefault: (cardName) => `${cardName} आपका डिफ़ॉल्ट कार्ड बन जाएगा।`,
  confirmTitle: (cardName) => `क्या आप ${cardName} हटाना चाहते हैं?`,
  confirmDescription: 'यह वापस नहीं किया जा सकता।',
  cancel: 'रद्द करें',
  confirm: 'कार्ड हटाएँ',
  empty: 'कोई सहेजा गया कार्ड नहीं है',
  emptyDescription: 'चेकआउट पर आप जो कार्ड सहेजेंगे, वे यहाँ दिखाई देंगे।',
  loading: 'सहेजे गए कार्ड लोड हो रहे हैं…',
  loadFailed: 'हम आपके सहेजे गए कार्ड लोड नहीं कर सके।',
  retry: 'फिर से कोशिश करें',
  dismiss: 'बंद करें',
  notifications: 'सूचनाएँ',
  removed: (cardName) => `${cardName} हटा दिया गया`,
  // "कार्ड" and "सेकंड" read the same in the singular and the plural; the verb agrees.
  removeExpired: same('{count} समाप्त कार्ड हटाएँ'),
  removeExpiredTitle: same('क्या आप {count} समाप्त कार्ड हटाना चाहते हैं?'),
  removeExpiredConfirm: 'कार्ड हटाएँ',
  cardsRemoved: hi({ one: '{count} कार्ड हटा दिया गया', other: '{count} कार्ड हटा दिए गए' }),
  cardsFailed: hi({ one: '{count} कार्ड हटाया नहीं जा सका।', other: '{count} कार्ड हटाए नहीं जा सके।' }),
  undoable: same('आप {count} सेकंड तक इसे पूर्ववत कर सकते हैं।'),
  undo: 'पूर्ववत करें',
  restored: (cardName) => `${cardName} वापस आ गया`,
  undoCountdown: same('{count} सेकंड बाकी'),
  rateLimited: same('बहुत अधिक प्रयास हुए। {count} सेकंड बाद फिर से कोशिश करें।'),
  errors: {
    unauthenticated: 'आपका सत्र समाप्त हो गया है। अपने कार्ड प्रबंधित करने के लिए फिर से साइन इन करें।',
    forbidden: 'यह अनुरोध रोक दिया गया।',
    card_not_found: 'यह कार्ड पहले ही हटाया जा चुका है।',
    card_in_use: 'यह कार्ड अभी चल रहे एक भुगतान में इस्तेमाल हो रहा है।',
    card_expired: 'इस कार्ड की मियाद खत्म हो चुकी है, इसलिए इसे डिफ़ॉल्ट कार्ड नहीं बनाया जा सकता।',
    invalid_request: 'कुछ गलत हो गया। फिर से कोशिश करें।',
    provider_error: 'हम कार्ड नहीं हटा सके।',
    network_error: 'आप ऑफ़लाइन हैं या कनेक्शन विफल हो गया।',
    invalid_response: 'कुछ गलत हो गया।',
  },
};
