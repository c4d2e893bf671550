// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { memoryProvider, memoryRateLimitStore } from '../../src/server/index';
import { card } from '../helpers/cards';
import { closedAfterEach } from '../helpers/closed-after-each';
import { rawRequest } from '../helpers/raw-http';
import { httpWallet } from '../helpers/wallet-http';

const open = closedAfterEach();

async function wallet(max = 30) {
  const provider = memoryProvider({
    alice: [card({ id: 'c1' }), card({ id: 'c2' })],
    bob: [card({ id: 'b1' })],
  });
  const store = memoryRateLimitStore();
  const served = await httpWallet({ provider, rateLimit: { max, windowMs: 60_000, store } });
  open.push(served);
  return { ...served, provider, store };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('finding 8: refused attempts count against a rate limit, 429 first', () => {
  // Since round 3 a cross-site refusal counts on its Origin's key, not on the shopper's budget.
  test("foreign-Origin DELETEs are throttled after max on their Origin's key; the shopper's budget is untouched", async () => {
    const { remove, audit } = await wallet(5);
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      statuses.push((await remove('c1', { headers: { Origin: 'https://evil.example' } })).status);
    }
    expect(statuses).toEqual([403, 403, 403, 403, 403, 429, 429, 429]);
    expect((await remove('c1')).status).toBe(200);
    expect(audit.map((event) => event.outcome)).toEqual([
      ...Array(5).fill('forbidden'),
      ...Array(3).fill('rate_limited'),
      'deleted',
    ]);
  });

  test('bad-id DELETEs are throttled after max too', async () => {
    const { remove } = await wallet(5);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) statuses.push((await remove('bad%00id')).status);
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429, 429]);
  });

  test('unauthenticated DELETEs are audited but never counted', async () => {
    const { remove, audit, store } = await wallet(5);
    for (let i = 0; i < 10; i += 1) expect((await remove('c1', { user: null })).status).toBe(401);
    expect(audit.map((event) => event.outcome)).toEqual(Array(10).fill('unauthenticated'));
    expect(store.size()).toBe(0);
    expect((await remove('c1')).status).toBe(200);
  });
});

describe('finding 9: every refused DELETE is audited and carries X-Request-Id', () => {
  async function refused(
    init: Parameters<typeof rawRequest>[1],
    expected: { status: number; allow?: string },
  ) {
    const served = await wallet();
    const response = await rawRequest(served.url, {
      method: 'DELETE',
      ...init,
      headers: { 'X-Test-User': 'alice', 'X-Wallet-Client': '1', ...init.headers },
    });
    expect(response.status).toBe(expected.status);
    if (expected.allow !== undefined) expect(response.headers.allow).toBe(expected.allow);
    expect(JSON.parse(response.body)).toMatchObject({ error: { code: 'invalid_request' } });
    const requestId = response.headers['x-request-id'];
    expect(requestId).toMatch(UUID);
    expect(served.audit).toEqual([
      expect.objectContaining({ customerId: 'alice', outcome: 'invalid_request', requestId }),
    ]);
    expect(served.provider.peek('alice').map((c) => c.id)).toEqual(['c1', 'c2']);
    return response;
  }

  test('a 70 KB body, refused by the transport cap unread, and the connection closed', async () => {
    const response = await refused(
      {
        path: '/api/wallet/cards/c1',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ pad: 'x'.repeat(70 * 1024) }),
      },
      { status: 400 },
    );
    expect(response.headers.connection).toBe('close');
  });

  test('//api/wallet/cards/c2', async () => {
    await refused({ path: '//api/wallet/cards/c2' }, { status: 400 });
  });

  test('Host: a b', async () => {
    await refused({ path: '/api/wallet/cards/c2', headers: { Host: 'a b' } }, { status: 400 });
  });

  test('DELETE /api/wallet/cards (a known route, another method)', async () => {
    await refused({ path: '/api/wallet/cards' }, { status: 405, allow: 'GET' });
  });

  test('DELETE /api/wallet/nope (no such route)', async () => {
    await refused({ path: '/api/wallet/nope' }, { status: 404 });
  });
});
