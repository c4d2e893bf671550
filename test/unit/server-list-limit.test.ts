// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { WalletHandlerOptions } from '../../src/server/index';
import { DEFAULT_LIST_RATE_LIMIT, memoryProvider } from '../../src/server/index';
import { listCache, MAX_CACHED_LISTS } from '../../src/server/stores/list-cache';
import { card } from '../helpers/cards';
import { closedAfterEach } from '../helpers/closed-after-each';
import { httpWallet } from '../helpers/wallet-http';

const open = closedAfterEach();

/** A wallet whose provider counts the lists it is asked for, per customer. */
async function wallet(options: Partial<WalletHandlerOptions> = {}) {
  const provider = memoryProvider({
    alice: [card({ id: 'c1' }), card({ id: 'c2' })],
    bob: [card({ id: 'b1' })],
  });
  const calls: string[] = [];
  const list = provider.listCards.bind(provider);
  provider.listCards = (customerId, ctx) => {
    calls.push(customerId);
    return list(customerId, ctx);
  };
  const served = await httpWallet({ provider, ...options });
  open.push(served);
  return { ...served, provider, calls };
}

async function ids(response: Response): Promise<string[]> {
  expect(response.status).toBe(200);
  const { cards } = (await response.json()) as { cards: Array<{ id: string }> };
  return cards.map((c) => c.id);
}

describe('finding 11: GET /cards has its own limit, so a busy page cannot burn the provider quota', () => {
  test('100 GETs with listRateLimit max 5: 5 provider lists, then 429 with Retry-After', async () => {
    const { list, calls, audit } = await wallet({
      rateLimit: { max: 5 },
      listRateLimit: { max: 5 },
    });
    const answers: Response[] = [];
    for (let i = 0; i < 100; i += 1) answers.push(await list());
    expect(answers.map((r) => r.status)).toEqual([...Array(5).fill(200), ...Array(95).fill(429)]);
    expect(calls).toHaveLength(5);
    const refused = answers.at(-1) as Response;
    expect(refused.headers.get('Retry-After')).toMatch(/^[1-9]\d*$/);
    expect(await refused.json()).toMatchObject({ error: { code: 'rate_limited' } });
    // Lists are no delete attempts: nothing audited.
    expect(audit).toEqual([]);
  });

  test('on by default: 100 GETs make at most 60 provider lists', async () => {
    const { list, calls, remove } = await wallet();
    const statuses: number[] = [];
    for (let i = 0; i < 100; i += 1) statuses.push((await list()).status);
    expect(DEFAULT_LIST_RATE_LIMIT).toEqual({ max: 60, windowMs: 60_000 });
    expect(statuses.filter((s) => s === 200)).toHaveLength(60);
    expect(statuses.at(-1)).toBe(429);
    expect(calls.length).toBeLessThanOrEqual(60);
    // Per customer, and apart from the DELETE budget.
    expect((await list('bob')).status).toBe(200);
    expect((await remove('c1')).status).toBe(200);
  });

  test("lists another site's page sends (an <img> with the shopper's cookie) never spend the shopper's budget", async () => {
    const { url, list, calls } = await wallet({ listRateLimit: { max: 3 } });
    const lure = (headers: Record<string, string>) =>
      fetch(`${url}/api/wallet/cards`, { headers: { 'X-Test-User': 'alice', ...headers } });
    const image = { 'Sec-Fetch-Site': 'cross-site' };
    const foreign = { Origin: 'https://evil.example' };
    const lured: number[] = [];
    for (let i = 0; i < 5; i += 1) lured.push((await lure(image)).status);
    for (let i = 0; i < 5; i += 1) lured.push((await lure(foreign)).status);
    // Counted on their own keys (no Origin; evil.example): 429 there once over the limit.
    expect(lured).toEqual([200, 200, 200, 429, 429, 200, 200, 200, 429, 429]);
    expect(calls).toHaveLength(6);
    expect([(await list()).status, (await list()).status, (await list()).status]).toEqual([
      200, 200, 200,
    ]);
    expect((await list()).status).toBe(429);
  });

  test('listRateLimit: false turns it off', async () => {
    const { list, calls } = await wallet({ listRateLimit: false });
    for (let i = 0; i < 70; i += 1) expect((await list()).status).toBe(200);
    expect(calls).toHaveLength(70);
  });

  test('the window resets on the handler clock', async () => {
    let clock = 0;
    const { list } = await wallet({
      listRateLimit: { max: 2, windowMs: 10_000 },
      now: () => clock,
    });
    expect([(await list()).status, (await list()).status, (await list()).status]).toEqual([
      200, 200, 429,
    ]);
    clock += 10_000;
    expect((await list()).status).toBe(200);
  });
});

