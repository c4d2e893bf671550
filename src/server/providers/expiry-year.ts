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
