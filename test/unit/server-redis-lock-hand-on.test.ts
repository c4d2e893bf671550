// @vitest-environment node
import type Redis from 'ioredis';
import { describe, expect, test } from 'vitest';
import type { CardProvider, CustomerLockStore, HeldLock } from '../../src/server/index';
import { memoryProvider, redisCustomerLock } from '../../src/server/index';
import {
  CHECK_SCRIPT,
  POLL_SCRIPT,
  RELEASE_SCRIPT,
  TAKE_SCRIPT,
} from '../../src/server/stores/redis-lock-scripts';
import type { RedisScript } from '../../src/server/stores/redis-scripts';
import { card } from '../helpers/cards';
import { closedAfterEach } from '../helpers/closed-after-each';
import { heldProvider } from '../helpers/held-provider';
import { privateRedisServer } from '../helpers/private-redis-server';
import { httpWallet } from '../helpers/wallet-http';

// docs/server.md "redisCustomerLock", Order: a turn hands the lock to the next waiter of its
// own instance in the process when that waiter heads the queue in Redis, and the waiter's
// first check moves the lock key to it.

const { client } = privateRedisServer();
const open = closedAfterEach();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const request = (leaseMs = 5000) => ({ signal: new AbortController().signal, leaseMs });
const KEY = 'saved-card-kit:lock:{card.delete:alice}';
const queued = () => client().zcard(`${KEY}:queue`);

/** A client that counts the lock's scripts it sends, by name. */
function countingClient(redis: Redis) {
  const named: Array<[string, RedisScript]> = [
    ['poll', POLL_SCRIPT],
    ['check', CHECK_SCRIPT],
    ['take', TAKE_SCRIPT],
    ['release', RELEASE_SCRIPT],
  ];
  const sent: string[] = [];
  const note = (match: (script: RedisScript) => boolean) =>
    sent.push(named.find(([, script]) => script !== undefined && match(script))?.[0] ?? 'other');
  return {
    sent,
    eval: (script: string, numKeys: number, ...args: Array<string | number>) => {
      note((s) => s.body === script);
      return redis.eval(script, numKeys, ...args);
    },
    evalsha: (sha: string, numKeys: number, ...args: Array<string | number>) => {
      note((s) => s.sha === sha);
      return redis.evalsha(sha, numKeys, ...args);
    },
  };
}

/** A delete's turn as the handler runs it: the check before the delete, then the release. */
async function turn(held: HeldLock): Promise<void> {
  expect(await held.stillHeld()).toBe(true);
  await held.release();
}

