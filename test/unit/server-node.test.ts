// @vitest-environment node
import type { IncomingMessage, ServerResponse } from 'node:http';
import { request } from 'node:http';
import { afterEach, describe, expect, test } from 'vitest';
import type { NodeListener } from '../../src/server/index';
import { createWalletHandler, memoryProvider, toNodeListener } from '../../src/server/index';
import { card } from '../helpers/cards';
import { rawRequest } from '../helpers/raw-http';
import { listen } from '../helpers/server-loopback';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function start(options: { maxBodyBytes?: number; trustProxy?: boolean } = {}) {
  const provider = memoryProvider({
    alice: [card({ id: 'c1' }), card({ id: 'c2' })],
    bob: [card({ id: 'b1' })],
  });
  const handler = createWalletHandler({
    provider,
    // Tests only: the shopper is whoever the cookie names.
    getCustomerId: (req) => /user=(\w+)/.exec(req.headers.get('Cookie') ?? '')?.[1] ?? null,
    logger: { error: () => {} },
  });
  const listener = toNodeListener(handler, options);
  const server = await listen((req, res) => listener(req, res));
  closers.push(server.close);
  return { provider, url: server.url };
}

const session = { Cookie: 'user=alice' };
const deleteHeaders = { ...session, 'X-Wallet-Client': '1' };

describe('toNodeListener over real HTTP', () => {
  test('lists cards with the contract headers', async () => {
    const { url } = await start();
    const response = await fetch(`${url}/api/wallet/cards`, { headers: session });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-request-id')).toBeTruthy();
    expect(await response.json()).toEqual({
      cards: [card({ id: 'c1' }), card({ id: 'c2' })].map((c) => ({ ...c, expired: false })),
    });
  });

  test('deletes, with a same-origin Origin built from the Host header', async () => {
    const { url, provider } = await start();
    const response = await fetch(`${url}/api/wallet/cards/c1`, {
      method: 'DELETE',
      headers: { ...deleteHeaders, Origin: url, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ deleted: true, id: 'c1' });
    expect(provider.peek('alice').map((c) => c.id)).toEqual(['c2']);
  });

  test('same-origin is judged from the Host header, default port included', async () => {
    const { url, provider } = await start();
    const { port } = new URL(url);
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'DELETE',
          path: '/api/wallet/cards/c2',
          headers: { ...deleteHeaders, Host: 'shop.example:80', Origin: 'http://shop.example' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(200);
    expect(provider.peek('alice').map((c) => c.id)).toEqual(['c1']);
  });

  test('401 without a session', async () => {
    const { url } = await start();
    const response = await fetch(`${url}/api/wallet/cards`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'unauthenticated' } });
  });

  test('403 for a foreign Origin or a missing client header', async () => {
    const { url, provider } = await start();
    const foreign = await fetch(`${url}/api/wallet/cards/c1`, {
      method: 'DELETE',
      headers: { ...deleteHeaders, Origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
    const bare = await fetch(`${url}/api/wallet/cards/c1`, { method: 'DELETE', headers: session });
    expect(bare.status).toBe(403);
    expect(provider.peek('alice')).toHaveLength(2);
  });

  test('400 for a body over the handler’s 1 KiB cap; the connection stays open', async () => {
    const { url, provider } = await start();
    const response = await rawRequest(url, {
      method: 'DELETE',
      path: '/api/wallet/cards/c1',
      headers: { ...deleteHeaders, 'Content-Type': 'application/json' },
      body: JSON.stringify({ pad: 'x'.repeat(2 * 1024) }),
    });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({ error: { code: 'invalid_request' } });
    expect(response.headers.connection).not.toBe('close');
    expect(provider.peek('alice')).toHaveLength(2);
  });

  test('a transport cap below the handler’s refuses a body the handler would take, and closes', async () => {
    // 800 bytes of JSON: within the handler's 1 KiB cap, over this listener's 512.
    const body = JSON.stringify({ pad: 'x'.repeat(780) });
    const capped = await start({ maxBodyBytes: 512 });
    const send = (url: string) =>
      rawRequest(url, {
        method: 'DELETE',
        path: '/api/wallet/cards/c1',
        headers: { ...deleteHeaders, 'Content-Type': 'application/json' },
        body,
      });
    const refused = await send(capped.url);
    expect(refused.status).toBe(400);
    expect(refused.headers.connection).toBe('close');
    expect(capped.provider.peek('alice')).toHaveLength(2);
    const uncapped = await start();
    expect((await send(uncapped.url)).status).toBe(200);
  });

  test('a chunked body with no Content-Length is capped as it streams in', async () => {
    // Sent in pieces, so only counting the bytes as they arrive can catch the 800.
    const sendChunked = (url: string, pieces: string[]) =>
      new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
        const { hostname, port } = new URL(url);
        const req = request(
          {
            host: hostname,
            port,
            method: 'DELETE',
            path: '/api/wallet/cards/c1',
            headers: {
              ...deleteHeaders,
              'Content-Type': 'application/json',
              // Node frames a DELETE body by nothing unless told.
              'Transfer-Encoding': 'chunked',
            },
          },
          (res) => {
            res.resume();
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }),
            );
          },
        );
        req.on('error', reject);
        for (const piece of pieces) req.write(piece);
        req.end();
      });
    const body = JSON.stringify({ pad: 'x'.repeat(780) });
    const pieces = [body.slice(0, 300), body.slice(300, 600), body.slice(600)];
    const capped = await start({ maxBodyBytes: 512 });
    const refused = await sendChunked(capped.url, pieces);
    expect(refused).toEqual({ status: 400, connection: 'close' });
    expect(capped.provider.peek('alice')).toHaveLength(2);
    const uncapped = await start();
    expect((await sendChunked(uncapped.url, pieces)).status).toBe(200);
    expect(uncapped.provider.peek('alice')).toHaveLength(1);
  });

  test('a body cut off mid-way is refused and audited, and deletes nothing', async () => {
    const provider = memoryProvider({ alice: [card({ id: 'c1' })] });
    const audited = new Promise<string>((resolve) => {
      const handler = createWalletHandler({
        provider,
        getCustomerId: () => 'alice',
        logger: { error: () => {} },
        audit: (event) => resolve(event.outcome),
      });
      const listener = toNodeListener(handler);
      void listen((req, res) => listener(req, res)).then((server) => {
        closers.push(server.close);
        const { hostname, port } = new URL(server.url);
        const req = request({
          host: hostname,
          port,
          method: 'DELETE',
          path: '/api/wallet/cards/c1',
          headers: {
            ...deleteHeaders,
            'Content-Type': 'application/json',
            'Content-Length': '100',
          },
        });
        req.on('error', () => {});
        req.write('{"pad":"', () => setTimeout(() => req.destroy(), 50));
      });
    });
    expect(await audited).toBe('invalid_request');
    expect(provider.peek('alice')).toHaveLength(1);
  });

  test('trustProxy is off by default: X-Forwarded-Host cannot make a foreign Origin same-origin', async () => {
    const forwarded = {
      ...deleteHeaders,
      Origin: 'https://shop.example',
      'X-Forwarded-Host': 'shop.example',
      'X-Forwarded-Proto': 'https',
    };
    const plain = await start();
    const refused = await rawRequest(plain.url, {
      method: 'DELETE',
      path: '/api/wallet/cards/c1',
      headers: forwarded,
    });
    expect(refused.status).toBe(403);
    expect(plain.provider.peek('alice')).toHaveLength(2);
    const behindProxy = await start({ trustProxy: true });
    const allowed = await rawRequest(behindProxy.url, {
      method: 'DELETE',
      path: '/api/wallet/cards/c1',
      headers: forwarded,
    });
    expect(allowed.status).toBe(200);
  });

  test.each(['shop.example@evil.example', 'evil.example/x', 'a b', 'shop.example:99999999'])(
    'a Host of %j is refused, never used as the origin',
    async (host) => {
      const { url, provider } = await start();
      // The origin check comes first (docs/http-contract.md §3): no Origin can match a Host
      // that names no origin, so it is a 403; without an Origin, the path check's 400.
      const withOrigin = await rawRequest(url, {
        method: 'DELETE',
        path: '/api/wallet/cards/c1',
        headers: { ...deleteHeaders, Host: host, Origin: `http://${host}` },
      });
      expect(withOrigin.status).toBe(403);
      const without = await rawRequest(url, {
        method: 'DELETE',
        path: '/api/wallet/cards/c1',
        headers: { ...deleteHeaders, Host: host },
      });
      expect(without.status).toBe(400);
      expect(provider.peek('alice')).toHaveLength(2);
    },
  );

  test.each(['//api/wallet/cards', '/api//wallet/cards', '/api/wallet//cards'])(
    'GET %s is refused (400), not routed as /api/wallet/cards',
    async (path) => {
      const { url } = await start();
      const response = await rawRequest(url, { path, headers: session });
      expect(response.status).toBe(400);
      expect(response.body).not.toContain('c1');
    },
  );

  test('a URL outside the base path gets a JSON 404 when there is no next()', async () => {
    const { url } = await start();
    const response = await fetch(`${url}/favicon.ico`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/json');
  });
});

