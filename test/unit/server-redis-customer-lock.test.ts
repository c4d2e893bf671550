// @vitest-environment node
import type Redis from 'ioredis';
import { describe, expect, test } from 'vitest';
import type { CustomerLockStore } from '../../src/server/index';
import { juspayProvider, memoryProvider, redisCustomerLock } from '../../src/server/index';
import { juspayCardId } from '../../src/server/providers/juspay-ref';
import { POLL_SCRIPT, RELEASE_SCRIPT } from '../../src/server/stores/redis-lock-scripts';
import type { JuspayFake } from '../fakes/juspay-fake';
import { startJuspayFake } from '../fakes/juspay-fake';
import { card } from '../helpers/cards';
import { closedAfterEach } from '../helpers/closed-after-each';
import { privateRedisServer } from '../helpers/private-redis-server';
import { startRedisServer } from '../helpers/redis-server';
import type { HttpWallet } from '../helpers/wallet-http';
import { httpWallet } from '../helpers/wallet-http';

const { client } = privateRedisServer();
const open = closedAfterEach();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const request = (leaseMs = 5000, signal = new AbortController().signal) => ({ signal, leaseMs });
const KEY = 'saved-card-kit:lock:{card.delete:alice}';

describe('redisCustomerLock against a real redis-server', () => {
  test('the holder key keeps "<token>:<instance>/<waiter>" under the lease until released', async () => {
    const redis = client();
    const held = await redisCustomerLock(redis).acquire('card.delete:alice', request(5000));
    expect(await redis.get(KEY)).toMatch(new RegExp(`^${held.token}:[0-9a-f-]{36}/[0-9a-z]+$`));
    const ttl = await redis.pttl(KEY);
    expect(ttl).toBeGreaterThan(4000);
    expect(ttl).toBeLessThanOrEqual(5000);
    expect(await held.stillHeld()).toBe(true);
    await held.release();
    expect(await redis.exists(KEY)).toBe(0);
    expect(await held.stillHeld()).toBe(false);
  });

  test('renew extends only its own lease', async () => {
    const redis = client();
    const held = await redisCustomerLock(redis).acquire('card.delete:alice', request(300));
    await sleep(200);
    expect(await held.renew()).toBe(true);
    expect(await redis.pttl(KEY)).toBeGreaterThan(250);
    await redis.del(KEY);
    expect(await held.renew()).toBe(false);
    expect(await redis.exists(KEY)).toBe(0);
  });

  test('a second instance waits for the first to release', async () => {
    const [a, b] = [redisCustomerLock(client()), redisCustomerLock(client())];
    const order: string[] = [];
    const first = await a.acquire('card.delete:alice', request());
    const waiting = b.acquire('card.delete:alice', request()).then((held) => {
      order.push('b holds');
      return held;
    });
    await sleep(100);
    order.push('a releases');
    await first.release();
    await (await waiting).release();
    expect(order).toEqual(['a releases', 'b holds']);
  });

  test('waiters on several instances are served in arrival order (FIFO), each with a larger token', async () => {
    const stores = Array.from({ length: 6 }, () => redisCustomerLock(client()));
    const [first, ...rest] = stores as [CustomerLockStore, ...CustomerLockStore[]];
    const holder = await first.acquire('card.delete:alice', request());
    const served: Array<{ n: number; token: number }> = [];
    const waiting: Promise<void>[] = [];
    for (const [n, store] of rest.entries()) {
      waiting.push(
        store.acquire('card.delete:alice', request()).then(async (held) => {
          served.push({ n, token: held.token });
          await held.release();
        }),
      );
      // Queued before the next one arrives.
      while ((await client().zcard(`${KEY}:queue`)) < n + 1) await sleep(5);
    }
    await holder.release();
    await Promise.all(waiting);
    expect(served.map((s) => s.n)).toEqual([0, 1, 2, 3, 4]);
    const tokens = [holder.token, ...served.map((s) => s.token)];
    expect(tokens).toEqual(tokens.toSorted((x, y) => x - y));
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  test('waiters of one instance are served in arrival order (FIFO), each with a larger token', async () => {
    const store = redisCustomerLock(client());
    const holder = await store.acquire('card.delete:alice', request());
    const served: Array<{ n: number; token: number }> = [];
    const waiting = Array.from({ length: 30 }, (_, n) =>
      store.acquire('card.delete:alice', request()).then(async (held) => {
        served.push({ n, token: held.token });
        await held.release();
      }),
    );
    await holder.release();
    await Promise.all(waiting);
    expect(served.map((s) => s.n)).toEqual(Array.from({ length: 30 }, (_, n) => n));
    const tokens = [holder.token, ...served.map((s) => s.token)];
    expect(tokens).toEqual(tokens.toSorted((x, y) => x - y));
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  test('waiters of two instances, arriving in turns, are served in arrival order across both', async () => {
    const [a, b] = [redisCustomerLock(client()), redisCustomerLock(client())];
    const holder = await a.acquire('card.delete:alice', request());
    const served: string[] = [];
    const waiting: Promise<void>[] = [];
    // a0 a1 b2 a3 b4 b5 a6 …: runs on each instance, so both hand over to their own and to the other.
    const arrivals = 'aabab' + 'baabb' + 'abbaa';
    for (const [n, name] of [...arrivals].entries()) {
      const store = name === 'a' ? a : b;
      waiting.push(
        store.acquire('card.delete:alice', request()).then(async (held) => {
          served.push(`${name}${n}`);
          await held.release();
        }),
      );
      // Queued before the next one arrives: arrival order is the order Redis saw.
      while ((await client().zcard(`${KEY}:queue`)) < n + 1) await sleep(2);
    }
    await holder.release();
    await Promise.all(waiting);
    expect(served).toEqual([...arrivals].map((name, n) => `${name}${n}`));
  });

  test('a waiter that gives up keeps its instance’s line in order and moving', async () => {
    const store = redisCustomerLock(client());
    const holder = await store.acquire('card.delete:alice', request());
    const served: number[] = [];
    const budgets = Array.from({ length: 6 }, () => new AbortController());
    const waiting = budgets.map((budget, n) =>
      store.acquire('card.delete:alice', request(5000, budget.signal)).then(
        async (held) => {
          served.push(n);
          await held.release();
        },
        () => undefined,
      ),
    );
    while ((await client().zcard(`${KEY}:queue`)) < 6) await sleep(2);
    budgets[0]?.abort(new Error('budget spent'));
    budgets[3]?.abort(new Error('budget spent'));
    await holder.release();
    await Promise.all(waiting);
    expect(served).toEqual([1, 2, 4, 5]);
    expect(await client().keys(`${KEY}*`)).toEqual([`${KEY}:fence`]);
  });

  test('a release wakes the next waiter of the same instance at once, not at its next poll', async () => {
    const store = redisCustomerLock(client(), { retryDelayMs: 1000 });
    const first = await store.acquire('card.delete:alice', request());
    const next = store.acquire('card.delete:alice', request());
    while ((await client().zcard(`${KEY}:queue`)) < 1) await sleep(5);
    // Mid-sleep: its next poll is 500 ms or more away.
    await sleep(50);
    const released = performance.now();
    await first.release();
    await (await next).release();
    expect(performance.now() - released).toBeLessThan(250);
  });

  test('a waiter whose budget runs out gives up, leaves the queue, and leaves the holder alone', async () => {
    const redis = client();
    const [a, b] = [redisCustomerLock(redis), redisCustomerLock(client())];
    await a.acquire('card.delete:alice', request());
    const value = await redis.get(KEY);
    const budget = new AbortController();
    const gaveUp = b.acquire('card.delete:alice', request(5000, budget.signal));
    setTimeout(() => budget.abort(new Error('budget spent')), 80);
    await expect(gaveUp).rejects.toThrow('budget spent');
    await sleep(20);
    expect(await redis.get(KEY)).toBe(value);
    expect(await redis.zcard(`${KEY}:queue`)).toBe(0);
  });

  test('the release deletes only its own grant: a lock that lapsed and was taken over stays', async () => {
    const redis = client();
    const [a, b] = [redisCustomerLock(redis), redisCustomerLock(client())];
    const stale = await a.acquire('card.delete:alice', request(100));
    await sleep(150);
    const taken = await b.acquire('card.delete:alice', request(5000));
    const value = await redis.get(KEY);
    expect(await stale.stillHeld()).toBe(false);
    await stale.release();
    expect(await redis.get(KEY)).toBe(value);
    expect(taken.token).toBeGreaterThan(stale.token);
    await taken.release();
    expect(await redis.exists(KEY)).toBe(0);
  });

  test('a check right after the grant asks Redis: a lock lost and taken over at once is seen', async () => {
    const redis = client();
    const [a, b] = [redisCustomerLock(redis), redisCustomerLock(client())];
    const first = await a.acquire('card.delete:alice', request());
    // Within a millisecond or two of the grant, Redis loses the lock (a restart or failover
    // would) and another instance takes it: the first holder must not go on.
    await redis.del(KEY);
    const second = await b.acquire('card.delete:alice', request());
    expect(await first.stillHeld()).toBe(false);
    expect(await second.stillHeld()).toBe(true);
    await second.release();
  });

  test('two instances taking turns never hold the lock at once, and serve all in order of their tokens', async () => {
    const [a, b] = [redisCustomerLock(client()), redisCustomerLock(client())];
    let inside = 0;
    let most = 0;
    const tokens: number[] = [];
    const turn = async (store: CustomerLockStore) => {
      const held = await store.acquire('card.delete:alice', request());
      inside += 1;
      most = Math.max(most, inside);
      tokens.push(held.token);
      // A check and a pause, as a delete's list and delete would take.
      expect(await held.stillHeld()).toBe(true);
      await sleep(1);
      inside -= 1;
      await held.release();
    };
    await Promise.all(Array.from({ length: 40 }, (_, n) => turn(n % 2 === 0 ? a : b)));
    expect(most).toBe(1);
    expect(tokens).toHaveLength(40);
    expect(tokens).toEqual(tokens.toSorted((x, y) => x - y));
  });

  test('scripts go by hash (EVALSHA) once Redis has them, and whole again after Redis lost them', async () => {
    const redis = client();
    const store = redisCustomerLock(redis);
    // Calls that ran, by command: a hash Redis did not know (NOSCRIPT) counts as failed.
    const ran = async () => {
      const stats = await redis.info('commandstats');
      const count = (name: string) => {
        const line = new RegExp(`cmdstat_${name}:calls=(\\d+).*failed_calls=(\\d+)`).exec(stats);
        return Number(line?.[1] ?? 0) - Number(line?.[2] ?? 0);
      };
      return { eval: count('eval'), evalsha: count('evalsha') };
    };
    const turns = async (n: number) => {
      for (let i = 0; i < n; i += 1) {
        const held = await store.acquire('card.delete:alice', request());
        expect(await held.stillHeld()).toBe(true);
        await held.release();
      }
    };
    for (let round = 0; round < 2; round += 1) {
      // Redis lost its scripts (a restart, a failover, SCRIPT FLUSH): each of the join, the
      // check and the release is sent whole once, then by hash.
      await redis.script('FLUSH');
      await redis.config('RESETSTAT');
      await turns(10);
      expect(await ran(), `round ${round}`).toEqual({ eval: 3, evalsha: 27 });
    }
  });

  test('a join Redis refused (its script lost) is not sent again once its waiter gave up', async () => {
    const redis = client();
    const store = redisCustomerLock(redis);
    await (await store.acquire('card.delete:alice', request())).release();
    await redis.script('FLUSH');
    // The join goes by hash and is refused; the leave, sent before that answer, runs.
    const budget = new AbortController();
    const gaveUp = store.acquire('card.delete:alice', request(60_000, budget.signal));
    budget.abort(new Error('budget spent'));
    await expect(gaveUp).rejects.toThrow('budget spent');
    await sleep(50);
    // Sent again, the join would have queued a waiter nobody answers for, holding the lock
    // for its 60 s lease.
    expect(await redis.exists(KEY)).toBe(0);
    const other = redisCustomerLock(client());
    const quick = new AbortController();
    setTimeout(() => quick.abort(new Error('waited for a ghost')), 1000);
    await (await other.acquire('card.delete:alice', request(5000, quick.signal))).release();
  });

  test('a head’s poll Redis refused (its script lost) after the head was served leaves the line waiting', async () => {
    const redis = client();
    // Polls of the lock's queue wait at this gate while it is shut; the rest goes straight on.
    let open = () => {};
    let gate: Promise<void> | undefined;
    const gated = {
      eval: (...args: Parameters<Redis['eval']>) => redis.eval(...args),
      evalsha: async (sha: string, numKeys: number, ...args: Array<string | number>) => {
        if (sha === POLL_SCRIPT.sha && gate !== undefined) await gate;
        return redis.evalsha(sha, numKeys, ...args);
      },
    };
    const store = redisCustomerLock(gated, { retryDelayMs: 1 });
    await (await store.acquire('card.delete:alice', request())).release();
    const holder = await store.acquire('card.delete:alice', request());
    const served: string[] = [];
    const waiter = (name: string) =>
      store.acquire('card.delete:alice', request()).then(async (held) => {
        served.push(name);
        await sleep(5);
        await held.release();
      });
    const first = waiter('first');
    while ((await redis.zcard(`${KEY}:queue`)) < 1) await sleep(2);
    const second = waiter('second');
    while ((await redis.zcard(`${KEY}:queue`)) < 2) await sleep(2);
    // Redis loses the poll script but keeps the release; the first waiter's poll is held back.
    await redis.script('FLUSH');
    await redis.script('LOAD', RELEASE_SCRIPT.body);
    gate = new Promise((resolve) => {
      open = resolve;
    });
    await sleep(20);
    await holder.release();
    while (served.length === 0) await sleep(1);
    // The poll reaches Redis after the grant and is refused; not sent again (its waiter is
    // served), and the second waiter keeps its place.
    gate = undefined;
    open();
    await Promise.all([first, second]);
    expect(served).toEqual(['first', 'second']);
  });

  test('a holder that died frees the lock when its lease runs out', async () => {
    const [a, b] = [redisCustomerLock(client()), redisCustomerLock(client())];
    await a.acquire('card.delete:alice', request(150));
    const started = Date.now();
    const held = await b.acquire('card.delete:alice', request());
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    await held.release();
  });

  test('a waiter that died loses its place; the one behind it is served', async () => {
    const redis = client();
    const store = redisCustomerLock(redis);
    const holder = await store.acquire('card.delete:alice', request());
    // A waiter that polled once and was never heard of again (its process died).
    await redis.zadd(`${KEY}:queue`, 1, 'dead-waiter');
    await redis.zadd(`${KEY}:alive`, Date.now() + 100, 'dead-waiter');
    const behind = redisCustomerLock(client()).acquire('card.delete:alice', request());
    await holder.release();
    const started = Date.now();
    await (await behind).release();
    expect(Date.now() - started).toBeLessThan(1000);
  });

  test('keys live under the given prefix, in one hash tag (one Redis Cluster slot)', async () => {
    const redis = client();
    await redisCustomerLock(redis, { prefix: 'shop-a:' }).acquire('k', request());
    expect((await redis.keys('*')).toSorted()).toEqual(['shop-a:{k}', 'shop-a:{k}:fence']);
  });

  test.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])(
    'retryDelayMs %s is refused when the store is built',
    (retryDelayMs) => {
      expect(() => redisCustomerLock(client(), { retryDelayMs })).toThrow(
        /redisCustomerLock: retryDelayMs must be a number of milliseconds from 1 to 2147483647/,
      );
    },
  );

  test('a Redis restart without persistence loses the grant, and the next token is still larger', async () => {
    let server = await startRedisServer();
    const { port } = server;
    try {
      const redis = client(port);
      const store = redisCustomerLock(redis);
      const before = await store.acquire('card.delete:alice', request());
      await server.stop();
      server = await startRedisServer(port);
      while ((await redis.ping().catch(() => null)) !== 'PONG') await sleep(20);
      expect(await redis.keys('*')).toEqual([]);
      expect(await before.stillHeld()).toBe(false);
      expect(await before.renew()).toBe(false);
      const after = await redisCustomerLock(client(port)).acquire('card.delete:alice', request());
      expect(after.token).toBeGreaterThan(before.token);
    } finally {
      await server.stop();
    }
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
      // Only the fence counter stays (it expires by itself): nobody holds or waits.
      expect(await client().keys('saved-card-kit:lock:*')).toEqual([
        'saved-card-kit:lock:{card.delete:alice}:fence',
      ]);
    }
  });
});
