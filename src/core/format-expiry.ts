import { requestedNumberingSystem } from './requested-numbering-system';
import type { SavedCard } from './types';

// Digits a tag names itself (`hi-IN-u-nu-deva`), one formatter per such tag: most tags name
// none and never build one.
const digitFormats = new Map<string, Intl.NumberFormat>();

function inDigitsOf(locale: string, numberingSystem: string): (n: number) => string {
  let format = digitFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      minimumIntegerDigits: 2,
      useGrouping: false,
      numberingSystem,
    });
    digitFormats.set(locale, format);
  }
  return (n) => format.format(n);
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/**
 * Month and year as printed on the card, "07/31", in every locale: a shopper matches it against
 * the plastic, and the locales' own date orders would not ("31/07" in Japanese, "7/31" in
 * Spanish, "31年7月" in Chinese; Arabic's marks flip it on screen). Latin digits unless the tag
 * names others (`hi-IN-u-nu-deva` gives "०७/३१"). An invalid tag throws RangeError, as Intl does.
 */
export function formatExpiry(
  card: Pick<SavedCard, 'expiryMonth' | 'expiryYear'>,
  locale?: string,
): string {
  const digits = requestedNumberingSystem(locale);
  const two = locale && digits ? inDigitsOf(locale, digits) : twoDigits;
  return `${two(card.expiryMonth)}/${two(card.expiryYear % 100)}`;
}
