import { BRAND_NAMES } from './brand-names';
import type { CardBrand, SavedCard } from './types';

/** The brand's English display name: "Visa", "Card" for unknown (localised: `messages.brands`). */
export function brandName(brand: CardBrand): string {
  return BRAND_NAMES[brand];
}

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
