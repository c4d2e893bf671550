import { BRAND_NAMES } from '../core/brand-names';
import type { WalletMessages } from '../core/messages';
import { pluralsFor } from '../core/plural';

const ta = pluralsFor('ta');
const CARD = 'கார்டு';
// The object of a verb takes the accusative: "… Visa கார்டை நீக்கு".
const object = (cardName: string) => cardName.replace(/கார்டு$/, 'கார்டை');

/**
 * Tamil, the polite register of Indian bank apps. Pass with the locale:
 * `<WalletProvider locale="ta" messages={taMessages}>`.
 */
export const taMessages: WalletMessages = {
  // CLDR's default for `ta`; Tamil bank and UPI apps show Latin digits.
  numberingSystem: 'latn',
  listHeading: 'சேமித்த கார்டுகள்',
  // Brand names stay in Latin script, as printed on the card.
  brands: { ...BRAND_NAMES, unknown: CARD },
  // "4242 இல் முடியும் Visa கார்டு"; an unknown brand is just "… முடியும் கார்டு".
  cardName: (brand, last4) =>
    `${last4} இல் முடியும் ${brand.endsWith(CARD) ? brand : `${brand} ${CARD}`}`,
  expires: (expiry) => `${expiry} வரை செல்லும்`,
  expired: (expiry) => `${expiry} இல் காலாவதியானது`,
  defaultBadge: 'இயல்புநிலை',
  expiresSoon: 'விரைவில் காலாவதியாகும்',
  lockReasons: {
    subscription: 'சந்தாவுக்குப் பயன்படுகிறது',
    pending_payment: 'நடப்பு கட்டணத்துக்குப் பயன்படுகிறது',
    last_card: 'குறைந்தது ஒரு கார்டு தேவை',
    other: 'இப்போது நீக்க முடியாது',
  },
  remove: 'நீக்கு',
  removeButton: (cardName) => `${object(cardName)} நீக்கு`,
  replace: 'மாற்று',
  replaceButton: (cardName) => `${object(cardName)} மாற்று`,
  nextDefault: (cardName) => `${cardName} உங்கள் இயல்புநிலை கார்டாக மாறும்.`,
  confirmTitle: (cardName) => `${object(cardName)} நீக்கவா?`,
  confirmDescription: 'இதைத் திரும்பப் பெற முடியாது.',
  cancel: 'ரத்துசெய்',
  confirm: 'கார்டை நீக்கு',
  empty: 'சேமித்த கார்டுகள் இல்லை',
  emptyDescription: 'பணம் செலுத்தும்போது சேமிக்கும் கார்டுகள் இங்கே தோன்றும்.',
  loading: 'சேமித்த கார்டுகள் ஏற்றப்படுகின்றன…',
  loadFailed: 'உங்கள் சேமித்த கார்டுகளை ஏற்ற முடியவில்லை.',
  retry: 'மீண்டும் முயல்க',
  dismiss: 'மூடு',
  notifications: 'அறிவிப்புகள்',
  removed: (cardName) => `${cardName} நீக்கப்பட்டது`,
  removeExpired: ta({
    one: 'காலாவதியான {count} கார்டை நீக்கு',
    other: 'காலாவதியான {count} கார்டுகளை நீக்கு',
  }),
  removeExpiredTitle: ta({
    one: 'காலாவதியான {count} கார்டை நீக்கவா?',
    other: 'காலாவதியான {count} கார்டுகளை நீக்கவா?',
  }),
  removeExpiredConfirm: 'கார்டுகளை நீக்கு',
  cardsRemoved: ta({ one: '{count} கார்டு நீக்கப்பட்டது', other: '{count} கார்டுகள் நீக்கப்பட்டன' }),
  cardsFailed: ta({
    one: '{count} கார்டை நீக்க முடியவில்லை.',
    other: '{count} கார்டுகளை நீக்க முடியவில்லை.',
  }),
  undoable: ta({
    one: '{count} வினாடிக்குள் இதைச் செயல்தவிர்க்கலாம்.',
    other: '{count} வினாடிகளுக்குள் இதைச் செயல்தவிர்க்கலாம்.',
  }),
  undo: 'செயல்தவிர்',
  restored: (cardName) => `${cardName} மீண்டும் சேர்க்கப்பட்டது`,
  undoCountdown: ta({ one: '{count} வினாடி உள்ளது', other: '{count} வினாடிகள் உள்ளன' }),
  rateLimited: ta({
    one: 'அதிக முயற்சிகள். {count} வினாடியில் மீண்டும் முயல்க.',
    other: 'அதிக முயற்சிகள். {count} வினாடிகளில் மீண்டும் முயல்க.',
  }),
  errors: {
    unauthenticated: 'உங்கள் அமர்வு முடிந்தது. கார்டுகளை நிர்வகிக்க மீண்டும் உள்நுழைக.',
    forbidden: 'இந்தக் கோரிக்கை தடுக்கப்பட்டது.',
    card_not_found: 'இந்த கார்டு ஏற்கெனவே நீக்கப்பட்டது.',
    card_in_use: 'இந்த கார்டு நடப்பு கட்டணத்துக்குப் பயன்படுகிறது.',
    card_expired: 'இந்த கார்டு காலாவதியானது, எனவே இதை இயல்புநிலை கார்டாக அமைக்க முடியாது.',
    invalid_request: 'ஏதோ தவறு நடந்தது. மீண்டும் முயல்க.',
    provider_error: 'கார்டை நீக்க முடியவில்லை.',
    network_error: 'இணைய இணைப்பு இல்லை அல்லது தோல்வியடைந்தது.',
    invalid_response: 'ஏதோ தவறு நடந்தது.',
  },
};
