import type { CardBrand, SavedCard } from '../../core/types';
import { CARD_BRANDS } from '../../core/types';
import { isValidCardId } from './card-id';
import { mayHoldCardNumber } from './may-hold-card-number';

const BRANDS: ReadonlySet<string> = new Set<CardBrand>(CARD_BRANDS);
// The adapters drop text that may hold a card number (providers/card-fields.ts); this is the
// same gate for every other provider, the memory sandbox and merchants' own included.

/**
 * The card exactly as DESIGN §2 allows it out, or null when the adapter broke the contract.
 * Copies named fields only, so a field an adapter keeps for itself (a provider token) never leaks.
 */
export function toPublicCard(card: SavedCard): SavedCard | null {
  const ok =
    typeof card.id === 'string' &&
    isValidCardId(card.id) &&
    BRANDS.has(card.brand) &&
    typeof card.last4 === 'string' &&
    /^\d{4}$/.test(card.last4) &&
    Number.isInteger(card.expiryMonth) &&
    card.expiryMonth >= 1 &&
    card.expiryMonth <= 12 &&
    Number.isInteger(card.expiryYear) &&
    card.expiryYear >= 1000 &&
    card.expiryYear <= 9999 &&
    typeof card.expired === 'boolean';
  if (!ok) return null;
  const out: SavedCard = {
    id: card.id,
    brand: card.brand,
    last4: card.last4,
    expiryMonth: card.expiryMonth,
    expiryYear: card.expiryYear,
    expired: card.expired,
  };
  if (isSafeText(card.holderName)) out.holderName = card.holderName;
  if (isSafeText(card.nickname)) out.nickname = card.nickname;
  if (isSafeText(card.issuer)) out.issuer = card.issuer;
  if (typeof card.isDefault === 'boolean') out.isDefault = card.isDefault;
  return out;
}

function isSafeText(value: unknown): value is string {
  return typeof value === 'string' && !mayHoldCardNumber(value);
}
