import type { WalletActionMessages } from '../../core/action-messages';
import { pluralsFor } from '../../core/plural';

// Indonesian has one plural form: "2 kartu", never "kartu-kartu" after a number.
const id = pluralsFor('id');

/**
 * Indonesian, "Anda" as banks' apps write. The strings of the wallet's actions
 * (`saved-card-kit/wallet`): cards the bank updated, duplicates, adding a card, the default card.
 * Pass them with the list's set: `messages={{ ...idMessages, ...idActionMessages }}`.
 */
export const idActionMessages: WalletActionMessages = {
  updatedByBank: 'Diperbarui oleh bank Anda',
  savedTwice: 'Tersimpan dua kali',
  possiblySavedTwice: 'Mungkin tersimpan dua kali',
  removeDuplicates: id({ other: 'Hapus {count} kartu duplikat' }),
  removeDuplicatesTitle: id({ other: 'Hapus {count} kartu duplikat?' }),
  duplicatesKept: 'Satu salinan tiap kartu tetap tersimpan.',
  addCard: 'Tambah kartu',
  cardAdded: (cardName) => `${cardName} ditambahkan`,
  makeDefault: 'Jadikan utama',
  makeDefaultButton: (cardName) => `Jadikan utama: ${cardName}`,
  defaultSet: (cardName) => `${cardName} sekarang kartu utama Anda`,
  defaultFailed: 'Kartu utama Anda gagal diganti.',
};
