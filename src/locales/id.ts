import { BRAND_NAMES } from '../core/brand-names';
import type { WalletMessages } from '../core/messages';
import { pluralsFor } from '../core/plural';

// Indonesian has one plural form: "2 kartu", never "kartu-kartu" after a number.
const id = pluralsFor('id');

/**
 * Indonesian, "Anda" as banks' apps write. Pass with the locale:
 * `<WalletProvider locale="id" messages={idMessages}>`.
 */
export const idMessages: WalletMessages = {
  numberingSystem: 'latn',
  listHeading: 'Kartu tersimpan',
  // Brand names stay as printed on the card.
  brands: { ...BRAND_NAMES, unknown: 'Kartu' },
  // "Visa berakhiran 4242".
  cardName: (brand, last4) => `${brand} berakhiran ${last4}`,
  expires: (expiry) => `Berlaku s.d. ${expiry}`,
  expired: (expiry) => `Kedaluwarsa ${expiry}`,
  defaultBadge: 'Utama',
  expiresSoon: 'Segera kedaluwarsa',
  lockReasons: {
    subscription: 'Dipakai untuk langganan',
    pending_payment: 'Dipakai untuk pembayaran yang sedang diproses',
    last_card: 'Simpan minimal satu kartu',
    other: 'Tidak bisa dihapus saat ini',
  },
  remove: 'Hapus',
  removeButton: (cardName) => `Hapus ${cardName}`,
  replace: 'Ganti',
  replaceButton: (cardName) => `Ganti ${cardName}`,
  nextDefault: (cardName) => `${cardName} akan menjadi kartu utama Anda.`,
  confirmTitle: (cardName) => `Hapus ${cardName}?`,
  confirmDescription: 'Tindakan ini tidak bisa dibatalkan.',
  cancel: 'Batal',
  confirm: 'Hapus kartu',
  empty: 'Belum ada kartu tersimpan',
  emptyDescription: 'Kartu yang Anda simpan saat membayar akan muncul di sini.',
  loading: 'Memuat kartu tersimpan…',
  loadFailed: 'Kartu tersimpan Anda gagal dimuat.',
  retry: 'Coba lagi',
  dismiss: 'Tutup',
  notifications: 'Notifikasi',
  removed: (cardName) => `${cardName} dihapus`,
  removeExpired: id({ other: 'Hapus {count} kartu kedaluwarsa' }),
  removeExpiredTitle: id({ other: 'Hapus {count} kartu kedaluwarsa?' }),
  removeExpiredConfirm: 'Hapus kartu',
  cardsRemoved: id({ other: '{count} kartu dihapus' }),
  cardsFailed: id({ other: '{count} kartu gagal dihapus.' }),
  undoable: id({ other: 'Anda bisa membatalkannya dalam {count} detik.' }),
  undo: 'Urungkan',
  restored: (cardName) => `${cardName} dipulihkan`,
  undoCountdown: id({ other: 'Sisa {count} dtk' }),
  rateLimited: id({ other: 'Terlalu banyak percobaan. Coba lagi dalam {count} detik.' }),
  errors: {
    unauthenticated: 'Sesi Anda berakhir. Masuk lagi untuk mengelola kartu Anda.',
    forbidden: 'Permintaan ini diblokir.',
    card_not_found: 'Kartu ini sudah dihapus.',
    card_in_use: 'Kartu ini sedang dipakai untuk pembayaran yang sedang diproses.',
    card_expired: 'Kartu ini sudah kedaluwarsa, jadi tidak bisa dijadikan kartu utama.',
    invalid_request: 'Terjadi kesalahan. Coba lagi.',
    provider_error: 'Kartu gagal dihapus.',
    network_error: 'Anda sedang offline atau koneksi gagal.',
    invalid_response: 'Terjadi kesalahan.',
  },
};