describe('toNodeListener as middleware', () => {
  async function serve(
    wrap: (listener: NodeListener) => (req: IncomingMessage, res: ServerResponse) => void,
  ) {
    const handler = createWalletHandler({
      provider: memoryProvider({ alice: [card({ id: 'c1' })] }),
      getCustomerId: () => 'alice',
    });
    const server = await listen(wrap(toNodeListener(handler)));
    closers.push(server.close);
    return server.url;
  }

  const withNext = (listener: NodeListener) => (req: IncomingMessage, res: ServerResponse) =>
    listener(req, res, () => {
      res.setHeader('Content-Type', 'text/plain');
      res.end('next app');
    });

  test('passes non-wallet URLs to next()', async () => {
    const url = await serve(withNext);
    for (const path of ['/', '/account', '/api/walletx/cards']) {
      const response = await fetch(`${url}${path}`);
      expect(await response.text()).toBe('next app');
    }
  });

  test('answers wallet URLs itself', async () => {
    const url = await serve(withNext);
    const response = await fetch(`${url}/api/wallet/cards`);
    expect(await response.json()).toMatchObject({ cards: [{ id: 'c1' }] });
  });

  test('uses originalUrl when a framework stripped its mount path', async () => {
    const url = await serve((listener) => (req, res) => {
      // What Express does for app.use('/api/wallet', listener).
      Object.assign(req, { originalUrl: req.url, url: (req.url ?? '').replace('/api/wallet', '') });
      listener(req, res, () => res.end('next'));
    });
    const response = await fetch(`${url}/api/wallet/cards`);
    expect(response.status).toBe(200);
  });

  test('a handler that rejects is answered with a JSON 502, and the server lives on', async () => {
    const listener = toNodeListener(async () => {
      throw new Error('boom');
    });
    const server = await listen((req, res) => listener(req, res));
    closers.push(server.close);
    const first = await fetch(`${server.url}/api/wallet/cards`);
    expect(first.status).toBe(502);
    expect(await first.json()).toMatchObject({ error: { code: 'provider_error' } });
    expect((await fetch(`${server.url}/api/wallet/cards`)).status).toBe(502);
  });
});
