// @vitest-environment node
import type { RedisOptions } from 'ioredis';
import Redis from 'ioredis';
import { describe, expect, test } from 'vitest';
import type { CustomerLockStore, WalletHandlerOptions } from '../../src/server/index';
import { memoryCustomerLock, memoryProvider, redisCustomerLock } from '../../src/server/index';
import { card } from '../helpers/cards';
import { closedAfterEach } from '../helpers/closed-after-each';
import type { HeldProvider } from '../helpers/held-provider';
import { heldProvider } from '../helpers/held-provider';
import type { RedisServer } from '../helpers/redis-server';
import { startRedisServer } from '../helpers/redis-server';
import type { HttpWallet } from '../helpers/wallet-http';
import { httpWallet } from '../helpers/wallet-http';

const open = closedAfterEach();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A redis-server that can be restarted on its port, empty, as one without persistence is. */
interface RestartableRedis extends RedisServer {
  restart(): Promise<void>;
}

async function redisServer(): Promise<RestartableRedis> {
  let server = await startRedisServer();
  const { port } = server;
  open.push({ close: () => server.stop() });
  return {
    port,
    stop: () => server.stop(),
    async restart() {
      await server.stop();
      server = await startRedisServer(port);
    },
  };
}

/** An ioredis connection as a merchant would open it; `options` as in docs/deployment.md. */
function redisClient(port: number, options: RedisOptions = {}): Redis {
  const redis = new Redis({ port, host: '127.0.0.1', ...options });
  // Reconnect failures while the server is down on purpose are expected.
  redis.on('error', () => {});
  open.push({ close: async () => redis.disconnect() });
  return redis;
}

/** Resolves once `redis` answers again after a restart. */
async function reconnected(redis: Redis): Promise<void> {
  for (;;) {
    try {
      if ((await redis.ping()) === 'PONG') return;
    } catch {
      await sleep(20);
    }
  }
}

const threeCards = () =>
  memoryProvider({ alice: [card({ id: 'c1' }), card({ id: 'c2' }), card({ id: 'c3' })] });

async function instance(
  provider: HeldProvider,
  customerLock: CustomerLockStore,
  options: Partial<WalletHandlerOptions> = {},
): Promise<HttpWallet> {
  const wallet = await httpWallet({
    provider,
    customerLock,
    keepAtLeast: 2,
    rateLimit: false,
    ...options,
  });
  open.push(wallet);
  return wallet;
}

describe('finding 1: the customer lock outlives the provider call it guards', () => {
  test('two instances on Redis, keepAtLeast 2: a delete that outlives its budget keeps B waiting, and the provider keeps 2 cards', async () => {
    const server = await redisServer();
    const inner = threeCards();
    const provider = heldProvider(inner);
    const budget = { providerTimeoutMs: 500 };
    const a = await instance(provider, redisCustomerLock(redisClient(server.port)), budget);
    const b = await instance(provider, redisCustomerLock(redisClient(server.port)), budget);

    const slow = provider.holdNext('delete');
    const startedA = Date.now();
    const answerA = await a.remove('c1');
    // Answered at the budget, not when the call ends: the shopper is not kept waiting.
    expect(answerA.status).toBe(502);
    expect(Date.now() - startedA).toBeLessThan(1500);
    expect(a.audit.map((event) => event.outcome)).toEqual(['unknown']);

    const answerB = b.remove('c2');
    await sleep(150);
    // The provider carries A's delete out after the 502: c1 is gone now.
    slow.let();
    await slow.settled;
    const statusB = (await answerB).status;
    expect(inner.peek('alice').map((c) => c.id)).toEqual(['c2', 'c3']);
    // B judged the list after A's delete had landed: refused, never a second delete.
    expect([409, 502]).toContain(statusB);
    expect(provider.calls.filter((call) => call.startsWith('delete'))).toEqual(['delete c1']);
  });

  test('the lease is renewed while a call outlives it: a second instance cannot take the lock when the first lease would have run out', async () => {
    const server = await redisServer();
    const inner = threeCards();
    const provider = heldProvider(inner);
    // Lease 2.5 s (budget + 1 s), hold limit 3 s: the call below ends at 2.8 s.
    const budget = { providerTimeoutMs: 1500 };
    const a = await instance(provider, redisCustomerLock(redisClient(server.port)), budget);
    const b = await instance(provider, redisCustomerLock(redisClient(server.port)), budget);
    const slow = provider.holdNext('delete');
    const started = Date.now();
    expect((await a.remove('c1')).status).toBe(502);
    // B waits from 1.5 s to 3 s: past the first lease's end, before the call settles.
    const answerB = b.remove('c2');
    await sleep(2800 - (Date.now() - started));
    slow.let();
    await slow.settled;
    expect([409, 502]).toContain((await answerB).status);
    expect(inner.peek('alice').map((c) => c.id)).toEqual(['c2', 'c3']);
  });

  test('an adapter that never settles holds the lock until the hold limit, then it is freed and logged without card data', async () => {
    const inner = threeCards();
    const provider = heldProvider(inner);
    const wallet = await instance(provider, memoryCustomerLock(), { providerTimeoutMs: 200 });
    provider.holdNext('delete');
    const started = Date.now();
    expect((await wallet.remove('c1')).status).toBe(502);
    // Still held: the delete behind it runs out of budget waiting.
    expect((await wallet.remove('c2')).status).toBe(502);
    // Hold limit: the budget (200 ms) plus max(budget, 1000 ms) from the request's start.
    while (!wallet.logs.some((log) => log.message.includes('ignored abort'))) {
      expect(Date.now() - started).toBeLessThan(3000);
      await sleep(20);
    }
    expect(Date.now() - started).toBeGreaterThanOrEqual(1150);
    const line = wallet.logs.find((log) => log.message.includes('ignored abort'));
    expect(line?.meta).toEqual({ requestId: expect.any(String), holdLimitMs: 1200 });
    // Request ids are random hex and may hold "c1": left out of the search for card data.
    const written = wallet.logs.map(({ message, meta: { requestId: _, ...rest } }) => [
      message,
      rest,
    ]);
    expect(JSON.stringify(written)).not.toMatch(/c1|c2|c3|4242|alice/);
    expect((await wallet.remove('c2')).status).toBe(200);
  });
});

