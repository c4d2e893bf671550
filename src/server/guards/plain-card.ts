import { MAX_CARD_ID_LENGTH } from '../../core/card-id-length';
import type { CardBrand, SavedCard } from '../../core/types';
import { CARD_BRANDS } from '../../core/types';

const BRANDS: ReadonlySet<unknown> = new Set(CARD_BRANDS);
const FOUR_DIGITS = /^\d{4}$/;

/**
 * `candidate` as the browser's `savedCardSchema` would hand it back, for a card without a
 * `locked` key (the handler sets that itself): the same keys, in the same order, with the same
 * values. Undefined when any field is not the usual kind: the schema then decides, so this
 * only ever saves the schema's cost on a card it would take as it is. A list checks every card
 * of every answer, and the schema's generic walk was a tenth of a GET.
 */
export function plainCard(candidate: Record<string, unknown>): SavedCard | undefined {
  const { id, brand, last4, expiryMonth, expiryYear, expired } = candidate;
  if (typeof id !== 'string' || id.length === 0 || id.length > MAX_CARD_ID_LENGTH) return;
  if (!BRANDS.has(brand)) return;
  if (typeof last4 !== 'string' || !FOUR_DIGITS.test(last4)) return;
  if (!isIntegerIn(expiryMonth, 1, 12) || !isIntegerIn(expiryYear, 1000, 9999)) return;
  if (typeof expired !== 'boolean' || 'locked' in candidate) return;
  const card: SavedCard = {
    id,
    brand: brand as CardBrand,
    last4,
    expiryMonth: expiryMonth as number,
    expiryYear: expiryYear as number,
    expired,
  };
  // As the schema does: an optional key present (even as undefined) is kept, an absent one is not.
  for (const key of ['holderName', 'nickname', 'issuer'] as const) {
    if (!(key in candidate)) continue;
    const text = candidate[key];
    if (text !== undefined && typeof text !== 'string') return;
    card[key] = text;
  }
  if ('isDefault' in candidate) {
    const isDefault = candidate.isDefault;
    if (isDefault !== undefined && typeof isDefault !== 'boolean') return;
    card.isDefault = isDefault;
  }
  return card;
}

function isIntegerIn(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}
