import type { WalletActionMessages } from '../../core/action-messages';
import { pluralsFor } from '../../core/plural';

const ta = pluralsFor('ta');
// The object of a verb takes the accusative: "… Visa கார்டை நீக்கு".
const object = (cardName: string) => cardName.replace(/கார்டு$/, 'கார்டை');

/**
 * Tamil, the polite register of Indian bank apps. The strings of the wallet's actions
 * (`saved-card-kit/wallet`): cards the bank updated, duplicates, adding a card, the default card.
 * Pass them with the list's set: `messages={{ ...taMessages, ...taActionMessages }}`.
 */
export const taActionMessages: WalletActionMessages = {
  updatedByBank: 'உங்கள் வங்கி புதுப்பித்தது',
  savedTwice: 'இருமுறை சேமிக்கப்பட்டது',
  possiblySavedTwice: 'இருமுறை சேமிக்கப்பட்டிருக்கலாம்',
  removeDuplicates: ta({
    one: 'நகலான {count} கார்டை நீக்கு',
    other: 'நகலான {count} கார்டுகளை நீக்கு',
  }),
  removeDuplicatesTitle: ta({
    one: 'நகலான {count} கார்டை நீக்கவா?',
    other: 'நகலான {count} கார்டுகளை நீக்கவா?',
  }),
  duplicatesKept: 'ஒவ்வொரு கார்டிலும் ஒன்று சேமிக்கப்பட்டே இருக்கும்.',
  addCard: 'கார்டைச் சேர்',
  cardAdded: (cardName) => `${cardName} சேர்க்கப்பட்டது`,
  makeDefault: 'இயல்புநிலையாக்கு',
  makeDefaultButton: (cardName) => `${object(cardName)} இயல்புநிலையாக்கு`,
  defaultSet: (cardName) => `${cardName} இப்போது உங்கள் இயல்புநிலை கார்டு`,
  defaultFailed: 'உங்கள் இயல்புநிலை கார்டை மாற்ற முடியவில்லை.',
};
