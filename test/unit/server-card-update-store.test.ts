// @vitest-environment node
import { afterEach, describe, expect, test } from 'vitest';
import type { CardUpdateRecord, CardUpdateStore } from '../../src/server/index';
import {
  DEFAULT_CARD_UPDATE_TTL_MS,
  memoryCardUpdateStore,
  redisCardUpdateStore,
} from '../../src/server/index';
import { card } from '../helpers/cards';
import { privateRedisServer } from '../helpers/private-redis-server';
import type { WebhookServer } from '../helpers/webhook-server';
import { stripeEvent, stripeSignature, webhookServer } from '../helpers/webhook-server';

const { client } = privateRedisServer();

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 10, 1);

function update(overrides: Partial<CardUpdateRecord> = {}): CardUpdateRecord {
  return {
    eventId: 'evt_1',
    provider: 'stripe',
    customerId: 'cus_alice',
    cardId: 'pm_visa',
    at: T0,
    fields: ['expiry'],
    ...overrides,
  };
}

// The same behaviour from both stores, each on its own clock.
const STORES: Array<[string, (now: () => number, ttlMs?: number) => CardUpdateStore]> = [
  ['memoryCardUpdateStore', (now, ttlMs) => memoryCardUpdateStore({ now, ttlMs })],
  ['redisCardUpdateStore', (now, ttlMs) => redisCardUpdateStore(client(), { now, ttlMs })],
];

describe.each(STORES)('%s', (_name, make) => {
  test('records an update once; the same event id again changes nothing', async () => {
    let now = T0 + 1000;
    const store = make(() => now);
    expect(await store.record(update())).toBe('recorded');
    now += DAY;
    expect(await store.record(update({ at: T0 + DAY, fields: ['number'] }))).toBe('replay');
    expect(await store.updatesFor('cus_alice')).toEqual(
      new Map([['pm_visa', { at: new Date(T0).toISOString(), fields: ['expiry'] }]]),
    );
    expect((await store.updatesFor('cus_bob')).size).toBe(0);
  });

  test('the same event id from another provider is another event', async () => {
    const store = make(() => T0);
    expect(await store.record(update())).toBe('recorded');
    expect(await store.record(update({ provider: 'adyen', cardId: 'spm_x', fields: [] }))).toBe(
      'recorded',
    );
    expect([...(await store.updatesFor('cus_alice')).keys()].sort()).toEqual(['pm_visa', 'spm_x']);
  });

  test('two changes to one card add up; an older event never hides a newer one', async () => {
    const store = make(() => T0 + 2 * DAY);
    await store.record(update({ eventId: 'evt_new', at: T0 + DAY, fields: ['number'] }));
    await store.record(update({ eventId: 'evt_old', at: T0, fields: ['expiry'] }));
    await store.record(update({ eventId: 'evt_older', at: T0 - DAY, fields: ['number'] }));
    expect((await store.updatesFor('cus_alice')).get('pm_visa')).toEqual({
      at: new Date(T0 + DAY).toISOString(),
      fields: ['expiry', 'number'],
    });
  });

  test('an update is shown for the TTL from its time, then no more', async () => {
    let now = T0;
    const store = make(() => now, 10 * DAY);
    await store.record(update());
    now = T0 + 10 * DAY - 1;
    expect((await store.updatesFor('cus_alice')).has('pm_visa')).toBe(true);
    now = T0 + 10 * DAY;
    expect((await store.updatesFor('cus_alice')).size).toBe(0);
  });

  test('an event already older than the TTL is remembered, not shown', async () => {
    const store = make(() => T0 + 40 * DAY);
    expect(await store.record(update())).toBe('recorded');
    expect((await store.updatesFor('cus_alice')).size).toBe(0);
    expect(await store.record(update())).toBe('replay');
  });

  test('twenty deliveries of one event at once record it once', async () => {
    const store = make(() => T0);
    const results = await Promise.all(Array.from({ length: 20 }, () => store.record(update())));
    expect(results.filter((result) => result === 'recorded')).toHaveLength(1);
  });
});

test('the memory store forgets expired events and updates as it is used', async () => {
  let now = T0;
  const store = memoryCardUpdateStore({ now: () => now, ttlMs: DAY });
  for (let i = 0; i < 50; i += 1) {
    await store.record(update({ eventId: `evt_${i}`, customerId: `cus_${i}` }));
  }
  expect(store.size()).toEqual({ events: 50, customers: 50 });
  now = T0 + DAY + 60_000;
  await store.updatesFor('cus_0');
  expect(store.size()).toEqual({ events: 0, customers: 0 });
});

describe('redisCardUpdateStore in Redis', () => {
  test('keys expire in Redis: 30 days by default, each customer under its own hash tag', async () => {
    const redis = client();
    const now = Date.now();
    await redisCardUpdateStore(redis).record(update({ at: now }));
    const keys = (await redis.keys('*')).sort();
    expect(keys).toEqual([
      'saved-card-kit:cu:{cus_alice}:e:stripe:evt_1',
      'saved-card-kit:cu:{cus_alice}:u',
    ]);
    for (const key of keys) {
      const ttl = await redis.pttl(key);
      expect(ttl).toBeGreaterThan(DEFAULT_CARD_UPDATE_TTL_MS - 60_000);
      expect(ttl).toBeLessThanOrEqual(DEFAULT_CARD_UPDATE_TTL_MS);
    }
    // Stored as times, never card data.
    expect(await redis.hgetall('saved-card-kit:cu:{cus_alice}:u')).toEqual({
      'expiry:pm_visa': String(now),
    });
  });

  test('keeps its keys under the given prefix', async () => {
    const redis = client();
    await redisCardUpdateStore(redis, { prefix: 'shop-a:' }).record(update());
    expect(
      (await redisCardUpdateStore(redis, { prefix: 'shop-b:' }).updatesFor('cus_alice')).size,
    ).toBe(0);
    expect((await redis.keys('*')).every((key) => key.startsWith('shop-a:'))).toBe(true);
  });

  test('a Redis error reaches the caller (the webhook answers 500 and the provider retries)', async () => {
    const store = redisCardUpdateStore(client(1));
    await expect(store.record(update())).rejects.toThrow();
  });
});

describe('through HTTP, on Redis', () => {
  let server: WebhookServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  test('an event delivered to one instance marks the list another instance serves', async () => {
    const cards = [card({ id: 'pm_visa' })];
    const one = await webhookServer(redisCardUpdateStore(client()), cards);
    server = await webhookServer(redisCardUpdateStore(client()), cards);
    try {
      const payload = stripeEvent();
      expect(
        (await one.post('stripe', payload, { 'Stripe-Signature': stripeSignature(payload) }))
          .status,
      ).toBe(200);
    } finally {
      await one.close();
    }
    expect((await server.list())[0]?.updated?.fields).toEqual(['expiry']);
  });

  test('a store that is down: the webhook is 500 `store_unavailable`, the list still shows the cards', async () => {
    server = await webhookServer(redisCardUpdateStore(client(1)), [card({ id: 'pm_visa' })]);
    const payload = stripeEvent();
    const response = await server.post('stripe', payload, {
      'Stripe-Signature': stripeSignature(payload),
    });
    expect(response.status).toBe(500);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'store_unavailable',
    );
    expect(server.audit.map((event) => event.outcome)).toEqual(['store_error']);
    expect(await server.list()).toEqual([card({ id: 'pm_visa' })]);
    expect(server.logs.map((log) => log.message)).toContain(
      'saved-card-kit: card updates left out of the list',
    );
  });
});
