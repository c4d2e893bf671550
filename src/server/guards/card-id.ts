import { MAX_CARD_ID_LENGTH } from '../../core/card-id-length';
import { mayHoldCardNumber } from './may-hold-card-number';

// The one length rule, shared with the browser's schema; the handler applies it after percent-decoding.
export { MAX_CARD_ID_LENGTH };

// Ids are opaque adapter handles (a memory seed's id, Stripe's pm_…, a digest of Juspay's
// card_reference): a strict charset keeps them inert in provider URLs, logs and audit
// stores. No `/` (an adapter may put the id in a URL path), no `%`, no whitespace or controls.
const CARD_ID = /^[A-Za-z0-9._~:@+=-]+$/;
const ONLY_DOTS = /^\.+$/;
// Room for every allowed character to be percent-encoded, and no more: caps decode work.
const MAX_RAW_LENGTH = MAX_CARD_ID_LENGTH * 3;

/** Decodes and validates a card id from the URL; null when it is malformed or unsafe. */
export function parseCardId(rawId: string): string | null {
  if (rawId.length === 0 || rawId.length > MAX_RAW_LENGTH) return null;
  if (mayHoldCardNumber(rawId)) return null;
  let id: string;
  try {
    id = decodeURIComponent(rawId);
  } catch {
    return null;
  }
  return isValidCardId(id) ? id : null;
}

/**
 * True when `id` could be a card id; adapters can use it to check their own ids. Never one
 * that may hold a card number: it would reach the browser, the URL and the audit trail.
 */
export function isValidCardId(id: string): boolean {
  return (
    id.length <= MAX_CARD_ID_LENGTH &&
    CARD_ID.test(id) &&
    // `.` and `..` are path segments to any adapter that builds a URL from the id.
    !ONLY_DOTS.test(id) &&
    !mayHoldCardNumber(id)
  );
}
