import type { WalletActionMessages } from '../../core/action-messages';
import { arForms as forms } from '../plural-forms';

/**
 * Arabic, Modern Standard, as Gulf and Egyptian bank apps write it. The strings of the wallet's
 * actions (`saved-card-kit/wallet`): cards the bank updated, duplicates, adding a card, the default
 * card. Pass them with the list's set: `messages={{ ...arMessages, ...arActionMessages }}`.
 */
export const arActionMessages: WalletActionMessages = {
  updatedByBank: 'حدّثها بنكك',
  savedTwice: 'محفوظة مرتين',
  possiblySavedTwice: 'ربما محفوظة مرتين',
  removeDuplicates: forms(
    'إزالة بطاقة واحدة مكررة',
    'إزالة بطاقتين مكررتين',
    'إزالة {count} بطاقات مكررة',
    'إزالة {count} بطاقة مكررة',
  ),
  removeDuplicatesTitle: forms(
    'إزالة بطاقة واحدة مكررة؟',
    'إزالة بطاقتين مكررتين؟',
    'إزالة {count} بطاقات مكررة؟',
    'إزالة {count} بطاقة مكررة؟',
  ),
  duplicatesKept: 'تبقى نسخة واحدة من كل بطاقة محفوظة.',
  addCard: 'إضافة بطاقة',
  cardAdded: (cardName) => `تمت إضافة ${cardName}`,
  makeDefault: 'تعيين كافتراضية',
  makeDefaultButton: (cardName) => `تعيين كافتراضية: ${cardName}`,
  defaultSet: (cardName) => `أصبحت ${cardName} بطاقتك الافتراضية`,
  defaultFailed: 'تعذّر تغيير بطاقتك الافتراضية.',
};
