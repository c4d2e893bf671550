import { BRAND_NAMES } from '../core/brand-names';
import type { WalletMessages } from '../core/messages';
import { pluralsFor } from '../core/plural';

const mr = pluralsFor('mr');
const CARD = 'कार्ड';

/**
 * Marathi, the polite "तुम्ही" register. Pass with the locale:
 * `<WalletProvider locale="mr" messages={mrMessages}>`.
 */
export const mrMessages: WalletMessages = {
  // Devanagari digits (२ कार्ड): CLDR's default for `mr`, what a phone set to Marathi shows.
  // Last 4 and expiry stay Latin, as printed on the card.
  numberingSystem: 'deva',
  listHeading: 'सेव्ह केलेली कार्ड',
  // Brand names stay in Latin script, as printed on the card.
  brands: { ...BRAND_NAMES, unknown: CARD },
  // "4242 ने संपणारे Visa कार्ड"; an unknown brand is just "… संपणारे कार्ड".
  cardName: (brand, last4) =>
    `${last4} ने संपणारे ${brand.endsWith(CARD) ? brand : `${brand} ${CARD}`}`,
  expires: (expiry) => `${expiry} पर्यंत वैध`,
  expired: (expiry) => `${expiry} ला मुदत संपली`,
  defaultBadge: 'डीफॉल्ट',
  expiresSoon: 'लवकरच मुदत संपेल',
  lockReasons: {
    subscription: 'सबस्क्रिप्शनसाठी वापरले जात आहे',
    pending_payment: 'सुरू असलेल्या पेमेंटसाठी वापरले जात आहे',
    last_card: 'किमान एक कार्ड सेव्ह असणे आवश्यक आहे',
    other: 'आत्ता काढता येणार नाही',
  },
  remove: 'काढा',
  removeButton: (cardName) => `${cardName} काढा`,
  replace: 'बदला',
  replaceButton: (cardName) => `${cardName} बदला`,
  nextDefault: (cardName) => `${cardName} तुमचे डीफॉल्ट कार्ड होईल.`,
  confirmTitle: (cardName) => `${cardName} काढायचे?`,
  confirmDescription: 'हे पूर्ववत करता येणार नाही.',
  cancel: 'रद्द करा',
  confirm: 'कार्ड काढा',
  empty: 'सेव्ह केलेले कोणतेही कार्ड नाही',
  emptyDescription: 'पेमेंट करताना तुम्ही सेव्ह केलेली कार्ड येथे दिसतील.',
  loading: 'सेव्ह केलेली कार्ड लोड होत आहेत…',
  loadFailed: 'तुमची सेव्ह केलेली कार्ड लोड करता आली नाहीत.',
  retry: 'पुन्हा प्रयत्न करा',
  dismiss: 'बंद करा',
  notifications: 'सूचना',
  removed: (cardName) => `${cardName} काढले`,
  // "कार्ड" is neuter and the same in the plural; the participle agrees (काढले, काढली).
  removeExpired: mr({
    one: '{count} मुदत संपलेले कार्ड काढा',
    other: '{count} मुदत संपलेली कार्ड काढा',
  }),
  removeExpiredTitle: mr({
    one: '{count} मुदत संपलेले कार्ड काढायचे?',
    other: '{count} मुदत संपलेली कार्ड काढायची?',
  }),
  removeExpiredConfirm: 'कार्ड काढा',
  cardsRemoved: mr({ one: '{count} कार्ड काढले', other: '{count} कार्ड काढली' }),
  cardsFailed: mr({
    one: '{count} कार्ड काढता आले नाही.',
    other: '{count} कार्ड काढता आली नाहीत.',
  }),
  undoable: mr({
    one: 'तुम्ही {count} सेकंदात हे पूर्ववत करू शकता.',
    other: 'तुम्ही {count} सेकंदांत हे पूर्ववत करू शकता.',
  }),
  undo: 'पूर्ववत करा',
  restored: (cardName) => `${cardName} परत आले`,
  undoCountdown: mr({ one: '{count} सेकंद बाकी', other: '{count} सेकंद बाकी' }),
  rateLimited: mr({
    one: 'खूप प्रयत्न झाले. {count} सेकंदाने पुन्हा प्रयत्न करा.',
    other: 'खूप प्रयत्न झाले. {count} सेकंदांनी पुन्हा प्रयत्न करा.',
  }),
  errors: {
    unauthenticated: 'तुमचे सत्र संपले आहे. कार्ड व्यवस्थापित करण्यासाठी पुन्हा साइन इन करा.',
    forbidden: 'ही विनंती रोखली गेली.',
    card_not_found: 'हे कार्ड आधीच काढले आहे.',
    card_in_use: 'हे कार्ड सुरू असलेल्या पेमेंटसाठी वापरले जात आहे.',
    card_expired: 'या कार्डची मुदत संपली आहे, त्यामुळे ते डीफॉल्ट कार्ड करता येणार नाही.',
    invalid_request: 'काहीतरी चूक झाली. पुन्हा प्रयत्न करा.',
    provider_error: 'कार्ड काढता आले नाही.',
    network_error: 'तुम्ही ऑफलाइन आहात किंवा कनेक्शन अयशस्वी झाले.',
    invalid_response: 'काहीतरी चूक झाली.',
  },
};
