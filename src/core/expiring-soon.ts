import type { SavedCard } from './types';

/**
 * "Expires soon" (docs/http-contract.md §1): not expired, and the expiry month is this month or one of the next
 * `months`. Reads `today` through the local-time getters, which count Gregorian months whatever
 * the locale's calendar — as card expiries do.
 */
export function isExpiringSoon(
  card: Pick<SavedCard, 'expiryMonth' | 'expiryYear' | 'expired'>,
  months = 1,
  today: Date = new Date(),
): boolean {
  const ahead =
    (card.expiryYear - today.getFullYear()) * 12 + card.expiryMonth - 1 - today.getMonth();
  return !card.expired && ahead >= 0 && ahead <= months;
}
