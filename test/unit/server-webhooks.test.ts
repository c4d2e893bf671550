// @vitest-environment node
import { afterEach, describe, expect, test } from 'vitest';
import { memoryCardUpdateStore } from '../../src/server/index';
import { adyenCardId } from '../../src/server/providers/adyen-cards';
import { card } from '../helpers/cards';
import type { WebhookServer } from '../helpers/webhook-server';
import {
  ADYEN_HMAC_KEY,
  adyenEvent,
  adyenSignature,
  CREATED,
  STRIPE_SECRET,
  stripeEvent,
  stripeSignature,
  webhookServer,
} from '../helpers/webhook-server';

// Card-updater webhooks through real HTTP on loopback, mounted as docs/server.md says: the
// webhook listener first, reading the raw bytes, then the wallet's. Stripe's signatures are
// made by the real SDK; Adyen's by node:crypto as its reference describes.

const CARDS = [
  card({ id: 'pm_visa', brand: 'visa', last4: '4242' }),
  card({ id: 'pm_mc', brand: 'mastercard', last4: '4444' }),
];

let server: WebhookServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(cards = CARDS) {
  server = await webhookServer(memoryCardUpdateStore(), cards);
  return server;
}

/** `ms` as Adyen writes times: local time at +02:00, e.g. `2025-06-30T16:40:23+02:00`. */
function offsetTime(ms: number): string {
  return `${new Date(ms + 2 * 3600_000).toISOString().slice(0, 19)}+02:00`;
}

async function errorCode(response: Response): Promise<unknown> {
  return ((await response.json()) as { error: { code: string } }).error.code;
}

