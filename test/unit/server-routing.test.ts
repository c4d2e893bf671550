// @vitest-environment node
import { afterEach, describe, expect, test } from 'vitest';
import { memoryProvider } from '../../src/server/index';
import { card } from '../helpers/cards';
import type { HttpWallet } from '../helpers/wallet-http';
import { httpWallet } from '../helpers/wallet-http';

const open: HttpWallet[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((wallet) => wallet.close()));
});

async function wallet(): Promise<HttpWallet> {
  const provider = memoryProvider({ alice: [card({ id: 'c1' }), card({ id: 'c2' })] });
  const served = await httpWallet({ provider });
  open.push(served);
  return served;
}

describe('finding 12: method and route errors (DESIGN §3)', () => {
  test.each([
    ['POST', '/api/wallet/cards', 'GET'],
    ['PUT', '/api/wallet/cards', 'GET'],
    ['GET', '/api/wallet/cards/c1', 'DELETE'],
    ['PATCH', '/api/wallet/cards/c1', 'DELETE'],
  ])('%s %s is 405 with Allow: %s', async (method, path, allow) => {
    const { url } = await wallet();
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { 'X-Test-User': 'alice' },
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe(allow);
    expect(await response.json()).toEqual({
      error: { code: 'invalid_request', message: expect.any(String) },
    });
  });

  test.each([
    '/api/wallet/nope',
    '/api/wallet',

    '/api/wallet/card',
  ])('GET %s, an unknown path under the base path, is 404', async (path) => {
    const { url } = await wallet();
    const response = await fetch(`${url}${path}`, { headers: { 'X-Test-User': 'alice' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.json()).toEqual({
      error: { code: 'invalid_request', message: expect.any(String) },
    });
  });
});

describe('finding 10: the request id is always the server’s own', () => {
  test('two customers sending the same X-Request-Id get distinct server ids in answer and audit', async () => {
    const provider = memoryProvider({ alice: [card({ id: 'a1' })], bob: [card({ id: 'b1' })] });
    const served = await httpWallet({ provider });
    open.push(served);
    const first = await served.remove('a1', {
      user: 'alice',
      headers: { 'X-Request-Id': 'req-42' },
    });
    const second = await served.remove('b1', {
      user: 'bob',
      headers: { 'X-Request-Id': 'req-42' },
    });
    expect([first.status, second.status]).toEqual([200, 200]);
    const ids = [first, second].map((response) => response.headers.get('x-request-id'));
    expect(ids[0]).not.toBe(ids[1]);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(served.audit.map((event) => [event.customerId, event.requestId])).toEqual([
      ['alice', ids[0]],
      ['bob', ids[1]],
    ]);
  });
});