describe('finding 7: Redis restarted mid-delete (fencing)', () => {
  test('two instances, keepAtLeast 2: the one whose lock vanished with the restart makes no further provider call', async () => {
    const server = await redisServer();
    const inner = threeCards();
    const provider = heldProvider(inner);
    const redisA = redisClient(server.port, { maxRetriesPerRequest: 0 });
    const redisB = redisClient(server.port, { maxRetriesPerRequest: 0 });
    const budget = { providerTimeoutMs: 8000 };
    const a = await instance(provider, redisCustomerLock(redisA), budget);
    const b = await instance(provider, redisCustomerLock(redisB), budget);

    // A holds the lock and has listed three cards when Redis restarts empty.
    const staleList = provider.holdNext('list');
    const answerA = a.remove('c1');
    await staleList.started;
    await server.restart();
    await Promise.all([reconnected(redisA), reconnected(redisB)]);

    // B takes the fresh, empty Redis's lock: three cards, keepAtLeast 2, so c2 goes.
    expect((await b.remove('c2')).status).toBe(200);
    staleList.let();
    // A's list still says three cards, but its lock is gone: its delete is never sent.
    const refused = await answerA;
    expect(refused.status).toBe(502);
    expect(inner.peek('alice').map((c) => c.id)).toEqual(['c1', 'c3']);
    expect(provider.calls).toEqual(['list', 'list', 'delete c2']);
    expect(a.audit.map((event) => event.outcome)).toEqual(['provider_error']);
    expect(a.logs.map((log) => log.meta)).toContainEqual(
      expect.objectContaining({ hook: 'customerLock', reason: 'lost' }),
    );
  });
});

describe('finding 8: a lock request replayed after an outage is released', () => {
  test('a DELETE refused while Redis was down does not block the next one once Redis is back', async () => {
    const server = await redisServer();
    // docs/deployment.md's client: a commandTimeout, ioredis's default offline queue.
    const redis = redisClient(server.port, { commandTimeout: 200 });
    await reconnected(redis);
    const inner = threeCards();
    const wallet = await instance(heldProvider(inner), redisCustomerLock(redis), {
      keepAtLeast: 0,
      providerTimeoutMs: 2000,
    });

    await server.stop();
    // The lock request times out but stays in ioredis's offline queue.
    expect((await wallet.remove('c1')).status).toBe(502);
    await server.restart();
    await reconnected(redis);

    const started = Date.now();
    expect((await wallet.remove('c2')).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(inner.peek('alice').map((c) => c.id)).toEqual(['c1', 'c3']);
  });
});
