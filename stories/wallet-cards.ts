import type { CardLockReason, SavedCard } from '../src/index';
import { card } from '../test/helpers/cards';

// Relative to the real month, so "Expires soon" and "Expired" stay true whenever this runs
// (the screenshot suite fixes the clock, so its pictures never drift).
const now = new Date();
const monthsOn = (months: number) => {
  const total = now.getFullYear() * 12 + now.getMonth() + months;
  return { expiryMonth: (total % 12) + 1, expiryYear: Math.floor(total / 12), expired: months < 0 };
};

/**
 * The management list: Visa (default), Mastercard (locked), RuPay and Discover (expired, so
 * the bulk button shows), Amex (expires this month).
 */
export function walletCards(reason: CardLockReason = 'subscription'): SavedCard[] {
  return [
    card({ id: 'card_visa', brand: 'visa', last4: '4242', isDefault: true, ...monthsOn(30) }),
    card({ id: 'card_mc', brand: 'mastercard', last4: '4444', ...monthsOn(20), locked: reason }),
    card({ id: 'card_rupay', brand: 'rupay', last4: '1234', ...monthsOn(-4) }),
    card({ id: 'card_amex', brand: 'amex', last4: '0005', ...monthsOn(0) }),
    card({ id: 'card_discover', brand: 'discover', last4: '1117', ...monthsOn(-16) }),
  ];
}
