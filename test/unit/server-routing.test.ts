// @vitest-environment node
import { connect as connectHttp2, createServer as createHttp2Server } from 'node:http2';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, test } from 'vitest';
import type { AuditEvent } from '../../src/server/index';
import { createWalletHandler, memoryProvider, toNodeListener } from '../../src/server/index';
import { card } from '../helpers/cards';
import { rawRequest } from '../helpers/raw-http';
import { listen } from '../helpers/server-loopback';
import type { HttpWallet } from '../helpers/wallet-http';
import { httpWallet } from '../helpers/wallet-http';

const open: HttpWallet[] = [];
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((wallet) => wallet.close()));
  await Promise.all(closers.splice(0).map((close) => close()));
});

const session = { 'X-Test-User': 'alice' };

async function wallet(): Promise<HttpWallet> {
  const provider = memoryProvider({ alice: [card({ id: 'c1' }), card({ id: 'c2' })] });
  const served = await httpWallet({ provider });
  open.push(served);
  return served;
}

describe('finding 12: method and route errors (docs/http-contract.md)', () => {
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

describe('finding 2: Express path-scoped middleware cannot be bypassed', () => {
  // The README's shape: a guard on the base path, the wallet mounted after it.
  async function guarded() {
    const provider = memoryProvider({ alice: [card({ id: 'c1' }), card({ id: 'c2' })] });
    const audit: AuditEvent[] = [];
    const app = express();
    app.use('/api/wallet', (_req, res) => {
      res.status(403).json({ guard: 'refused' });
    });
    app.use(
      toNodeListener(
        createWalletHandler({
          provider,
          getCustomerId: (req) => req.headers.get('X-Test-User'),
          audit: (event) => {
            audit.push(event);
          },
          logger: { error: () => {} },
        }),
      ),
    );
    const server = await listen(app);
    closers.push(server.close);
    return { url: server.url, provider, audit };
  }

  test('the guard itself holds for the plain path', async () => {
    const { url } = await guarded();
    const response = await rawRequest(url, { path: '/api/wallet/cards', headers: session });
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body)).toEqual({ guard: 'refused' });
  });

  test.each([
    '/x/../api/wallet/cards',
    '/x/%2e%2e/api/wallet/cards',
    '/x/%2E%2E/api/wallet/cards',
    '/x/./../api/wallet/cards',
    '/x/..\\api/wallet/cards',
  ])('GET %s is 400 and lists nothing', async (path) => {
    const { url } = await guarded();
    const response = await rawRequest(url, { path, headers: session });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({ error: { code: 'invalid_request' } });
    expect(response.body).not.toContain('c1');
  });

  test.each(['/x/../api/wallet/cards/c1', '/x/%2e%2e/api/wallet/cards/c1'])(
    'DELETE %s is 400, audited, and the card stays',
    async (path) => {
      const { url, provider, audit } = await guarded();
      const response = await rawRequest(url, {
        method: 'DELETE',
        path,
        headers: { ...session, 'X-Wallet-Client': '1', Origin: url },
      });
      expect(response.status).toBe(400);
      expect(provider.peek('alice').map((c) => c.id)).toEqual(['c1', 'c2']);
      expect(audit).toMatchObject([{ customerId: 'alice', outcome: 'invalid_request' }]);
      expect(audit[0]?.requestId).toBe(response.headers['x-request-id']);
    },
  );
});

describe('finding 11: node:http2', () => {
  test('a same-origin DELETE over HTTP/2 (only :authority, no Host) deletes the card', async () => {
    const provider = memoryProvider({ alice: [card({ id: 'c1' }), card({ id: 'c2' })] });
    const handler = createWalletHandler({
      provider,
      getCustomerId: (req) => req.headers.get('X-Test-User'),
      logger: { error: () => {} },
    });
    const server = createHttp2Server(toNodeListener(handler));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const client = connectHttp2(origin);
    closers.push(
      () =>
        new Promise<void>((resolve) => {
          client.close();
          server.close(() => resolve());
        }),
    );
    const stream = client.request({
      ':method': 'DELETE',
      ':path': '/api/wallet/cards/c1',
      origin,
      'sec-fetch-site': 'same-origin',
      'x-wallet-client': '1',
      'x-test-user': 'alice',
    });
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      let status = 0;
      let body = '';
      stream.on('response', (headers) => {
        status = Number(headers[':status']);
      });
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        body += chunk;
      });
      stream.on('end', () => resolve({ status, body }));
      stream.on('error', reject);
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ deleted: true, id: 'c1' });
    expect(provider.peek('alice').map((c) => c.id)).toEqual(['c2']);
  });
});
