import * as v from 'valibot';
import { savedCardSchema } from '../../core/schemas';
import type { SavedCard } from '../../core/types';
import { isValidCardId } from './card-id';
import { mayHoldCardNumber } from './may-hold-card-number';
import { plainCard } from './plain-card';

/** A field the handler left out because it may hold a card number: what its log line names. */
export type ScreenedField = 'id' | ShopperTextField;

type ShopperTextField = (typeof SHOPPER_TEXT)[number];

// Free text a shopper or issuer chose: shown only as text, and only when it is safe to show.
const SHOPPER_TEXT = ['holderName', 'nickname', 'issuer'] as const satisfies (keyof SavedCard)[];
const MAX_TEXT_LENGTH = 200;

/**
 * The card exactly as docs/http-contract.md §1 allows it out (the browser's own schema), or null when the
 * adapter broke the contract. Fields the contract does not name (a provider token) are
 * dropped; so is free text that is unsafe to show, while the card itself still shows. The
 * id must also be one the handler accepts back: never one that may hold a card number.
 * `screened` hears which fields of a card were left out because they may hold a card number.
 */
export function toPublicCard(
  card: object,
  screened?: (fields: ScreenedField[]) => void,
): SavedCard | null {
  const hidden: ScreenedField[] = [];
  const shown = project(card, hidden);
  if (shown === null) return null;
  const idIsShowable = isValidCardId(shown.id);
  if (!idIsShowable && mayHoldCardNumber(shown.id)) hidden.push('id');
  if (hidden.length > 0) screened?.(hidden);
  return idIsShowable ? shown : null;
}

/**
 * An adapter's card in the contract's shape, its free text left for the handler's gate
 * ({@link toPublicCard}) to screen and report: text an adapter dropped would go unseen. Its
 * id must still be one the handler accepts back.
 */
export function toAdapterCard(card: object): SavedCard | null {
  const shown = project(card, null);
  return shown !== null && isValidCardId(shown.id) ? shown : null;
}

// The contract's shape, the id not yet judged. With `hidden`, free text that may hold a card
// number is left out and its field named there; without, all free text stays.
function project(card: object, hidden: ScreenedField[] | null): SavedCard | null {
  // A plain card with nothing to drop or trim (most are) is read as it is: the reader copies
  // only the contract's keys. Any other is copied first, and the copy is what is changed.
  const candidate = isReadAsIs(card) ? (card as Record<string, unknown>) : rewritten(card, hidden);
  const plain = plainCard(candidate);
  if (plain !== undefined) return plain;
  const parsed = v.safeParse(savedCardSchema, candidate);
  return parsed.success ? parsed.output : null;
}

// Only the handler's `lockReason` marks a card locked, only its card-update store marks one
// updated, and only the handler marks duplicates (from the whole list): never the adapter.
const HANDLER_MARKS = ['locked', 'updated', 'duplicateOf', 'duplicate'] as const;

// Each key named, not looped over: a list asks this of every card, and a named `in` is
// answered from the card's shape where a looped key is looked up each time.
function isReadAsIs(card: object): boolean {
  return (
    Object.getPrototypeOf(card) === Object.prototype &&
    !('locked' in card) &&
    !('updated' in card) &&
    !('duplicateOf' in card) &&
    !('duplicate' in card) &&
    !('holderName' in card) &&
    !('nickname' in card) &&
    !('issuer' in card)
  );
}

function rewritten(card: object, hidden: ScreenedField[] | null): Record<string, unknown> {
  const candidate: Record<string, unknown> = { ...card };
  // A key is deleted only when it is there: a `delete` costs even when there is nothing to
  // delete, and a list runs this on every card it shows.
  for (const key of HANDLER_MARKS) if (key in candidate) delete candidate[key];
  for (const key of SHOPPER_TEXT) {
    if (!(key in candidate)) continue;
    const text = toShopperText(candidate[key]);
    const screenedOut = text !== undefined && hidden !== null && mayHoldCardNumber(text);
    if (screenedOut) hidden.push(key);
    if (text === undefined || screenedOut) delete candidate[key];
    else candidate[key] = text;
  }
  return candidate;
}

// Trimmed display text, or undefined when it is not text, empty or oversized.
function toShopperText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text === '' || text.length > MAX_TEXT_LENGTH ? undefined : text;
}
