import * as v from 'valibot';
import { numberish } from './card-fields';
import type { JuspayRef } from './juspay-ref';
import { juspayCardId } from './juspay-ref';
import { type ListContext, type ListedCard, listedCards, toListedCard } from './listed-card';
import { providerFailure } from './provider-failure';
import { type ProviderReply, parseReply } from './provider-http';

// The envelope must hold; each card is judged on its own so one odd card hides only itself.
const listSchema = v.object({
  customer_id: v.optional(v.string()),
  cards: v.array(v.unknown()),
});

const cardSchema = v.object({
  card_token: v.pipe(v.string(), v.minLength(1)),
  card_reference: v.pipe(v.string(), v.minLength(1)),
  card_number: v.string(),
  card_exp_month: numberish,
  // An older page names the year `card_expiry_year` (juspay.md "List stored cards").
  card_exp_year: v.optional(numberish),
  card_expiry_year: v.optional(numberish),
  card_brand: v.optional(v.unknown()),
  card_issuer: v.optional(v.unknown()),
  name_on_card: v.optional(v.unknown()),
  nickname: v.optional(v.unknown()),
  card_fingerprint: v.optional(v.unknown()),
});

// Juspay's error shape (juspay.md "Errors"): `status: "error"` with an `error_code`, or the
// newer `error_info`; only its shape matters, never its text.
const errorSchema = v.union([
  v.object({ status: v.literal('error'), error_code: v.string() }),
  v.object({ status: v.literal('error'), error_info: v.object({}) }),
]);

/** True when `reply` is in Juspay's own error shape, not a proxy's or a web server's page. */
export function isJuspayError(reply: ProviderReply): boolean {
  return v.is(errorSchema, reply.json);
}

/** The cards of a 200 list reply; throws `bad_response` when the envelope is wrong. */
export async function parseJuspayList(
  provider: string,
  reply: ProviderReply,
  customerId: string,
  { now = new Date(), hidden }: ListContext = {},
): Promise<ListedCard<JuspayRef>[]> {
  const body = parseReply(provider, 'list', reply, listSchema);
  // A list for someone else (a routing mix-up) must never be shown to this shopper.
  if (body.customer_id !== undefined && body.customer_id !== customerId) {
    throw providerFailure(provider, 'bad_response', 'list', reply.status);
  }
  return listedCards(body.cards, (raw) => toJuspayCard(raw, now), hidden);
}

/** One provider card mapped to docs/http-contract.md §1, or null when it cannot be shown safely. */
export async function toJuspayCard(
  raw: unknown,
  now: Date = new Date(),
): Promise<ListedCard<JuspayRef> | null> {
  const parsed = v.safeParse(cardSchema, raw);
  if (!parsed.success) return null;
  const c = parsed.output;
  // Juspay's own `expired` (boolean, or "true"/"false" in one table) is ignored: toSavedCard
  // computes it per docs/http-contract.md §1.
  return toListedCard(
    {
      // A hex card_reference holds a run of 12 digits often enough that, shown as it is, a few
      // cards in a hundred would be hidden as possible card numbers: the public id is a digest.
      id: await juspayCardId(c.card_reference),
      maskedPan: c.card_number,
      expiryMonth: c.card_exp_month,
      expiryYear: c.card_exp_year ?? c.card_expiry_year,
      network: c.card_brand,
      holderName: c.name_on_card,
      nickname: c.nickname,
      issuer: c.card_issuer,
      fingerprint: c.card_fingerprint,
    },
    { token: c.card_token, reference: c.card_reference },
    now,
  );
}
