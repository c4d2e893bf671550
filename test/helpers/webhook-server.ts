import { createHmac } from 'node:crypto';
import Stripe from 'stripe';
import type {
  CardUpdateStore,
  SavedCard,
  WalletLogger,
  WebhookAuditEvent,
} from '../../src/server/index';
import {
  adyenCardUpdates,
  createWalletHandler,
  createWalletWebhookHandler,
  memoryProvider,
  stripeCardUpdates,
  toNodeListener,
} from '../../src/server/index';
import { listen } from './server-loopback';

export const STRIPE_SECRET = 'whsec_test_card_updates_secret';
export const ADYEN_HMAC_KEY = '44782DEF547AAA06C910C43932B1EB0C71FC68D9D0C057550C48EC2ACF6BA056';

/** The real SDK, never sent anywhere: only its webhook helpers are used. */
export const stripe = new Stripe('sk_test_placeholder');

/** An hour ago in epoch seconds, as Stripe's `created`: within the store's 30 days. */
export const CREATED = Math.floor(Date.now() / 1000) - 3600;

/** A Stripe `payment_method.automatically_updated` event as Stripe documents it. */
export function stripeEvent(
  overrides: { id?: string; created?: number; customer?: string | null; pm?: string } = {},
  previous: Record<string, unknown> | undefined = { card: { exp_month: 7, exp_year: 2026 } },
): string {
  return JSON.stringify({
    id: overrides.id ?? 'evt_1',
    object: 'event',
    api_version: '2025-01-27.acacia',
    created: overrides.created ?? CREATED,
    livemode: false,
    type: 'payment_method.automatically_updated',
    data: {
      object: {
        id: overrides.pm ?? 'pm_visa',
        object: 'payment_method',
        type: 'card',
        customer: overrides.customer === undefined ? 'cus_alice' : overrides.customer,
        card: { brand: 'visa', last4: '4242', exp_month: 7, exp_year: 2031 },
      },
      ...(previous === undefined ? {} : { previous_attributes: previous }),
    },
  });
}

/** `Stripe-Signature` for `payload`, made by the SDK itself. */
export function stripeSignature(
  payload: string,
  options: { secret?: string; timestamp?: number } = {},
): string {
  return stripe.webhooks.generateTestHeaderString({
    payload,
    secret: options.secret ?? STRIPE_SECRET,
    timestamp: options.timestamp,
  });
}

/** Adyen's `recurring.token.updated`, as its Tokenization webhooks reference shows it. */
export function adyenEvent(
  overrides: { eventId?: string; shopper?: string; createdAt?: string } = {},
): string {
  return JSON.stringify({
    createdAt: overrides.createdAt ?? new Date(CREATED * 1000).toISOString().replace('Z', '+00:00'),
    eventId: overrides.eventId ?? 'QBQQ9DLNRHHKGK38',
    environment: 'test',
    data: {
      merchantAccount: 'YOUR_MERCHANT_ACCOUNT',
      storedPaymentMethodId: 'M5N7TQ4TG5PFWR50',
      type: 'visastandarddebit',
      operation: 'updated',
      shopperReference: overrides.shopper ?? 'cus_alice',
    },
    type: 'recurring.token.updated',
  });
}

/** Adyen's `HmacSignature`: HMAC-SHA256 of the raw body under the hex key, base64 (node:crypto, apart from the kit's Web Crypto). */
export function adyenSignature(payload: string, hexKey = ADYEN_HMAC_KEY): string {
  return createHmac('sha256', Buffer.from(hexKey, 'hex')).update(payload).digest('base64');
}

export interface WebhookServer {
  url: string;
  audit: WebhookAuditEvent[];
  logs: Array<{ level: string; message: string; meta: Record<string, unknown> }>;
  close(): Promise<void>;
  /** POST `body` to `{base}/webhooks/{provider}`. */
  post(provider: string, body: string, headers?: Record<string, string>): Promise<Response>;
  /** The list as `customer` sees it. */
  list(customer?: string): Promise<SavedCard[]>;
}

/**
 * One loopback server as a host mounts it: the webhook listener first (raw bytes), then the
 * wallet's, sharing one card-update store. The signed-in customer is `X-Test-User`.
 */
export async function webhookServer(
  store: CardUpdateStore,
  cards: SavedCard[],
  options: { now?: () => number } = {},
): Promise<WebhookServer> {
  const audit: WebhookAuditEvent[] = [];
  const logs: WebhookServer['logs'] = [];
  const logger: WalletLogger = {
    error: (message, meta) => logs.push({ level: 'error', message, meta }),
    warn: (message, meta) => logs.push({ level: 'warn', message, meta }),
  };
  const webhooks = createWalletWebhookHandler({
    providers: [
      stripeCardUpdates({ stripe, webhookSecret: STRIPE_SECRET }),
      adyenCardUpdates({ hmacKey: ADYEN_HMAC_KEY }),
    ],
    cardUpdateStore: store,
    audit: (event) => {
      audit.push(event);
    },
    logger,
    now: options.now,
  });
  const wallet = createWalletHandler({
    provider: memoryProvider({ cus_alice: cards, cus_bob: [] }),
    getCustomerId: (req) => req.headers.get('X-Test-User'),
    cardUpdateStore: store,
    logger,
  });
  const webhookListener = toNodeListener(webhooks);
  const walletListener = toNodeListener(wallet);
  const server = await listen((req, res) =>
    webhookListener(req, res, () => walletListener(req, res)),
  );
  return {
    url: server.url,
    audit,
    logs,
    close: server.close,
    post: (provider, body, headers = {}) =>
      fetch(`${server.url}/api/wallet/webhooks/${provider}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body,
      }),
    async list(customer = 'cus_alice') {
      const response = await fetch(`${server.url}/api/wallet/cards`, {
        headers: { 'X-Test-User': customer },
      });
      if (response.status !== 200) throw new Error(`list answered ${response.status}`);
      return ((await response.json()) as { cards: SavedCard[] }).cards;
    },
  };
}