describe('listCacheMs: one provider list per customer per TTL, forgotten by their delete', () => {
  test('repeated GETs within the TTL make one provider call; after it, another', async () => {
    let clock = 1_000;
    const { list, calls } = await wallet({ listCacheMs: 5_000, now: () => clock });
    for (let i = 0; i < 10; i += 1) expect(await ids(await list())).toEqual(['c1', 'c2']);
    expect(calls).toEqual(['alice']);
    clock += 5_000;
    expect(await ids(await list())).toEqual(['c1', 'c2']);
    expect(calls).toEqual(['alice', 'alice']);
  });

  test('parallel GETs share one provider call', async () => {
    const { list, calls, provider } = await wallet({ listCacheMs: 5_000 });
    provider.setLatency(50);
    const answers = await Promise.all(Array.from({ length: 8 }, () => list()));
    expect(answers.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(calls).toEqual(['alice']);
  });

  test("the customer's delete forgets their list; the next GET no longer shows the card", async () => {
    const { list, remove, calls } = await wallet({ listCacheMs: 60_000 });
    expect(await ids(await list())).toEqual(['c1', 'c2']);
    expect((await remove('c1')).status).toBe(200);
    const before = calls.length;
    expect(await ids(await list())).toEqual(['c2']);
    expect(calls.length).toBe(before + 1);
  });

  test('a list still under way when the delete ends is answered but not kept', async () => {
    const { list, remove, calls, provider } = await wallet({ listCacheMs: 60_000 });
    provider.setLatency(80);
    const slowList = list();
    await new Promise((resolve) => setTimeout(resolve, 10));
    provider.setLatency(0);
    expect((await remove('c1')).status).toBe(200);
    expect((await slowList).status).toBe(200);
    const before = calls.length;
    expect(await ids(await list())).toEqual(['c2']);
    expect(calls.length).toBe(before + 1);
  });

  test('never shared across customers', async () => {
    const { list, calls } = await wallet({ listCacheMs: 60_000 });
    expect(await ids(await list('alice'))).toEqual(['c1', 'c2']);
    expect(await ids(await list('bob'))).toEqual(['b1']);
    expect(await ids(await list('alice'))).toEqual(['c1', 'c2']);
    expect(calls).toEqual(['alice', 'bob']);
  });

  test('a refused delete does not forget the list; a failed list is not kept', async () => {
    const { list, remove, calls, provider } = await wallet({ listCacheMs: 60_000 });
    await list();
    expect((await remove('c1', { headers: { Origin: 'https://evil.example' } })).status).toBe(403);
    await list();
    expect(calls).toEqual(['alice']);
    const bobList = provider.listCards;
    provider.listCards = () => Promise.reject(new Error('down'));
    expect((await list('bob')).status).toBe(502);
    provider.listCards = bobList;
    expect(await ids(await list('bob'))).toEqual(['b1']);
  });

  test('listCacheMs is a duration: 0, -1, NaN are refused at construction', async () => {
    for (const value of [0, -1, Number.NaN]) {
      await expect(wallet({ listCacheMs: value })).rejects.toThrow(
        /^createWalletHandler: listCacheMs must be a number of milliseconds/,
      );
    }
  });

  test(`memory is bounded: at most ${MAX_CACHED_LISTS} customers, the oldest go first`, async () => {
    const cache = listCache(60_000, () => 0);
    const fetched: string[] = [];
    const get = (id: string) =>
      cache.get(id, async () => {
        fetched.push(id);
        return [];
      });
    for (let i = 0; i <= MAX_CACHED_LISTS; i += 1) await get(`c${i}`);
    await get(`c${MAX_CACHED_LISTS}`);
    await get('c1');
    expect(fetched.filter((id) => id === `c${MAX_CACHED_LISTS}`)).toHaveLength(1);
    await get('c0');
    expect(fetched.filter((id) => id === 'c0')).toHaveLength(2);
  });
});
