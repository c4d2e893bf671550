// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { createWalletHandler, memoryProvider, redisRateLimitStore } from '../../src/server/index';
import { card } from '../helpers/cards';
import { privateRedisServer } from '../helpers/private-redis-server';
import { startRedisServer } from '../helpers/redis-server';
import { del, harness, json } from '../helpers/server-fixtures';

const { client } = privateRedisServer();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('redisRateLimitStore', () => {
  test('counts hits in a fixed window that Redis expires', async () => {
    const redis = client();
    const store = redisRateLimitStore(redis);
    const before = Date.now();
    const first = await store.hit('card.delete:alice', 300);
    const second = await store.hit('card.delete:alice', 300);
    expect(first.count).toBe(1);
    expect(second.count).toBe(2);
    expect(first.resetAt).toBeGreaterThan(before);
    expect(first.resetAt).toBeLessThanOrEqual(Date.now() + 300);
    // Same window: the second hit must not push the reset time out.
    expect(Math.abs(second.resetAt - first.resetAt)).toBeLessThan(50);
    expect(await redis.pttl('saved-card-kit:rl:card.delete:alice')).toBeGreaterThan(0);
    expect((await store.hit('card.delete:bob', 300)).count).toBe(1);

    await sleep(350);
    expect(await redis.exists('saved-card-kit:rl:card.delete:alice')).toBe(0);
    expect((await store.hit('card.delete:alice', 300)).count).toBe(1);
  });

  test('keeps its keys under the given prefix', async () => {
    const redis = client();
    await redisRateLimitStore(redis, { prefix: 'shop-a:' }).hit('k', 60_000);
    await redisRateLimitStore(redis, { prefix: 'shop-b:' }).hit('k', 60_000);
    expect((await redis.keys('*')).sort()).toEqual(['shop-a:k', 'shop-b:k']);
    expect((await redisRateLimitStore(redis, { prefix: 'shop-a:' }).hit('k', 60_000)).count).toBe(
      2,
    );
  });

  test('gives an expiry back to a counter found without one', async () => {
    const redis = client();
    await redis.set('saved-card-kit:rl:stuck', '5');
    const { count, resetAt } = await redisRateLimitStore(redis, { now: () => 1_000 }).hit(
      'stuck',
      60_000,
    );
    expect(count).toBe(6);
    expect(resetAt).toBe(61_000);
    const ttl = await redis.pttl('saved-card-kit:rl:stuck');
    expect(ttl).toBeGreaterThan(59_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  test('50 parallel hits from several clients count 1..50, each exactly once', async () => {
    const stores = Array.from({ length: 5 }, () => redisRateLimitStore(client()));
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => stores[i % stores.length]?.hit('busy', 60_000)),
    );
    const counts = results.map((result) => result?.count).sort((a = 0, b = 0) => a - b);
    expect(counts).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  test('Redis errors reach the caller', async () => {
    const redis = client();
    await redis.set('saved-card-kit:rl:text', 'not a number');
    await expect(redisRateLimitStore(redis).hit('text', 1_000)).rejects.toThrow(/integer/);
    const garbage = redisRateLimitStore({ eval: async () => 'OK' });
    await expect(garbage.hit('k', 1_000)).rejects.toThrow(/unexpected reply/);
  });
});

describe('the handler on a Redis rate limit', () => {
  test('two handler instances sharing one Redis enforce one limit', async () => {
    const provider = memoryProvider({
      alice: ['c1', 'c2', 'c3', 'c4', 'c5'].map((id) => card({ id })),
    });
    const [a, b] = [client(), client()].map((redis) =>
      createWalletHandler({
        provider,
        getCustomerId: (req) => req.headers.get('X-Test-User'),
        rateLimit: { max: 3, windowMs: 60_000, store: redisRateLimitStore(redis) },
        logger: { error: () => {} },
      }),
    );
    if (a === undefined || b === undefined) throw new Error('two handlers expected');

    const statuses: number[] = [];
    for (const [i, handler] of [a, b, a, b].entries()) {
      statuses.push((await handler(del(`c${i + 1}`))).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);

    const refused = await a(del('c5'));
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('Retry-After'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await json(refused)).toMatchObject({ error: { code: 'rate_limited' } });
    expect(provider.peek('alice').map((c) => c.id)).toEqual(['c4', 'c5']);
    // Another customer has a window of their own.
    expect((await b(del('c4', { user: 'bob' }))).status).toBe(404);
  });

  test('Redis down: the delete is refused with 502 provider_error and nothing is deleted', async () => {
    const doomed = await startRedisServer();
    try {
      const redis = client(doomed.port);
      const { handler, provider, audit, logs } = harness({
        rateLimit: { max: 3, windowMs: 60_000, store: redisRateLimitStore(redis) },
      });
      expect((await handler(del('card_a1'))).status).toBe(200);

      await doomed.stop();
      const response = await handler(del('card_a2'));
      expect(response.status).toBe(502);
      expect(await json(response)).toMatchObject({ error: { code: 'provider_error' } });
      expect(provider.peek('alice').map((c) => c.id)).toEqual(['card_a2']);
      expect(audit.map((event) => event.outcome)).toEqual(['deleted', 'provider_error']);
      expect(logs).toEqual([
        {
          message: 'saved-card-kit: hook failed',
          meta: expect.objectContaining({ hook: 'rateLimit', reason: 'error' }),
        },
      ]);
    } finally {
      await doomed.stop();
    }
  });
});
