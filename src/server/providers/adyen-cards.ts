import * as v from 'valibot';
import { last4Schema } from '../../core/schemas';
import type { CardBrand } from '../../core/types';
import { numberish, toCardBrand, toSavedCard } from './card-fields';
import { toFullYear } from './expiry';
import type { ListedCard } from './listed-card';
import { listedCards } from './listed-card';
import { providerFailure } from './provider-failure';
import type { ProviderReply } from './provider-http';
import { publicCardId } from './public-card-id';

const PROVIDER = 'adyen';

// Every field is optional in Adyen's spec (adyen.md "List"): no list means no cards.
const listSchema = v.object({
  merchantAccount: v.optional(v.string()),
  shopperReference: v.optional(v.string()),
  storedPaymentMethods: v.optional(v.array(v.unknown())),
});

// Adyen's error shape (API Explorer, "Errors"); only its shape matters, never its text.
const errorSchema = v.object({
  status: v.number(),
  errorCode: v.string(),
  errorType: v.optional(v.string()),
});

const methodSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(256)),
  type: v.optional(v.string()),
  brand: v.optional(v.string()),
  name: v.optional(v.string()),
  // Exactly four digits: a field that claims to be the last four and holds more is broken.
  lastFour: last4Schema,
  expiryMonth: numberish,
  expiryYear: numberish,
  holderName: v.optional(v.unknown()),
});

// Adyen names card variants by brand code (`mc`, `mcdebit`, `visa_applepay`, `cup`, …).
const BRAND_PREFIXES: ReadonlyArray<readonly [string, CardBrand]> = [
  ['visa', 'visa'],
  ['electron', 'visa'],
  ['mc', 'mastercard'],
  ['mastercard', 'mastercard'],
  ['amex', 'amex'],
  ['maestro', 'maestro'],
  ['diners', 'diners'],
  ['discover', 'discover'],
  ['jcb', 'jcb'],
  ['cup', 'unionpay'],
  ['unionpay', 'unionpay'],
  ['rupay', 'rupay'],
];

/** The kit's brand for an Adyen brand code; anything unrecognised is `unknown`. */
export function toAdyenBrand(brand: string | undefined, name: string | undefined): CardBrand {
  const code = (brand ?? '').toLowerCase();
  for (const [prefix, kit] of BRAND_PREFIXES) if (code.startsWith(prefix)) return kit;
  return code === '' ? toCardBrand(name) : 'unknown';
}

/** The public id of the stored payment method `storedId`: stable, never like a card number. */
export function adyenCardId(storedId: string): Promise<string> {
  return publicCardId('spm_', storedId);
}

/** True when `reply` is Adyen's JSON error object. */
export function isAdyenError(reply: ProviderReply): boolean {
  return v.is(errorSchema, reply.json);
}

/**
 * The stored cards of a 200 list reply. An error object under a 200, or an answer about
 * another shopper or merchant account, is refused whole.
 */
export async function parseAdyenList(
  reply: ProviderReply,
  shopperReference: string,
  merchantAccount: string,
  now: Date = new Date(),
  hidden?: (count: number) => void,
): Promise<ListedCard<string>[]> {
  const body = v.safeParse(listSchema, reply.json);
  const wrong =
    !body.success ||
    isAdyenError(reply) ||
    (body.output.shopperReference ?? shopperReference) !== shopperReference ||
    (body.output.merchantAccount ?? merchantAccount) !== merchantAccount;
  if (wrong || !body.success) throw providerFailure(PROVIDER, 'bad_response', 'list', reply.status);
  return listedCards(
    body.output.storedPaymentMethods ?? [],
    (raw) => toAdyenCard(raw, now),
    hidden,
  );
}

/**
 * One stored card mapped to docs/http-contract.md §1 with Adyen's stored payment method id (the delete's
 * ref), or null when it is not a card or cannot be shown.
 */
export async function toAdyenCard(
  raw: unknown,
  now: Date = new Date(),
): Promise<ListedCard<string> | null> {
  const parsed = v.safeParse(methodSchema, raw);
  if (!parsed.success) return null;
  const m = parsed.output;
  // Cards are `scheme`; other stored methods (PayPal, SEPA, …) are not this kit's to show.
  if (m.type !== undefined && m.type !== 'scheme') return null;
  const card = toSavedCard(
    {
      // Adyen's ids are often 16 digits: shown as they are they would pass for card numbers.
      id: await adyenCardId(m.id),
      maskedPan: m.lastFour,
      expiryMonth: m.expiryMonth,
      // The spec shows "30", an older guide 2030 (adyen.md "List").
      expiryYear: toFullYear(m.expiryYear),
      network: undefined,
      holderName: m.holderName,
    },
    now,
  );
  if (card === null) return null;
  card.brand = toAdyenBrand(m.brand, m.name);
  return { card, ref: m.id };
}
