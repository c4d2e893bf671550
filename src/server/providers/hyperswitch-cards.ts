import * as v from 'valibot';
import { last4Schema } from '../../core/schemas';
import { fingerprintOf, toSavedCard } from './card-fields';
import type { ProviderCard } from './card-provider';
import { toFullYear } from './expiry';
import { reportHidden } from './listed-card';
import { providerFailure } from './provider-failure';
import type { ProviderReply } from './provider-http';
import { listedCardId } from './public-card-id';

const PROVIDER = 'hyperswitch';

// The envelope must hold; each method is judged on its own so one odd card hides only itself.
const listSchema = v.object({ customer_payment_methods: v.array(v.unknown()) });

// Hyperswitch's error object (API reference, "Errors"): `{ error: { type, message, code } }`.
const errorSchema = v.object({
  error: v.object({ type: v.string(), code: v.string() }),
});

const methodSchema = v.object({
  // The stable id; `payment_token` is minted per list and expires, so it is never kept.
  payment_method_id: v.pipe(v.string(), v.minLength(1)),
  customer_id: v.optional(v.nullable(v.string())),
  payment_method: v.literal('card'),
  card: v.object({
    last4_digits: last4Schema,
    expiry_month: v.union([v.string(), v.number()]),
    expiry_year: v.union([v.string(), v.number()]),
    card_network: v.nullish(v.string()),
    scheme: v.nullish(v.string()),
    card_holder_name: v.nullish(v.unknown()),
    nick_name: v.nullish(v.unknown()),
    card_issuer: v.nullish(v.unknown()),
    card_fingerprint: v.nullish(v.unknown()),
  }),
  default_payment_method_set: v.optional(v.boolean()),
});

/** Hyperswitch's error `code` when `reply` is its own error object, else null. */
export function hyperswitchErrorCode(reply: ProviderReply): string | null {
  const parsed = v.safeParse(errorSchema, reply.json);
  return parsed.success ? parsed.output.error.code : null;
}

/**
 * The cards of a 200 list reply; an error object under a 200, or another customer's card, throws.
 * Each carries its `payment_method_id` as `providerRef` (an id unfit to show is listed as its
 * digest); `hidden` hears how many methods could not be shown.
 */
export async function parseHyperswitchList(
  reply: ProviderReply,
  customerId: string,
  now: Date = new Date(),
  hidden?: (count: number) => void,
): Promise<ProviderCard[]> {
  const body = v.safeParse(listSchema, reply.json);
  if (!body.success) throw providerFailure(PROVIDER, 'bad_response', 'list', reply.status);
  const out: ProviderCard[] = [];
  const methods = body.output.customer_payment_methods;
  for (const raw of methods) {
    const parsed = v.safeParse(methodSchema, raw);
    if (!parsed.success) continue;
    const m = parsed.output;
    // A method of another customer means the answer is not this shopper's: show none of it.
    if (m.customer_id != null && m.customer_id !== customerId) {
      throw providerFailure(PROVIDER, 'bad_response', 'list', reply.status);
    }
    const card = toSavedCard(
      {
        id: await listedCardId('hpd_', m.payment_method_id),
        maskedPan: m.card.last4_digits,
        expiryMonth: m.card.expiry_month,
        // Doc examples show "25" as well as "2030" (hyperswitch.md "List saved methods").
        expiryYear: toFullYear(m.card.expiry_year),
        // `card_network` is an enum (`AmericanExpress`, `DinersClub`, …); `scheme` free text.
        network: m.card.card_network ?? m.card.scheme,
        holderName: m.card.card_holder_name,
        nickname: m.card.nick_name,
        issuer: m.card.card_issuer,
      },
      now,
    );
    if (card === null) continue;
    if (m.default_payment_method_set !== undefined) card.isDefault = m.default_payment_method_set;
    out.push({
      ...card,
      providerRef: m.payment_method_id,
      ...fingerprintOf(m.card.card_fingerprint),
    });
  }
  reportHidden(hidden, methods.length - out.length);
  return out;
}
