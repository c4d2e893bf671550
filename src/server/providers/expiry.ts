/**
 * True when a card expiring in `month`/`year` can no longer be used at `now`. Month-inclusive:
 * a card marked 07/2024 is valid through the last day of July 2024. Judged in UTC so every
 * server instance agrees.
 */
export function isExpired(month: number, year: number, now: Date = new Date()): boolean {
  return expiredAt(now)(month, year);
}

/** {@link isExpired} at one moment, for many cards: the date is read once. */
export function expiredAt(now: Date): (month: number, year: number) => boolean {
  const currentYear = now.getUTCFullYear();
  const currentMonth = now.getUTCMonth() + 1;
  return (month, year) => year < currentYear || (year === currentYear && month < currentMonth);
}

/**
 * A card expiry year as four digits: `"30"` and `30` become 2030 (Adyen and Hyperswitch send
 * two digits in some answers). Anything else passes through for `toSavedCard` to judge.
 */
export function toFullYear(value: unknown): unknown {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !/^\s*\d{2}\s*$/.test(text)) return value;
  // Card expiries lie a few years ahead, never in the 1900s.
  return 2000 + Number(text.trim());
}
