// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { CrossSiteAttempt, WalletHandlerOptions } from '../../src/server/index';
import { memoryProvider, memoryRateLimitStore } from '../../src/server/index';
import { card } from '../helpers/cards';
import { closedAfterEach } from '../helpers/closed-after-each';
import { httpWallet } from '../helpers/wallet-http';

const open = closedAfterEach();

async function wallet(options: Partial<WalletHandlerOptions> = {}) {
  const provider = memoryProvider({
    alice: [card({ id: 'c1' }), card({ id: 'c2' })],
    bob: [card({ id: 'b1' })],
  });
  const served = await httpWallet({ provider, ...options });
  open.push(served);
  return { ...served, provider };
}

// What a method-override POST from another site looks like once it reaches the handler: the
// shopper's cookie (here X-Test-User) rides along, the page's origin and Fetch Metadata too.
const FROM_EVIL = { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' };
const NO_ORIGIN_CROSS_SITE = { Origin: '', 'Sec-Fetch-Site': 'cross-site' };

async function statuses(attempts: Array<Promise<Response>> | (() => Promise<Response>), n = 0) {
  const out: number[] = [];
  if (typeof attempts === 'function') {
    for (let i = 0; i < n; i += 1) out.push((await attempts()).status);
  } else {
    for (const attempt of attempts) out.push((await attempt).status);
  }
  return out;
}

describe("finding 10: refused cross-site attempts never spend the shopper's budget", () => {
  test("31 cross-site DELETEs from a foreign Origin leave the shopper's own delete at 200", async () => {
    const { remove, audit, provider } = await wallet();
    const refused = await statuses(() => remove('c1', { headers: FROM_EVIL }), 31);
    // The 31st is over the limit on evil.example's own key: still refused, now 429.
    expect(refused).toEqual([...Array(30).fill(403), 429]);
    expect((await remove('c1')).status).toBe(200);
    expect(provider.peek('alice').map((c) => c.id)).toEqual(['c2']);
    expect(audit.map((event) => event.outcome)).toEqual([
      ...Array(30).fill('forbidden'),
      'rate_limited',
      'deleted',
    ]);
  });

  test('31 with only Sec-Fetch-Site: cross-site (no Origin) are counted apart too', async () => {
    const { remove } = await wallet();
    const headers = { ...NO_ORIGIN_CROSS_SITE };
    const refused = await statuses(() => remove('c1', { headers: stripEmpty(headers) }), 31);
    expect(refused).toEqual([...Array(30).fill(403), 429]);
    expect((await remove('c1')).status).toBe(200);
  });

  test('a flood from one site is 429 on its key only: another site still gets its 403', async () => {
    const { remove } = await wallet({ rateLimit: { max: 3 } });
    expect(await statuses(() => remove('c1', { headers: FROM_EVIL }), 5)).toEqual([
      403, 403, 403, 429, 429,
    ]);
    const other = { Origin: 'https://OTHER.example:443', 'Sec-Fetch-Site': 'cross-site' };
    expect((await remove('c1', { headers: other })).status).toBe(403);
    // The same page, spelled another way, is the same bucket (normalised origin).
    const respelled = { Origin: 'HTTPS://evil.example:443', 'Sec-Fetch-Site': 'cross-site' };
    expect((await remove('c1', { headers: respelled })).status).toBe(429);
    expect((await remove('c1')).status).toBe(200);
    expect((await remove('c2')).status).toBe(200);
  });

  test('a body without Content-Type is refused as cross-site and counted apart', async () => {
    const { url, audit } = await wallet({ rateLimit: { max: 2 } });
    const formPost = () =>
      fetch(`${url}/api/wallet/cards/c1`, {
        method: 'DELETE',
        headers: { 'X-Test-User': 'alice', 'X-Wallet-Client': '1', Origin: url },
        body: new Blob(['x=1']),
      });
    expect(await statuses(formPost, 3)).toEqual([403, 403, 429]);
    const own = await fetch(`${url}/api/wallet/cards/c1`, {
      method: 'DELETE',
      headers: { 'X-Test-User': 'alice', 'X-Wallet-Client': '1', Origin: url },
    });
    expect(own.status).toBe(200);
    expect(audit).toHaveLength(4);
  });
});

describe('rateLimit.crossSiteKey', () => {
  test('names the bucket, sees the customer and the check, and never reaches the shopper', async () => {
    const seen: CrossSiteAttempt[] = [];
    const store = memoryRateLimitStore();
    const keys: string[] = [];
    const { remove } = await wallet({
      rateLimit: {
        max: 2,
        store: {
          hit: (key, windowMs) => {
            keys.push(key);
            return store.hit(key, windowMs);
          },
        },
        // E.g. the client address a trusted proxy put there.
        crossSiteKey: (req, attempt) => {
          seen.push(attempt);
          return `ip:${req.headers.get('X-Client-Ip') ?? '?'}`;
        },
      },
    });
    const from = (ip: string) => ({ ...FROM_EVIL, 'X-Client-Ip': ip });
    expect(await statuses(() => remove('c1', { headers: from('10.0.0.1') }), 3)).toEqual([
      403, 403, 429,
    ]);
    expect((await remove('c1', { headers: from('10.0.0.2') })).status).toBe(403);
    expect(
      (await remove('c1', { headers: { Origin: 'https://evil.example', 'X-Wallet-Client': '' } }))
        .status,
    ).toBe(403);
    expect(seen.map((attempt) => attempt.check)).toEqual([
      'fetch_metadata',
      'fetch_metadata',
      'fetch_metadata',
      'fetch_metadata',
      'origin',
    ]);
    expect(new Set(seen.map((attempt) => attempt.customerId))).toEqual(new Set(['alice']));
    expect(keys.slice(0, 4)).toEqual([
      'card.delete.cross-site:ip:10.0.0.1',
      'card.delete.cross-site:ip:10.0.0.1',
      'card.delete.cross-site:ip:10.0.0.1',
      'card.delete.cross-site:ip:10.0.0.2',
    ]);
    expect(await statuses(() => remove('c1'), 1)).toEqual([200]);
    expect(keys.at(-1)).toBe('card.delete:alice');
  });

  test('a hook that throws refuses with 502, like any failing store, and deletes nothing', async () => {
    const { remove, audit, provider } = await wallet({
      rateLimit: {
        crossSiteKey: () => {
          throw new Error('geo lookup down');
        },
      },
    });
    expect((await remove('c1', { headers: FROM_EVIL })).status).toBe(502);
    expect(audit.map((event) => event.outcome)).toEqual(['provider_error']);
    expect(provider.peek('alice')).toHaveLength(2);
    expect((await remove('c1')).status).toBe(200);
  });

  test('rateLimit: false counts neither the shopper nor cross-site attempts', async () => {
    const { remove } = await wallet({ rateLimit: false });
    expect(new Set(await statuses(() => remove('c1', { headers: FROM_EVIL }), 40))).toEqual(
      new Set([403]),
    );
  });
});

describe('the order of the DELETE checks: each adjacent pair, the earlier wins', () => {
  test('session before same-origin: no session and a foreign Origin is 401', async () => {
    const { remove, audit } = await wallet();
    expect((await remove('c1', { user: null, headers: FROM_EVIL })).status).toBe(401);
    expect(audit.map((event) => event.outcome)).toEqual(['unauthenticated']);
  });

  test("same-origin before the shopper's limit: over budget, a foreign Origin is still 403", async () => {
    const { remove } = await wallet({ rateLimit: { max: 1 } });
    expect((await remove('nope')).status).toBe(404);
    expect((await remove('nope')).status).toBe(429);
    expect((await remove('c1', { headers: FROM_EVIL })).status).toBe(403);
  });

  test("a body without Content-Type before the shopper's limit: over budget, still 403", async () => {
    const { url, remove } = await wallet({ rateLimit: { max: 1 } });
    expect((await remove('nope')).status).toBe(404);
    const response = await fetch(`${url}/api/wallet/cards/c1`, {
      method: 'DELETE',
      headers: { 'X-Test-User': 'alice', 'X-Wallet-Client': '1', Origin: url },
      body: new Blob(['x=1']),
    });
    expect(response.status).toBe(403);
    expect((await remove('nope')).status).toBe(429);
  });

  test('same-origin before the path: a foreign Origin on a path that names no card is 403', async () => {
    const { url } = await wallet();
    const response = await fetch(`${url}/api/wallet/nope`, {
      method: 'DELETE',
      headers: { 'X-Test-User': 'alice', 'X-Wallet-Client': '1', ...FROM_EVIL },
    });
    expect(response.status).toBe(403);
  });

  test("the shopper's limit before path and id: over budget, a malformed id is 429", async () => {
    const { remove } = await wallet({ rateLimit: { max: 1 } });
    expect((await remove('bad%00id')).status).toBe(400);
    expect((await remove('bad%00id')).status).toBe(429);
  });

  test('path and id before ownership: a malformed id is 400 and the provider is never asked', async () => {
    const { remove, provider } = await wallet();
    let listed = 0;
    const list = provider.listCards.bind(provider);
    provider.listCards = (customerId, ctx) => {
      listed += 1;
      return list(customerId, ctx);
    };
    expect((await remove('bad%00id')).status).toBe(400);
    expect((await remove('a%2Fb')).status).toBe(400);
    expect(listed).toBe(0);
    expect((await remove('b1')).status).toBe(404);
    expect(listed).toBe(1);
  });

  test("ownership before the lock: someone else's locked card is 404, not 409", async () => {
    const { remove } = await wallet({ lockReason: () => 'subscription' });
    expect((await remove('b1')).status).toBe(404);
    expect((await remove('c1')).status).toBe(409);
  });

  test('the lock before the provider: a locked card is 409 and stays', async () => {
    const { remove, provider } = await wallet({ keepAtLeast: 2 });
    expect((await remove('c1')).status).toBe(409);
    expect(provider.peek('alice')).toHaveLength(2);
  });
});

function stripEmpty(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== ''));
}