describe('redisCustomerLock hands a turn on within its instance', () => {
  test('the next waiter of the same instance gets the lock without a release to Redis: its first check moves the key', async () => {
    const counting = countingClient(client());
    // Polls far apart: every waiter is woken by a hand-over.
    const store = redisCustomerLock(counting, { retryDelayMs: 1000 });
    const holder = await store.acquire('card.delete:alice', request());
    const served: Array<{ n: number; token: number }> = [];
    const keyAfterFirstCheck: string[] = [];
    const waiting = Array.from({ length: 10 }, (_, n) =>
      store.acquire('card.delete:alice', request()).then(async (held) => {
        served.push({ n, token: held.token });
        expect(await held.stillHeld()).toBe(true);
        keyAfterFirstCheck.push((await client().get(KEY)) ?? '');
        await turn(held);
      }),
    );
    while ((await queued()) < 10) await sleep(2);
    counting.sent.length = 0;
    await turn(holder);
    await Promise.all(waiting);
    // Two checks a turn here (the first moves the key), and one release at the end: nobody
    // waits behind the last.
    expect(counting.sent.filter((name) => name === 'release')).toEqual(['release']);
    expect(counting.sent.filter((name) => name === 'take')).toHaveLength(10);
    expect(counting.sent.filter((name) => name === 'check')).toHaveLength(1 + 10);
    expect(served.map((s) => s.n)).toEqual(Array.from({ length: 10 }, (_, n) => n));
    const tokens = [holder.token, ...served.map((s) => s.token)];
    expect(tokens).toEqual(tokens.toSorted((x, y) => x - y));
    expect(new Set(tokens).size).toBe(tokens.length);
    expect(keyAfterFirstCheck.map((value) => value.split(':')[0])).toEqual(
      served.map((s) => String(s.token)),
    );
    expect(await client().keys(`${KEY}*`)).toEqual([`${KEY}:fence`]);
  });

  test('waiters of two instances arriving in runs are served in arrival order, one holder at a time, each with a larger token', async () => {
    const [a, b] = [redisCustomerLock(client()), redisCustomerLock(client())];
    const holder = await a.acquire('card.delete:alice', request());
    let inside = 0;
    let most = 0;
    const served: Array<{ name: string; token: number }> = [];
    const waiting: Promise<void>[] = [];
    // Runs on each instance, so a turn is handed on in the process as often as through Redis.
    const arrivals = 'aaabbb' + 'aabaab' + 'bbbaaa' + 'abbbba';
    for (const [n, name] of [...arrivals].entries()) {
      waiting.push(
        (name === 'a' ? a : b).acquire('card.delete:alice', request()).then(async (held) => {
          inside += 1;
          most = Math.max(most, inside);
          served.push({ name: `${name}${n}`, token: held.token });
          expect(await held.stillHeld()).toBe(true);
          await sleep(1);
          expect(await held.stillHeld()).toBe(true);
          inside -= 1;
          await held.release();
        }),
      );
      // Queued before the next one arrives: arrival order is the order Redis saw.
      while ((await queued()) < n + 1) await sleep(2);
    }
    await turn(holder);
    await Promise.all(waiting);
    expect(served.map((s) => s.name)).toEqual([...arrivals].map((name, n) => `${name}${n}`));
    expect(most).toBe(1);
    const tokens = [holder.token, ...served.map((s) => s.token)];
    expect(tokens).toEqual(tokens.toSorted((x, y) => x - y));
  });

  test('a deep line on one instance does not starve another: its waiter is served at its ticket', async () => {
    const [a, b] = [redisCustomerLock(client()), redisCustomerLock(client())];
    const holder = await a.acquire('card.delete:alice', request());
    const served: string[] = [];
    const join = (store: CustomerLockStore, name: string) =>
      store.acquire('card.delete:alice', request()).then(async (held) => {
        served.push(name);
        await turn(held);
      });
    const waiting: Promise<void>[] = [];
    for (let n = 0; n < 20; n += 1) waiting.push(join(a, `a${n}`));
    while ((await queued()) < 20) await sleep(2);
    waiting.push(join(b, 'b'));
    while ((await queued()) < 21) await sleep(2);
    for (let n = 20; n < 40; n += 1) waiting.push(join(a, `a${n}`));
    while ((await queued()) < 41) await sleep(2);
    await turn(holder);
    await Promise.all(waiting);
    expect(served.indexOf('b')).toBe(20);
    expect(served).toHaveLength(41);
  });

  test('a waiter handed the lock after it was taken over finds it lost at its first check, and the taker keeps it', async () => {
    const redis = client();
    const store = redisCustomerLock(redis, { retryDelayMs: 1000 });
    const holder = await store.acquire('card.delete:alice', request());
    const next = store.acquire('card.delete:alice', request());
    while ((await queued()) < 1) await sleep(2);
    // The holder's check names the next waiter; then Redis loses the lock (a failover) and
    // another instance takes it before the holder's turn ends.
    expect(await holder.stillHeld()).toBe(true);
    await redis.set(KEY, '1:another-instance/1', 'PX', 5000);
    await holder.release();
    const handed = await Promise.race([next, sleep(500).then(() => 'still waiting' as const)]);
    if (handed === 'still waiting') throw new Error('the hand-over did not happen in the process');
    expect(await handed.stillHeld()).toBe(false);
    expect(await handed.renew()).toBe(false);
    await handed.release();
    expect(await redis.get(KEY)).toBe('1:another-instance/1');
    expect(await redis.zcard(`${KEY}:queue`)).toBe(0);
  });

  test('a waiter handed the lock that is still listing when it renews moves the key to itself, and outlives the lease it was handed', async () => {
    const store = redisCustomerLock(client(), { retryDelayMs: 1000 });
    // The holder's grant has 300 ms of lease left when the turn ends.
    const holder = await store.acquire('card.delete:alice', request(300));
    const next = store.acquire('card.delete:alice', request(2000));
    while ((await queued()) < 1) await sleep(2);
    await turn(holder);
    const handed = await next;
    // No check yet (its list is a read): the first renewal is the call that moves the key.
    expect(await handed.renew()).toBe(true);
    expect((await client().get(KEY))?.split(':')[0]).toBe(String(handed.token));
    expect(await client().pttl(KEY)).toBeGreaterThan(1000);
    await sleep(400);
    expect(await handed.stillHeld()).toBe(true);
    await handed.release();
    expect(await client().keys(`${KEY}*`)).toEqual([`${KEY}:fence`]);
  });

  test('a waiter handed the lock that gives it back without a call frees it for the one behind', async () => {
    const store = redisCustomerLock(client(), { retryDelayMs: 1000 });
    const holder = await store.acquire('card.delete:alice', request());
    const second = store.acquire('card.delete:alice', request());
    const third = store.acquire('card.delete:alice', request());
    while ((await queued()) < 2) await sleep(2);
    await turn(holder);
    // Its budget ran out before its first call, say.
    await (await second).release();
    const last = await third;
    expect(await last.stillHeld()).toBe(true);
    expect((await client().get(KEY))?.split(':')[0]).toBe(String(last.token));
    await last.release();
    expect(await client().keys(`${KEY}*`)).toEqual([`${KEY}:fence`]);
  });
});

