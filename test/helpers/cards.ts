import type { SavedCard } from '../../src/index';

/** One card with sensible defaults; tests and stories name only what they care about. */
export function card(overrides: Partial<SavedCard> & Pick<SavedCard, 'id'>): SavedCard {
  return {
    brand: 'visa',
    last4: '4242',
    expiryMonth: 7,
    expiryYear: 2031,
    expired: false,
    ...overrides,
  };
}

/** Four cards with distinct names: Visa 4242, Mastercard 4444, RuPay 1234 (expired), Amex 0005. */
export function sampleCards(): SavedCard[] {
  return [
    card({
      id: 'card_visa',
      brand: 'visa',
      last4: '4242',
      holderName: 'Asha Rao',
      isDefault: true,
    }),
    card({ id: 'card_mc', brand: 'mastercard', last4: '4444', nickname: 'Work card' }),
    card({
      id: 'card_rupay',
      brand: 'rupay',
      last4: '1234',
      expiryMonth: 7,
      expiryYear: 2024,
      expired: true,
    }),
    card({ id: 'card_amex', brand: 'amex', last4: '0005', expiryMonth: 1, expiryYear: 2030 }),
  ];
}