describe('Stripe payment_method.automatically_updated', () => {
  test('a signed event marks the card in the list: when, and which details changed', async () => {
    const { post, list, audit } = await start();
    const payload = stripeEvent({ created: CREATED });
    const response = await post('stripe', payload, {
      'Stripe-Signature': stripeSignature(payload),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true });
    const cards = await list();
    expect(cards.find((c) => c.id === 'pm_visa')?.updated).toEqual({
      at: new Date(CREATED * 1000).toISOString(),
      fields: ['expiry'],
    });
    // Only the card the event names; and no session or Origin was needed to deliver it.
    expect(cards.find((c) => c.id === 'pm_mc')).not.toHaveProperty('updated');
    expect(audit).toEqual([
      expect.objectContaining({
        type: 'card.update',
        provider: 'stripe',
        eventId: 'evt_1',
        customerId: 'cus_alice',
        cardId: 'pm_visa',
        outcome: 'accepted',
      }),
    ]);
  });

  test('what a browser request needs is neither needed nor enough: only the signature counts', async () => {
    const { post, list } = await start();
    const payload = stripeEvent();
    // Another site's page, the shopper's cookie: refused without the signature, taken with it.
    const crossSite = {
      Origin: 'https://evil.example',
      'Sec-Fetch-Site': 'cross-site',
      Cookie: 'sid=s3cr3t-alice',
      'Content-Type': 'text/plain',
    };
    expect((await post('stripe', payload, crossSite)).status).toBe(400);
    expect((await list()).some((c) => 'updated' in c)).toBe(false);
    const signed = await post('stripe', payload, {
      ...crossSite,
      'Stripe-Signature': stripeSignature(payload),
    });
    expect(signed.status).toBe(200);
  });

  test('a new number is said as `number`; another customer sees nothing', async () => {
    const { post, list } = await start();
    const payload = stripeEvent({}, { card: { last4: '1111', fingerprint: 'old' } });
    await post('stripe', payload, { 'Stripe-Signature': stripeSignature(payload) });
    expect((await list()).find((c) => c.id === 'pm_visa')?.updated?.fields).toEqual(['number']);
    expect(await list('cus_bob')).toEqual([]);
  });

  test('a wrong signature is 400 `invalid_signature`, audited, and stores nothing', async () => {
    const { post, list, audit, logs } = await start();
    const payload = stripeEvent();
    const response = await post('stripe', payload, {
      'Stripe-Signature': stripeSignature(payload, { secret: 'whsec_someone_else' }),
    });
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe('invalid_signature');
    expect((await list()).some((c) => 'updated' in c)).toBe(false);
    expect(audit).toEqual([
      expect.objectContaining({ outcome: 'bad_signature', reason: 'mismatch', eventId: null }),
    ]);
    // The log says that and why, never the body, the header or the secret.
    expect(logs).toEqual([
      expect.objectContaining({
        level: 'warn',
        message: 'saved-card-kit: webhook signature refused',
      }),
    ]);
    expect(JSON.stringify(logs)).not.toMatch(/whsec|v1=|pm_visa|4242/);
  });

  test('a flood of forgeries: each one audited, the log told once a minute per reason', async () => {
    const { post, audit, logs } = await start();
    const payload = stripeEvent();
    for (let i = 0; i < 5; i += 1) {
      await post('stripe', payload, { 'Stripe-Signature': `t=${i},v1=00` });
    }
    await post('stripe', payload);
    expect(audit.map((event) => event.reason)).toEqual([
      'mismatch',
      'mismatch',
      'mismatch',
      'mismatch',
      'mismatch',
      'missing',
    ]);
    expect(logs.map((log) => log.meta.reason)).toEqual(['mismatch', 'missing']);
  });

  test('a body changed after signing is refused', async () => {
    const { post, list } = await start();
    const payload = stripeEvent();
    const response = await post('stripe', payload.replace('pm_visa', 'pm_mc'), {
      'Stripe-Signature': stripeSignature(payload),
    });
    expect(response.status).toBe(400);
    expect((await list()).some((c) => 'updated' in c)).toBe(false);
  });

  test('a signature older than the tolerance (300 s) is refused as stale', async () => {
    const { post, list, audit } = await start();
    const payload = stripeEvent();
    const response = await post('stripe', payload, {
      'Stripe-Signature': stripeSignature(payload, {
        timestamp: Math.floor(Date.now() / 1000) - 600,
      }),
    });
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe('invalid_signature');
    expect(audit[0]).toMatchObject({ outcome: 'bad_signature', reason: 'stale' });
    expect((await list()).some((c) => 'updated' in c)).toBe(false);
  });

  test('no signature at all is refused', async () => {
    const { post, audit } = await start();
    const response = await post('stripe', stripeEvent());
    expect(response.status).toBe(400);
    expect(audit[0]).toMatchObject({ outcome: 'bad_signature', reason: 'missing' });
  });

  test('a replayed event id changes nothing', async () => {
    const { post, list, audit } = await start();
    const first = stripeEvent({ created: CREATED });
    await post('stripe', first, { 'Stripe-Signature': stripeSignature(first) });
    // Stripe re-signs a retry with a new timestamp; the event id is what makes it the same.
    // Even with other contents, a seen id is not recorded again.
    const again = stripeEvent(
      { created: CREATED + 60 },
      { card: { last4: '1111', exp_month: 1, exp_year: 2026 } },
    );
    const response = await post('stripe', again, { 'Stripe-Signature': stripeSignature(again) });
    expect(response.status).toBe(200);
    expect((await list()).find((c) => c.id === 'pm_visa')?.updated).toEqual({
      at: new Date(CREATED * 1000).toISOString(),
      fields: ['expiry'],
    });
    expect(audit.map((event) => event.outcome)).toEqual(['accepted', 'replayed']);
  });

  test('another event type, or a card with no customer, is acknowledged and ignored', async () => {
    const { post, list, audit } = await start();
    const other = stripeEvent({ id: 'evt_2' }).replace(
      'payment_method.automatically_updated',
      'payment_method.updated',
    );
    const detached = stripeEvent({ id: 'evt_3', customer: null });
    for (const payload of [other, detached]) {
      const response = await post('stripe', payload, {
        'Stripe-Signature': stripeSignature(payload),
      });
      expect(response.status).toBe(200);
    }
    expect(audit.map((event) => event.outcome)).toEqual(['ignored', 'ignored']);
    expect((await list()).some((c) => 'updated' in c)).toBe(false);
  });
});