describe('a handler on redisCustomerLock, deletes queued on one instance', () => {
  test('each delete sends Redis two scripts: its ticket, and the check before the provider delete', async () => {
    const counting = countingClient(client());
    const inner = memoryProvider({
      alice: ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'].map((id) => card({ id })),
    });
    const provider = heldProvider(inner);
    const wallet = await httpWallet({
      provider,
      // Polls far apart: each waiter is woken by the turn before it.
      customerLock: redisCustomerLock(counting, { retryDelayMs: 1000 }),
    });
    open.push(wallet);
    const removed = ['c1', 'c2', 'c3', 'c4', 'c5'];
    const answers = await Promise.all(removed.map((id) => wallet.remove(id)));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    expect(inner.peek('alice').map((c) => c.id)).toEqual(['c6']);
    // One at a time: each list is followed by its delete before the next list.
    expect(provider.calls).toEqual(
      removed.flatMap(() => ['list', expect.stringMatching(/^delete c[1-5]$/)]),
    );
    const count = (name: string) => counting.sent.filter((sent) => sent === name).length;
    // Five tickets; five checks, of which the handed-on grants' move the key; one release.
    expect(count('poll')).toBe(5);
    expect(count('check') + count('take')).toBe(5);
    expect(count('release')).toBe(1);
    expect(counting.sent).toHaveLength(11);
  });

  test('the lock taken over during one delete: the next delete sends no delete and is answered 502', async () => {
    const redis = client();
    const inner = memoryProvider({
      alice: [card({ id: 'c1' }), card({ id: 'c2' }), card({ id: 'c3' })],
    });
    const calls: string[] = [];
    let firstList = () => {};
    const listing = new Promise<void>((resolve) => {
      firstList = resolve;
    });
    const provider: CardProvider = {
      async listCards(customerId, ctx) {
        calls.push('list');
        if (calls.length === 1) {
          firstList();
          // The second delete queues behind this one before the check ahead of the delete.
          while ((await redis.zcard(`${KEY}:queue`)) < 1) await sleep(2);
        }
        return inner.listCards(customerId, ctx);
      },
      async deleteCard(customerId, target, ctx) {
        calls.push(`delete ${target.id}`);
        // Meanwhile Redis fails over and another instance takes the lock.
        await redis.set(KEY, '1:another-instance/1', 'PX', 5000);
        return inner.deleteCard(customerId, target, ctx);
      },
    };
    const wallet = await httpWallet({
      provider,
      customerLock: redisCustomerLock(redis, { retryDelayMs: 1000 }),
      providerTimeoutMs: 3000,
    });
    open.push(wallet);
    const first = wallet.remove('c1');
    await listing;
    const second = wallet.remove('c2');
    expect((await first).status).toBe(200);
    const started = performance.now();
    expect((await second).status).toBe(502);
    // Refused at its check before the delete, not after waiting out its budget; its list, a
    // read, went without one.
    expect(performance.now() - started).toBeLessThan(1000);
    expect(calls).toEqual(['list', 'delete c1', 'list']);
    expect(inner.peek('alice').map((c) => c.id)).toEqual(['c2', 'c3']);
    expect(wallet.audit.map((event) => event.outcome)).toEqual(['deleted', 'provider_error']);
    expect(wallet.logs.map((line) => line.meta)).toContainEqual(
      expect.objectContaining({ hook: 'customerLock', reason: 'lost' }),
    );
  });
});
