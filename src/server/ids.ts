/** The longest card id the handler accepts, after percent-decoding. */
export const MAX_CARD_ID_LENGTH = 256;

// Ids are opaque adapter handles (Juspay card_reference, Eximpe card_token): a strict
// charset keeps them inert in provider URLs, logs and audit stores. No `/` (an adapter
// may put the id in a URL path), no `%`, no whitespace or control characters.
const CARD_ID = /^[A-Za-z0-9._~:@+=-]+$/;
const ONLY_DOTS = /^\.+$/;
// Room for every allowed character to be percent-encoded, and no more: caps decode work.
const MAX_RAW_LENGTH = MAX_CARD_ID_LENGTH * 3;

/** Decodes and validates a card id from the URL; null when it is malformed or unsafe. */
export function parseCardId(rawId: string): string | null {
  if (rawId.length === 0 || rawId.length > MAX_RAW_LENGTH) return null;
  let id: string;
  try {
    id = decodeURIComponent(rawId);
  } catch {
    return null;
  }
  if (id.length > MAX_CARD_ID_LENGTH || !CARD_ID.test(id)) return null;
  // `.` and `..` are path segments to any adapter that builds a URL from the id.
  if (ONLY_DOTS.test(id)) return null;
  return id;
}

/** True when `id` could be a card id; adapters can use it to check their own ids. */
export function isValidCardId(id: string): boolean {
  return id.length <= MAX_CARD_ID_LENGTH && CARD_ID.test(id) && !ONLY_DOTS.test(id);
}
