import type { CardBrand, SavedCard } from './types';

const BRAND_NAMES: Readonly<Record<CardBrand, string>> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  rupay: 'RuPay',
  maestro: 'Maestro',
  discover: 'Discover',
  diners: 'Diners Club',
  jcb: 'JCB',
  unionpay: 'UnionPay',
  unknown: 'Card',
};

/** The brand's display name: "Visa", "American Express", "Card" for unknown. */
export function brandName(brand: CardBrand): string {
  return BRAND_NAMES[brand];
}

/** "07/31": two-digit month and year, as printed on the card. */
export function formatExpiry(card: Pick<SavedCard, 'expiryMonth' | 'expiryYear'>): string {
  const month = String(card.expiryMonth).padStart(2, '0');
  const year = String(card.expiryYear % 100).padStart(2, '0');
  return `${month}/${year}`;
}
