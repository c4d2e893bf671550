import type { SavedCard } from './types';

/**
 * Month and year as two digits each, through Intl for `locale`: "07/31" in English (as printed
 * on the card), the locale's own order, separator and digits elsewhere.
 */
export function formatExpiry(
  card: Pick<SavedCard, 'expiryMonth' | 'expiryYear'>,
  locale?: string,
): string {
  return new Date(card.expiryYear, card.expiryMonth - 1).toLocaleDateString(locale, {
    month: '2-digit',
    year: '2-digit',
  });
}
