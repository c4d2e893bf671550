import * as v from 'valibot';
import { last4Schema } from '../../core/schemas';
import { fingerprintOf, numberish, toSavedCard } from './card-fields';
import type { ProviderCard } from './card-provider';
import { providerFailure } from './provider-failure';
import { listedCardId } from './public-card-id';

const PROVIDER = 'stripe';
const idOrObject = v.union([v.string(), v.object({ id: v.string() })]);

/** One page of `GET /v1/customers/{id}/payment_methods` (Stripe API "List a Customer's PaymentMethods"). */
export interface StripePage {
  methods: unknown[];
  hasMore: boolean;
}

const pageSchema = v.object({ data: v.array(v.unknown()), has_more: v.boolean() });

// Each method is judged on its own, so one odd card hides only itself.
const methodSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  customer: v.nullish(idOrObject),
  card: v.object({
    brand: v.optional(v.unknown()),
    // Exactly four digits: a field that claims to be last4 and holds more is broken.
    last4: last4Schema,
    exp_month: numberish,
    exp_year: numberish,
    fingerprint: v.nullish(v.unknown()),
  }),
  billing_details: v.nullish(v.object({ name: v.optional(v.unknown()) })),
});

const customerSchema = v.object({
  id: v.string(),
  deleted: v.optional(v.boolean()),
  invoice_settings: v.nullish(v.object({ default_payment_method: v.nullish(idOrObject) })),
});

const detachedSchema = v.object({ id: v.string(), customer: v.nullish(idOrObject) });

/** A page of payment methods, or `bad_response` when the list envelope is wrong. */
export function parseStripePage(raw: unknown): StripePage {
  const page = v.safeParse(pageSchema, raw);
  if (!page.success) throw providerFailure(PROVIDER, 'bad_response', 'list');
  return { methods: page.output.data, hasMore: page.output.has_more };
}

/**
 * The customer's default payment method id (`invoice_settings.default_payment_method`), null
 * when there is none, or `deleted` for a deleted customer (who has no cards).
 */
export function parseStripeCustomer(
  raw: unknown,
  customerId: string,
  operation = 'list',
): string | null | 'deleted' {
  const customer = v.safeParse(customerSchema, raw);
  if (!customer.success || customer.output.id !== customerId) {
    throw providerFailure(PROVIDER, 'bad_response', operation);
  }
  if (customer.output.deleted === true) return 'deleted';
  const preferred = customer.output.invoice_settings?.default_payment_method;
  if (preferred === null || preferred === undefined) return null;
  return typeof preferred === 'string' ? preferred : preferred.id;
}

/**
 * A PaymentMethod as docs/http-contract.md §1 shows it, or null when it cannot be shown safely. One that
 * belongs to another customer means the answer is not this shopper's: throws. The PaymentMethod
 * id rides along as `providerRef`, since an id unfit to show is listed as its digest.
 */
export async function toStripeCard(
  raw: unknown,
  customerId: string,
  defaultId: string | null,
  now: Date = new Date(),
): Promise<ProviderCard | null> {
  const parsed = v.safeParse(methodSchema, raw);
  if (!parsed.success) return null;
  const m = parsed.output;
  const owner = typeof m.customer === 'string' ? m.customer : m.customer?.id;
  if (owner !== customerId) throw providerFailure(PROVIDER, 'bad_response', 'list');
  const card = toSavedCard(
    {
      id: await listedCardId('spd_', m.id),
      maskedPan: m.card.last4,
      expiryMonth: m.card.exp_month,
      expiryYear: m.card.exp_year,
      // `cartes_bancaires`, `eftpos_au`, `link` and Stripe's own `unknown` become `unknown`.
      network: m.card.brand,
      holderName: m.billing_details?.name,
    },
    now,
  );
  if (card === null) return null;
  return {
    ...card,
    isDefault: m.id === defaultId,
    providerRef: m.id,
    ...fingerprintOf(m.card.fingerprint),
  };
}

/** True when a detach answer is the PaymentMethod asked for, no longer attached. */
export function isDetached(raw: unknown, id: string): boolean {
  const parsed = v.safeParse(detachedSchema, raw);
  return parsed.success && parsed.output.id === id && parsed.output.customer == null;
}
