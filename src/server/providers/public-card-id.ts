import { base64url } from '../base64url';
import { isValidCardId } from '../guards/card-id';
import { mayHoldCardNumber } from '../guards/may-hold-card-number';

// 18 bytes of SHA-256 (144 bits): collisions stay out of reach, and the id stays short.
const DIGEST_BYTES = 18;
// Groups of eight keep the id readable in logs; `_` is a separator to the card-number rule.
const GROUP = /.{1,8}/g;
// A digest holds 12 digits in a row (`-` and `_` skipped) about once in 10^8: such a digest is
// taken again with a counter, a few times at most, so the card is not left out of the list.
const MAX_ROUNDS = 4;

/**
 * The public id of a card whose provider reference is opaque and may hold a long digit run
 * (Adyen's 16-digit ids, Juspay's hex `card_reference`, Eximpe's hex `card_token`): `prefix`
 * plus a SHA-256 digest of the reference in base64url, in `_`-joined groups of eight, never one
 * the handler's card-number screen would hide. The same reference gives the same id on every
 * list and every server instance; the reference itself stays server-side.
 */
export async function publicCardId(prefix: string, reference: string): Promise<string> {
  let id = '';
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    id = await digestId(prefix, round === 0 ? reference : `${reference}\u0000${round}`);
    if (!mayHoldCardNumber(id)) break;
  }
  return id;
}

async function digestId(prefix: string, text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  const encoded = base64url(new Uint8Array(digest, 0, DIGEST_BYTES));
  return `${prefix}${(encoded.match(GROUP) ?? []).join('_')}`;
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
