import { base64url } from '../base64url';
import { isValidCardId } from '../guards/card-id';

// 18 bytes of SHA-256 (144 bits): collisions stay out of reach, and the id stays short.
const DIGEST_BYTES = 18;
// `_` is no separator to the card-number rule: groups of eight can never join into 12 digits.
const GROUP = /.{1,8}/g;

/**
 * The public id of a card whose provider reference is opaque and may hold a long digit run
 * (Adyen's 16-digit ids, Juspay's hex `card_reference`, Eximpe's hex `card_token`): `prefix`
 * plus a SHA-256 digest of the reference in base64url, in `_`-joined groups of eight, so the
 * handler's card-number screen never hides the card. The same reference gives the same id on
 * every list and every server instance; the reference itself stays server-side.
 */
export async function publicCardId(prefix: string, reference: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(reference));
  const text = base64url(new Uint8Array(digest, 0, DIGEST_BYTES));
  return `${prefix}${(text.match(GROUP) ?? []).join('_')}`;
}

/**
 * The public id of a card whose provider id is usually fit to show (Stripe's `pm_…`): itself,
 * or, when it is longer than 256 characters or otherwise not a valid card id, its
 * {@link publicCardId} digest, so the card is listed rather than dropped. The adapter keeps
 * the provider id as the card's `providerRef` for the delete.
 */
export async function listedCardId(prefix: string, providerId: string): Promise<string> {
  return isValidCardId(providerId) ? providerId : publicCardId(prefix, providerId);
}

/** The provider id behind a listed card: its `providerRef` when the adapter set one. */
export function providerIdOf(card: { id: string; providerRef?: unknown }): string {
  return typeof card.providerRef === 'string' ? card.providerRef : card.id;
}
