// The wallets both bench servers hold: `customers` shoppers (`c0`, `c1`, …), each with the
// same `cards` cards, so the kit and the floor answer the same request with the same JSON.
const BRANDS = ['visa', 'mastercard', 'amex', 'rupay'];

/** The header a bench request names its customer in: the kit's `getCustomerId` reads it. */
export const CUSTOMER_HEADER = 'x-bench-customer';

/** The cards every customer starts with, in the order the kit lists them. */
export function seedCards(count) {
  return Array.from({ length: count }, (_, i) => ({
    id: `card_${i}`,
    brand: BRANDS[i % BRANDS.length],
    last4: String(i).padStart(4, '0'),
    expiryMonth: (i % 12) + 1,
    expiryYear: 2031,
    expired: false,
  }));
}

/** `c0` … `c<customers - 1>`. */
export function customerIds(customers) {
  return Array.from({ length: customers }, (_, i) => `c${i}`);
}
