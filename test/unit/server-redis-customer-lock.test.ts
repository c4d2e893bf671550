// @vitest-environment node
import { afterEach, describe, expect, test } from 'vitest';
import type { CustomerLockStore } from '../../src/server/index';
import { juspayProvider, memoryProvider, redisCustomerLock } from '../../src/server/index';
import { juspayCardId } from '../../src/server/providers/juspay-ref';
import type { JuspayFake } from '../fakes/juspay-fake';
import { startJuspayFake } from '../fakes/juspay-fake';
import { card } from '../helpers/cards';
import { privateRedisServer } from '../helpers/private-redis-server';
import { startRedisServer } from '../helpers/redis-server';
import type { HttpWallet } from '../helpers/wallet-http';
import { httpWallet } from '../helpers/wallet-http';

const { client } = privateRedisServer();
const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((item) => item.close()));
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const request = (ttlMs = 5000, signal = new AbortController().signal) => ({ signal, ttlMs });
const KEY = 'saved-card-kit:lock:card.delete:alice';

describe('redisCustomerLock against a real redis-server', () => {
  test('SET NX PX with a token: the key holds a random token under the TTL until released', async () => {
    const redis = client();
    const release = await redisCustomerLock(redis).acquire('card.delete:alice', request(5000));
    expect(await redis.get(KEY)).toMatch(/^[0-9a-f-]{36}$/);
    const ttl = await redis.pttl(KEY);
    expect(ttl).toBeGreaterThan(4000);
    expect(ttl).toBeLessThanOrEqual(5000);
    await release();
    expect(await redis.exists(KEY)).toBe(0);
  });

  test('a second instance waits for the first to release', async () => {
    const [a, b] = [redisCustomerLock(client()), redisCustomerLock(client())];
    const order: string[] = [];
    const releaseA = await a.acquire('card.delete:alice', request());
    const waiting = b.acquire('card.delete:alice', request()).then((release) => {
      order.push('b holds');
      return release;
    });
    await sleep(100);
    order.push('a releases');
    await releaseA();
    await (await waiting)();
    expect(order).toEqual(['a releases', 'b holds']);
  });

  test('a waiter whose budget runs out gives up and leaves the holder’s key alone', async () => {
    const redis = client();
    const [a, b] = [redisCustomerLock(redis), redisCustomerLock(client())];
    await a.acquire('card.delete:alice', request());
    const token = await redis.get(KEY);
    const budget = new AbortController();
    const gaveUp = b.acquire('card.delete:alice', request(5000, budget.signal));
    setTimeout(() => budget.abort(new Error('budget spent')), 80);
    await expect(gaveUp).rejects.toThrow('budget spent');
    expect(await redis.get(KEY)).toBe(token);
  });

  test('the Lua release deletes only its own token: a lock that expired and was taken over stays', async () => {
    const redis = client();
    const [a, b] = [redisCustomerLock(redis), redisCustomerLock(client())];
    const staleRelease = await a.acquire('card.delete:alice', request(100));
    await sleep(150);
    const releaseB = await b.acquire('card.delete:alice', request(5000));
    const tokenB = await redis.get(KEY);
    await staleRelease();
    expect(await redis.get(KEY)).toBe(tokenB);
    await releaseB();
    expect(await redis.exists(KEY)).toBe(0);
  });

  test('a holder that died frees the lock when its TTL runs out', async () => {
    const [a, b] = [redisCustomerLock(client()), redisCustomerLock(client())];
    await a.acquire('card.delete:alice', request(150));
    const started = Date.now();
    const release = await b.acquire('card.delete:alice', request());
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    await release();
  });

  test('keys live under the given prefix', async () => {
    const redis = client();
    await redisCustomerLock(redis, { prefix: 'shop-a:' }).acquire('k', request());
    expect(await redis.keys('*')).toEqual(['shop-a:k']);
  });

  test('Redis down: the delete is refused with 502 and nothing is deleted', async () => {
    const doomed = await startRedisServer();
    const customerLock: CustomerLockStore = redisCustomerLock(client(doomed.port));
    const provider = memoryProvider({ alice: [card({ id: 'c1' }), card({ id: 'c2' })] });
    const wallet = await httpWallet({ provider, customerLock });
    open.push(wallet);
    try {
      expect((await wallet.remove('c1')).status).toBe(200);
      await doomed.stop();
      expect((await wallet.remove('c2')).status).toBe(502);
      expect(provider.peek('alice').map((c) => c.id)).toEqual(['c2']);
      expect(wallet.audit.map((event) => event.outcome)).toEqual(['deleted', 'provider_error']);
    } finally {
      await doomed.stop();
    }
  });
});

describe('two handler instances, one redis-server (docs/server.md customerLock)', () => {
  const visa = (reference: string) => ({
    card_reference: reference,
    card_number: 'XXXXXXXXXXXX1111',
    card_exp_month: '07',
    card_exp_year: '2031',
  });

  async function instances(fake: JuspayFake): Promise<[HttpWallet, HttpWallet]> {
    const make = async () => {
      const wallet = await httpWallet({
        // Each instance has its own adapter and Redis connection; only the provider and Redis are shared.
        provider: juspayProvider({
          apiKey: fake.apiKey,
          merchantId: fake.merchantId,
          baseUrl: fake.url,
        }),
        customerLock: redisCustomerLock(client()),
        keepAtLeast: 1,
      });
      open.push(wallet);
      return wallet;
    };
    return [await make(), await make()];
  }

  test('concurrent deletes of one shopper’s last two cards with keepAtLeast: 1 leave exactly one (5 rounds)', async () => {
    for (let round = 0; round < 5; round += 1) {
      const fake = await startJuspayFake({ cards: { alice: [visa('ref_a1'), visa('ref_a2')] } });
      open.push(fake);
      // Every provider call takes 50 ms, so both instances' work would overlap without the lock.
      fake.delay(50);
      const [one, two] = await instances(fake);
      const responses = await Promise.all([
        one.remove(await juspayCardId('ref_a1')),
        two.remove(await juspayCardId('ref_a2')),
      ]);
      const answers = await Promise.all(
        responses.map(async (response) => [response.status, await response.json()] as const),
      );
      const statuses = answers.map(([status]) => status).sort();
      expect(statuses, `round ${round}`).toEqual([200, 409]);
      expect(answers.find(([status]) => status === 409)?.[1]).toMatchObject({
        error: { code: 'card_in_use', reason: 'last_card' },
      });
      expect(fake.references('alice'), `round ${round}`).toHaveLength(1);
      expect(await client().keys('saved-card-kit:lock:*')).toEqual([]);
    }
  });
});
