import * as v from 'valibot';
import { numberish } from './card-fields';
import { type ListContext, type ListedCard, listedCards, toListedCard } from './listed-card';
import { providerFailure } from './provider-failure';
import { type ProviderReply, parseReply } from './provider-http';
import { publicCardId } from './public-card-id';

// Eximpe's error envelope (eximpe.md "Errors"), checked first: a 404 in it is an empty wallet.
// Only its shape matters, never its text.
const errorSchema = v.object({ success: v.literal(false), error: v.object({}) });

// The envelope must hold; each card is judged on its own so one odd card hides only itself.
const listSchema = v.object({ success: v.literal(true), data: v.array(v.unknown()) });

const cardSchema = v.object({
  card_token: v.pipe(v.string(), v.minLength(1)),
  identifier: v.optional(v.string()),
  masked_pan: v.string(),
  expiry_month: numberish,
  expiry_year: numberish,
  network: v.optional(v.unknown()),
  cardholder_name: v.optional(v.unknown()),
  nickname: v.optional(v.unknown()),
});

const ownedSchema = v.object({ identifier: v.string() });

/** The public id of the card with this `card_token`: stable, and never like a card number. */
export function eximpeCardId(token: string): Promise<string> {
  return publicCardId('ect_', token);
}

/** True when `reply` is Eximpe's JSON error envelope, e.g. a 404 "No cards found". */
export function isEximpeError(reply: ProviderReply): boolean {
  return v.is(errorSchema, reply.json);
}

/** The cards of a 200 list reply; throws `bad_response` when the envelope is wrong. */
export async function parseEximpeList(
  provider: string,
  reply: ProviderReply,
  customerId: string,
  { now = new Date(), hidden }: ListContext = {},
): Promise<ListedCard<string>[]> {
  const body = parseReply(provider, 'list', reply, listSchema);
  // A card of another identifier means the answer is not this shopper's: show none of it.
  if (body.data.some((raw) => v.is(ownedSchema, raw) && raw.identifier !== customerId)) {
    throw providerFailure(provider, 'bad_response', 'list', reply.status);
  }
  return listedCards(body.data, (raw) => toEximpeCard(raw, now), hidden);
}

/** One provider card mapped to docs/http-contract.md §1, or null when it cannot be shown safely. */
export async function toEximpeCard(
  raw: unknown,
  now: Date = new Date(),
): Promise<ListedCard<string> | null> {
  const parsed = v.safeParse(cardSchema, raw);
  if (!parsed.success) return null;
  const c = parsed.output;
  return toListedCard(
    {
      // The card_token is the card's lasting handle (eximpe.md "List saved cards"), but a
      // provider token, often hex: never shown, and a digest cannot look like a card number.
      id: await eximpeCardId(c.card_token),
      maskedPan: c.masked_pan,
      expiryMonth: c.expiry_month,
      expiryYear: c.expiry_year,
      // `VISA`/`visa` both occur across doc versions: toCardBrand ignores case.
      network: c.network,
      holderName: c.cardholder_name,
      nickname: c.nickname,
    },
    c.card_token,
    now,
  );
}