describe('body limit', () => {
  test('a signed event of 200 KiB is read whole (past the wallet listener 64 KiB)', async () => {
    const { post, list } = await start();
    const event = JSON.parse(stripeEvent()) as Record<string, unknown>;
    event.padding = 'x'.repeat(200 * 1024);
    const payload = JSON.stringify(event);
    const response = await post('stripe', payload, {
      'Stripe-Signature': stripeSignature(payload),
    });
    expect(response.status).toBe(200);
    expect((await list()).find((c) => c.id === 'pm_visa')?.updated?.fields).toEqual(['expiry']);
  });

  test('a body over 256 KiB is 413 `payload_too_large` and never verified', async () => {
    const { post, audit } = await start();
    const payload = JSON.stringify({ padding: 'x'.repeat(257 * 1024) });
    const response = await post('stripe', payload, {
      'Stripe-Signature': stripeSignature(payload),
    });
    expect(response.status).toBe(413);
    expect(await errorCode(response)).toBe('payload_too_large');
    expect(audit).toEqual([
      expect.objectContaining({ outcome: 'invalid_request', provider: 'stripe' }),
    ]);
  });
});

describe('Adyen recurring.token.updated', () => {
  test('a valid HmacSignature marks the stored card; Adyen does not say which details', async () => {
    const adyenId = await adyenCardId('M5N7TQ4TG5PFWR50');
    const { post, list, audit } = await start([...CARDS, card({ id: adyenId, last4: '0004' })]);
    // Adyen's own example time form: an offset, not Z.
    const payload = adyenEvent({ createdAt: offsetTime(CREATED * 1000) });
    const response = await post('adyen', payload, { HmacSignature: adyenSignature(payload) });
    expect(response.status).toBe(200);
    const updated = (await list()).find((c) => c.id === adyenId)?.updated;
    expect(updated).toEqual({ at: new Date(CREATED * 1000).toISOString(), fields: [] });
    expect(audit[0]).toMatchObject({
      provider: 'adyen',
      eventId: 'QBQQ9DLNRHHKGK38',
      outcome: 'accepted',
    });
  });

  test('an HMAC under another key, or over other bytes, is 400 and stores nothing', async () => {
    const adyenId = await adyenCardId('M5N7TQ4TG5PFWR50');
    const { post, list, audit } = await start([card({ id: adyenId })]);
    const payload = adyenEvent();
    const otherKey = ADYEN_HMAC_KEY.replace(/^44/, '45');
    for (const [body, signature] of [
      [payload, adyenSignature(payload, otherKey)],
      [adyenEvent({ shopper: 'cus_bob' }), adyenSignature(payload)],
      [payload, 'not base64!'],
    ] as const) {
      const response = await post('adyen', body, { HmacSignature: signature });
      expect(response.status).toBe(400);
      expect(await errorCode(response)).toBe('invalid_signature');
    }
    expect(audit.map((event) => [event.outcome, event.reason])).toEqual([
      ['bad_signature', 'mismatch'],
      ['bad_signature', 'mismatch'],
      ['bad_signature', 'mismatch'],
    ]);
    expect((await list()).some((c) => 'updated' in c)).toBe(false);
  });

  test('a replayed Adyen event is acknowledged and changes nothing', async () => {
    const { post, audit } = await start();
    const payload = adyenEvent();
    for (let i = 0; i < 2; i += 1) {
      expect(
        (await post('adyen', payload, { HmacSignature: adyenSignature(payload) })).status,
      ).toBe(200);
    }
    expect(audit.map((event) => event.outcome)).toEqual(['accepted', 'replayed']);
  });
});

describe('routing', () => {
  test('an unknown provider is 404 `unknown_provider`, audited with no provider named', async () => {
    const { post, audit } = await start();
    const response = await post('braintree', stripeEvent());
    expect(response.status).toBe(404);
    expect(await errorCode(response)).toBe('unknown_provider');
    expect(audit).toEqual([
      expect.objectContaining({ outcome: 'unknown_provider', provider: null }),
    ]);
  });

  test('a GET on a webhook route is 405 with Allow: POST; the wallet routes still answer', async () => {
    const { url, list } = await start();
    const response = await fetch(`${url}/api/wallet/webhooks/stripe`);
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('POST');
    expect(await list()).toHaveLength(2);
  });
});

test('the Stripe secret the test signs with is the one the handler checks with', () => {
  // Guards the suite itself: a typo here would make every "refused" test pass for nothing.
  expect(STRIPE_SECRET.startsWith('whsec_')).toBe(true);
});
