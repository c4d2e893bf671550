import type { SavedCard } from '../../src/index';
import { card } from '../../test/helpers/cards';

export const visa4242 = card({
  id: 'card_visa',
  brand: 'visa',
  last4: '4242',
  holderName: 'Asha Rao',
  isDefault: true,
});

export const mastercard4444 = card({
  id: 'card_mc',
  brand: 'mastercard',
  last4: '4444',
  expiryMonth: 3,
  expiryYear: 2029,
  nickname: 'Work card',
});

export const expiredRupay = card({
  id: 'card_rupay',
  brand: 'rupay',
  last4: '1234',
  expiryMonth: 7,
  expiryYear: 2024,
  expired: true,
  issuer: 'State Bank of India',
});

export const amex0005 = card({
  id: 'card_amex',
  brand: 'amex',
  last4: '0005',
  expiryMonth: 1,
  expiryYear: 2030,
});

/** Visa 4242 (default), Mastercard 4444 "Work card", RuPay 1234 (expired), Amex 0005. */
export const sampleCards: readonly SavedCard[] = [visa4242, mastercard4444, expiredRupay, amex0005];

/** Every card's name as the list shows it, in `sampleCards` order. */
export const SAMPLE_NAMES = [
  'Visa ending in 4242',
  'Mastercard ending in 4444',
  'RuPay ending in 1234',
  'American Express ending in 0005',
] as const;

const MANY_BRANDS = ['visa', 'mastercard', 'amex', 'rupay', 'maestro', 'discover'] as const;

/** Twelve cards with distinct last four digits, a few expired. */
export const manyCards: readonly SavedCard[] = Array.from({ length: 12 }, (_, i) =>
  card({
    id: `card_many_${i + 1}`,
    brand: MANY_BRANDS[i % MANY_BRANDS.length],
    last4: String(1001 + i * 111).slice(-4),
    expiryMonth: (i % 12) + 1,
    expiryYear: i % 5 === 4 ? 2023 : 2028 + (i % 4),
    expired: i % 5 === 4,
    isDefault: i === 0,
  }),
);

/** A nickname and a holder name far longer than a row is wide. */
export const longNamesCard = card({
  id: 'card_long',
  brand: 'mastercard',
  last4: '5100',
  nickname:
    'The card I use for the family groceries, the school fees and the electricity bill every month',
  holderName: 'Venkata Lakshmi Narasimha Subrahmanya Srinivasa Raghavendra Chakravarthy',
});

export const HOSTILE_NICKNAME = '<img src=x onerror=alert(1)>';

/** A shopper-chosen nickname holding markup: it must show as text, never run. */
export const hostileCard = card({
  id: 'card_hostile',
  brand: 'visa',
  last4: '1881',
  nickname: HOSTILE_NICKNAME,
  holderName: '<script>alert("holder")</script>',
});

/** Cards whose shopper text is Arabic, for the right-to-left stories. */
export const rtlCards: readonly SavedCard[] = [
  { ...visa4242, holderName: 'ليلى حداد' },
  { ...mastercard4444, nickname: 'بطاقة العمل' },
  expiredRupay,
];

/** One card of every brand, with the longest names and a long nickname and holder. */
export const everyBrandCards: readonly SavedCard[] = [
  { ...longNamesCard, id: 'card_long_mc', last4: '4444' },
  card({
    id: 'card_amex_all',
    brand: 'amex',
    last4: '0005',
    holderName: 'Asha Rao',
    isDefault: true,
  }),
  card({ id: 'card_rupay_all', brand: 'rupay', last4: '6011', nickname: "Mum's groceries" }),
  card({
    id: 'card_diners_all',
    brand: 'diners',
    last4: '3237',
    expiryMonth: 7,
    expiryYear: 2024,
    expired: true,
  }),
  card({ id: 'card_visa_all', brand: 'visa', last4: '4242', holderName: 'Ravi Menon' }),
  card({ id: 'card_maestro_all', brand: 'maestro', last4: '0604' }),
  card({ id: 'card_discover_all', brand: 'discover', last4: '1117' }),
  card({ id: 'card_jcb_all', brand: 'jcb', last4: '0000', nickname: 'Tokyo trip' }),
  card({ id: 'card_unionpay_all', brand: 'unionpay', last4: '0005', holderName: 'Li Wei' }),
  card({ id: 'card_unknown_all', brand: 'unknown', last4: '9999' }),
];
