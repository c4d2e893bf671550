import { BRAND_NAMES } from '../core/brand-names';
import type { WalletMessages } from '../core/messages';
import { arForms as forms } from './plural-forms';

const CARD = 'بطاقة';

/**
 * Arabic, Modern Standard, as Gulf and Egyptian bank apps write it. Pass with the locale:
 * `<WalletProvider locale="ar" messages={arMessages}>` and `dir="rtl"` on the page.
 */
export const arMessages: WalletMessages = {
  // Latin digits: CLDR's default for `ar` (Gulf banks show them), and the card's own digits
  // sit beside every count. A host whose shoppers read Arabic-Indic digits passes
  // `locale="ar-EG-u-nu-arab"`.
  numberingSystem: 'latn',
  listHeading: 'البطاقات المحفوظة',
  // Brand names stay in Latin script, as printed on the card.
  brands: { ...BRAND_NAMES, unknown: CARD },
  // "بطاقة Visa تنتهي بـ 4242"; an unknown brand is just "بطاقة تنتهي بـ 4242".
  cardName: (brand, last4) =>
    `${brand.startsWith(CARD) ? brand : `${CARD} ${brand}`} تنتهي بـ ${last4}`,
  expires: (expiry) => `صالحة حتى ${expiry}`,
  expired: (expiry) => `انتهت صلاحيتها ${expiry}`,
  defaultBadge: 'الافتراضية',
  expiresSoon: 'تنتهي صلاحيتها قريبًا',
  lockReasons: {
    subscription: 'مستخدمة في اشتراك',
    pending_payment: 'مستخدمة في دفعة قيد التنفيذ',
    last_card: 'احتفظ ببطاقة واحدة على الأقل',
    other: 'لا يمكن إزالتها الآن',
  },
  remove: 'إزالة',
  removeButton: (cardName) => `إزالة ${cardName}`,
  replace: 'استبدال',
  replaceButton: (cardName) => `استبدال ${cardName}`,
  nextDefault: (cardName) => `ستصبح ${cardName} بطاقتك الافتراضية.`,
  confirmTitle: (cardName) => `إزالة ${cardName}؟`,
  confirmDescription: 'لا يمكن التراجع عن ذلك.',
  cancel: 'إلغاء',
  confirm: 'إزالة البطاقة',
  empty: 'لا توجد بطاقات محفوظة',
  emptyDescription: 'ستظهر هنا البطاقات التي تحفظها عند الدفع.',
  loading: 'جارٍ تحميل البطاقات المحفوظة…',
  loadFailed: 'تعذّر تحميل بطاقاتك المحفوظة.',
  retry: 'أعد المحاولة',
  dismiss: 'إغلاق',
  notifications: 'الإشعارات',
  removed: (cardName) => `تمت إزالة ${cardName}`,
  // Six forms: one and two say the number in the noun (بطاقة واحدة، بطاقتين), 3–10 take the
  // plural (بطاقات), 11 and up the singular (بطاقة).
  removeExpired: forms(
    'إزالة بطاقة واحدة منتهية الصلاحية',
    'إزالة بطاقتين منتهيتي الصلاحية',
    'إزالة {count} بطاقات منتهية الصلاحية',
    'إزالة {count} بطاقة منتهية الصلاحية',
  ),
  removeExpiredTitle: forms(
    'إزالة بطاقة واحدة منتهية الصلاحية؟',
    'إزالة بطاقتين منتهيتي الصلاحية؟',
    'إزالة {count} بطاقات منتهية الصلاحية؟',
    'إزالة {count} بطاقة منتهية الصلاحية؟',
  ),
  removeExpiredConfirm: 'إزالة البطاقات',
  cardsRemoved: forms(
    'تمت إزالة بطاقة واحدة',
    'تمت إزالة بطاقتين',
    'تمت إزالة {count} بطاقات',
    'تمت إزالة {count} بطاقة',
  ),
  cardsFailed: forms(
    'تعذّرت إزالة بطاقة واحدة.',
    'تعذّرت إزالة بطاقتين.',
    'تعذّرت إزالة {count} بطاقات.',
    'تعذّرت إزالة {count} بطاقة.',
  ),
  undoable: forms(
    'يمكنك التراجع خلال ثانية واحدة.',
    'يمكنك التراجع خلال ثانيتين.',
    'يمكنك التراجع خلال {count} ثوانٍ.',
    'يمكنك التراجع خلال {count} ثانية.',
  ),
  undo: 'تراجع',
  restored: (cardName) => `تمت استعادة ${cardName}`,
  undoCountdown: forms('بقيت ثانية', 'بقيت ثانيتان', 'بقي {count} ث', 'بقي {count} ث'),
  rateLimited: forms(
    'محاولات كثيرة. أعد المحاولة بعد ثانية واحدة.',
    'محاولات كثيرة. أعد المحاولة بعد ثانيتين.',
    'محاولات كثيرة. أعد المحاولة بعد {count} ثوانٍ.',
    'محاولات كثيرة. أعد المحاولة بعد {count} ثانية.',
  ),
  errors: {
    unauthenticated: 'انتهت جلستك. سجّل الدخول مرة أخرى لإدارة بطاقاتك.',
    forbidden: 'تم حظر هذا الطلب.',
    card_not_found: 'تمت إزالة هذه البطاقة من قبل.',
    card_in_use: 'هذه البطاقة مستخدمة في دفعة قيد التنفيذ.',
    card_expired: 'انتهت صلاحية هذه البطاقة، فلا يمكن جعلها بطاقتك الافتراضية.',
    invalid_request: 'حدث خطأ ما. أعد المحاولة.',
    provider_error: 'تعذّرت إزالة البطاقة.',
    network_error: 'أنت غير متصل أو تعذّر الاتصال.',
    invalid_response: 'حدث خطأ ما.',
  },
};
