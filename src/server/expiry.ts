/**
 * True when a card expiring in `month`/`year` can no longer be used at `now`. Month-inclusive:
 * a card marked 07/2024 is valid through the last day of July 2024. Judged in UTC so every
 * server instance agrees.
 */
export function isExpired(month: number, year: number, now: Date = new Date()): boolean {
  const currentYear = now.getUTCFullYear();
  const currentMonth = now.getUTCMonth() + 1;
  return year < currentYear || (year === currentYear && month < currentMonth);
}
