import { requestedNumberingSystem } from './requested-numbering-system';
import type { SavedCard } from './types';

// One formatter per locale: `toLocaleDateString` with options builds a new one on every call,
// which was most of the JavaScript in a 1,000-card render. Key '' is the runtime's default.
// An invalid locale throws RangeError from the constructor, as it did from the call, and is
// not cached.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string | undefined): Intl.DateTimeFormat {
  const key = locale ?? '';
  let formatter = formatters.get(key);
  if (!formatter) {
    // Latin digits, as printed on the card, whatever the locale's default (`bn`, `mr`, `ar-EG`
    // would otherwise use their own); a tag that names its digits (`-u-nu-deva`) still gets them.
    formatter = new Intl.DateTimeFormat(locale, {
      month: '2-digit',
      year: '2-digit',
      numberingSystem: requestedNumberingSystem(locale) ?? 'latn',
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Month and year as two digits each, through Intl for `locale`: "07/31" in English (as printed
 * on the card), the locale's own order and separator elsewhere, in Latin digits unless the tag
 * names others (`hi-IN-u-nu-deva`).
 */
export function formatExpiry(
  card: Pick<SavedCard, 'expiryMonth' | 'expiryYear'>,
  locale?: string,
): string {
  return formatterFor(locale).format(new Date(card.expiryYear, card.expiryMonth - 1));
}
