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
    formatter = new Intl.DateTimeFormat(locale, { month: '2-digit', year: '2-digit' });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Month and year as two digits each, through Intl for `locale`: "07/31" in English (as printed
 * on the card), the locale's own order, separator and digits elsewhere.
 */
export function formatExpiry(
  card: Pick<SavedCard, 'expiryMonth' | 'expiryYear'>,
  locale?: string,
): string {
  return formatterFor(locale).format(new Date(card.expiryYear, card.expiryMonth - 1));
}
