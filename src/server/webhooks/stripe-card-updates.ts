import type { CardUpdateField } from '../../core/types';
import { listedCardId } from '../providers/public-card-id';
import type { CardUpdateEvent, CardUpdateSource } from './card-update-source';
import { eventTime, WebhookSignatureError } from './card-update-source';

/** The part of the official `stripe` SDK instance the Stripe source calls. */
export interface StripeWebhookClient {
  webhooks: {
    /**
     * stripe-node's `constructEventAsync(payload, header, secret, tolerance)`: checks the
     * `Stripe-Signature` header over the raw payload and its timestamp against `tolerance`
     * seconds, then parses the event.
     */
    constructEventAsync(
      payload: string,
      header: string,
      secret: string,
      tolerance?: number,
    ): Promise<unknown>;
  };
}

/** Options for {@link stripeCardUpdates}. */
export interface StripeCardUpdatesOptions {
  /** The merchant's `new Stripe(secretKey)`: the SDK checks the signature. */
  stripe: StripeWebhookClient;
  /** The endpoint's signing secret (`whsec_…`), from the Dashboard or `stripe listen`; server-side only. */
  webhookSecret: string;
  /** How old a signature's timestamp may be, in seconds; default 300 (the SDK's own default). */
  toleranceSeconds?: number;
}

const EVENT = 'payment_method.automatically_updated';

/**
 * Stripe's card updater: `payment_method.automatically_updated` (docs/providers/stripe.md
 * "Card updates"), checked by the SDK's `constructEventAsync` over the exact bytes received.
 * The card is the PaymentMethod (its public id as the list gives it), the customer its
 * `customer`; which details changed comes from `previous_attributes.card` when Stripe sends it.
 */
export function stripeCardUpdates(options: StripeCardUpdatesOptions): CardUpdateSource {
  const stripe = options.stripe;
  if (typeof stripe?.webhooks?.constructEventAsync !== 'function') {
    throw new TypeError('stripeCardUpdates: stripe must be an instance of the official stripe SDK');
  }
  const secret = options.webhookSecret;
  if (typeof secret !== 'string' || secret.trim() === '') {
    throw new TypeError('stripeCardUpdates: webhookSecret is required (whsec_…)');
  }
  const tolerance = options.toleranceSeconds ?? 300;
  if (!Number.isFinite(tolerance) || tolerance <= 0) {
    throw new TypeError('stripeCardUpdates: toleranceSeconds must be a number of seconds > 0');
  }
  return {
    provider: 'stripe',
    async verify(body, headers, now) {
      const header = headers.get('Stripe-Signature');
      if (header === null || header.trim() === '') throw new WebhookSignatureError('missing');
      // Text, not bytes: every SDK version from 17 takes a string (a Uint8Array only lately).
      // Stripe signs UTF-8 JSON, so decoding loses nothing; bytes that are not UTF-8 are
      // refused before the SDK could compare anything else.
      let payload: string;
      try {
        payload = new TextDecoder('utf-8', { fatal: true }).decode(body);
      } catch {
        throw new WebhookSignatureError('mismatch');
      }
      let event: unknown;
      try {
        event = await stripe.webhooks.constructEventAsync(payload, header, secret, tolerance);
      } catch (error) {
        throw signatureFailure(error) ?? error;
      }
      return readEvent(event, now);
    },
  };
}

// stripe-node throws StripeSignatureVerificationError for every refusal; only its message says
// which ("Timestamp outside the tolerance zone"). Anything else (a parse error) is not a
// signature failure.
function signatureFailure(error: unknown): WebhookSignatureError | null {
  if (!(error instanceof Error)) return null;
  const type = (error as { type?: unknown }).type;
  if (
    type !== 'StripeSignatureVerificationError' &&
    error.name !== 'StripeSignatureVerificationError'
  ) {
    return null;
  }
  return new WebhookSignatureError(/tolerance/i.test(error.message) ? 'stale' : 'mismatch');
}

async function readEvent(event: unknown, now: number): Promise<CardUpdateEvent> {
  const { id, type, created, data } = (event ?? {}) as Record<string, unknown>;
  if (typeof id !== 'string' || id === '') throw new TypeError('stripe event without an id');
  if (type !== EVENT) return { eventId: id, update: null };
  const { object, previous_attributes: before } = (data ?? {}) as Record<string, unknown>;
  const method = (object ?? {}) as Record<string, unknown>;
  const customer = idOf(method.customer);
  if (typeof method.id !== 'string' || method.id === '' || customer === null) {
    // A PaymentMethod attached to no customer is in nobody's wallet.
    return { eventId: id, update: null };
  }
  return {
    eventId: id,
    update: {
      customerId: customer,
      cardId: await listedCardId('spd_', method.id),
      at: eventTime(typeof created === 'number' ? created * 1000 : Number.NaN, now),
      fields: changedFields(before),
    },
  };
}

function idOf(value: unknown): string | null {
  if (typeof value === 'string' && value !== '') return value;
  if (value !== null && typeof value === 'object') return idOf((value as { id?: unknown }).id);
  return null;
}

// `previous_attributes.card` holds the card's values before the change: an expiry or a number
// (its last four, its fingerprint) there means that detail changed.
function changedFields(before: unknown): CardUpdateField[] {
  const card = (before as { card?: unknown } | undefined)?.card;
  if (card === null || typeof card !== 'object') return [];
  const fields: CardUpdateField[] = [];
  if ('exp_month' in card || 'exp_year' in card) fields.push('expiry');
  if ('last4' in card || 'fingerprint' in card) fields.push('number');
  return fields;
}
