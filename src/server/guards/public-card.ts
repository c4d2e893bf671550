import * as v from 'valibot';
import { savedCardSchema } from '../../core/schemas';
import type { SavedCard } from '../../core/types';
import { isValidCardId } from './card-id';
import { mayHoldCardNumber } from './may-hold-card-number';

// Free text a shopper or issuer chose: shown only as text, and only when it is safe to show.
const SHOPPER_TEXT = ['holderName', 'nickname', 'issuer'] as const satisfies (keyof SavedCard)[];
const MAX_TEXT_LENGTH = 200;

/** Trimmed display text, or undefined when it is not text, empty, oversized, or may hold a PAN. */
export function toShopperText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === '' || text.length > MAX_TEXT_LENGTH || mayHoldCardNumber(text)) return undefined;
  return text;
}

/**
 * The card exactly as docs/http-contract.md §1 allows it out (the browser's own schema), or null when the
 * adapter broke the contract. Fields the contract does not name (a provider token) are
 * dropped; so is free text that is unsafe to show, while the card itself still shows. The
 * id must also be one the handler accepts back: never one that may hold a card number.
 */
export function toPublicCard(card: object): SavedCard | null {
  const candidate: Record<string, unknown> = { ...card };
  // Only the handler's `lockReason` marks a card locked, never the adapter.
  delete candidate.locked;
  for (const key of SHOPPER_TEXT) {
    const text = toShopperText(candidate[key]);
    if (text === undefined) delete candidate[key];
    else candidate[key] = text;
  }
  const parsed = v.safeParse(savedCardSchema, candidate);
  return parsed.success && isValidCardId(parsed.output.id) ? parsed.output : null;
}
