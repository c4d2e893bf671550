// @vitest-environment node
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import express from 'express';
import { Hono } from 'hono';
import { afterEach, describe, expect, test } from 'vitest';
import type { MemoryProvider, WalletHandler } from '../../src/server/index';
import { createWalletHandler, memoryProvider, toNodeListener } from '../../src/server/index';
import { card } from '../helpers/cards';
import { listen } from '../helpers/server-loopback';

/** How a test reaches the handler once a framework has mounted it. */
interface Mounted {
  /** The origin the browser would be on, for a same-origin `Origin` header. */
  origin: string;
  send(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/** Next.js App Router's route-handler shape (`app/api/wallet/[...path]/route.ts`). */
type NextRouteHandler = (
  req: Request,
  context: { params: Promise<Record<string, string | string[]>> },
) => Response | Promise<Response>;

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

// The merchant's own session: an opaque cookie value mapped to a customer server-side.
const sessions = new Map([['s3cr3t-alice', 'alice']]);
const session = { Cookie: 'theme=dark; sid=s3cr3t-alice' };

function customerFromCookie(req: Request): string | null {
  for (const pair of (req.headers.get('Cookie') ?? '').split(';')) {
    const [name, value] = pair.trim().split('=');
    if (name === 'sid' && value !== undefined) return sessions.get(value) ?? null;
  }
  return null;
}

function httpMount(url: string, close: () => Promise<void>): Mounted {
  return { origin: url, send: (path, init) => fetch(`${url}${path}`, init), close };
}

async function viaNodeHttp(handler: WalletHandler): Promise<Mounted> {
  const server = await listen(toNodeListener(handler));
  return httpMount(server.url, server.close);
}

async function viaExpress(handler: WalletHandler): Promise<Mounted> {
  const app = express();
  app.use(toNodeListener(handler));
  // Registered after the wallet: reachable only because the listener calls next() for it.
  app.get('/health', (_req, res) => {
    res.json({ ok: true });
  });
  const server = await listen(app);
  return httpMount(server.url, server.close);
}

async function viaHono(handler: WalletHandler): Promise<Mounted> {
  const app = new Hono();
  app.all('/api/wallet/*', (c) => handler(c.req.raw));
  app.get('/health', (c) => c.json({ ok: true }));
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>(
    (resolve) => {
      const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
        resolve({ server: started, port: (info as AddressInfo).port }),
      );
    },
  );
  const close = () =>
    new Promise<void>((resolve) => {
      if ('closeAllConnections' in server) server.closeAllConnections();
      server.close(() => resolve());
    });
  return httpMount(`http://127.0.0.1:${port}`, close);
}

async function viaNextRoute(handler: WalletHandler): Promise<Mounted> {
  // What `export const GET = handler; export const DELETE = handler;` makes of the module.
  const route: Record<'GET' | 'DELETE', NextRouteHandler> = { GET: handler, DELETE: handler };
  const origin = 'https://shop.example';
  return {
    origin,
    send: async (path, init = {}) => {
      const request = new Request(`${origin}${path}`, init);
      const method = request.method as keyof typeof route;
      const segments = new URL(request.url).pathname.split('/').slice(3);
      return route[method]?.(request, { params: Promise.resolve({ path: segments }) });
    },
    close: async () => {},
  };
}

const frameworks = [
  { name: 'node:http + toNodeListener', mount: viaNodeHttp },
  { name: 'Express 5 + toNodeListener', mount: viaExpress },
  { name: 'Hono on @hono/node-server', mount: viaHono },
  { name: 'Next.js route module', mount: viaNextRoute },
];

async function setup(mount: (handler: WalletHandler) => Promise<Mounted>) {
  const provider: MemoryProvider = memoryProvider({
    alice: [card({ id: 'c1' }), card({ id: 'c2' })],
  });
  const handler = createWalletHandler({
    provider,
    getCustomerId: customerFromCookie,
    logger: { error: () => {} },
  });
  const app = await mount(handler);
  closers.push(app.close);
  const remove = (id: string, headers: Record<string, string> = {}) =>
    app.send(`/api/wallet/cards/${id}`, {
      method: 'DELETE',
      headers: {
        ...session,
        'X-Wallet-Client': '1',
        Origin: app.origin,
        'Sec-Fetch-Site': 'same-origin',
        'Content-Type': 'application/json',
        ...headers,
      },
      body: '{}',
    });
  return { app, provider, remove };
}

const ids = (provider: MemoryProvider) => provider.peek('alice').map((c) => c.id);

describe.each(frameworks)('$name', ({ mount }) => {
  test('lists the session customer’s cards, never cached', async () => {
    const { app } = await setup(mount);
    const response = await app.send('/api/wallet/cards', { headers: session });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ cards: [card({ id: 'c1' }), card({ id: 'c2' })] });
  });

  test('deletes a card same-origin with the client header', async () => {
    const { provider, remove } = await setup(mount);
    const response = await remove('c1');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ deleted: true, id: 'c1' });
    expect(ids(provider)).toEqual(['c2']);
  });

  test('refuses a cross-site delete', async () => {
    const { provider, remove } = await setup(mount);
    const response = await remove('c1', { 'Sec-Fetch-Site': 'cross-site' });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect(ids(provider)).toEqual(['c1', 'c2']);
  });

  test('answers 401 without a session', async () => {
    const { app, provider, remove } = await setup(mount);
    const listed = await app.send('/api/wallet/cards', { headers: { Cookie: 'sid=unknown' } });
    expect(listed.status).toBe(401);
    expect(await listed.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    expect((await remove('c1', { Cookie: 'theme=dark' })).status).toBe(401);
    expect(ids(provider)).toEqual(['c1', 'c2']);
  });
});

describe('routing next to the host’s own routes', () => {
  test.each(frameworks.filter(({ name }) => /Express|Hono/.test(name)))(
    '$name still serves its other routes',
    async ({ mount }) => {
      const { app } = await setup(mount);
      const response = await app.send('/health');
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: true });
    },
  );

  test('Express mounted at the base path still routes by the full URL', async () => {
    const provider = memoryProvider({ alice: [card({ id: 'c1' })] });
    const app = express();
    app.use(
      '/api/wallet',
      toNodeListener(createWalletHandler({ provider, getCustomerId: customerFromCookie })),
    );
    const server = await listen(app);
    closers.push(server.close);
    const response = await fetch(`${server.url}/api/wallet/cards`, { headers: session });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ cards: [card({ id: 'c1' })] });
  });

  // A body parser before the wallet has read the stream already; this used to hang.
  test('Express with express.json() mounted first still deletes with a JSON body', async () => {
    const provider = memoryProvider({ alice: [card({ id: 'c1' }), card({ id: 'c2' })] });
    const app = express();
    app.use(express.json());
    app.use(toNodeListener(createWalletHandler({ provider, getCustomerId: customerFromCookie })));
    const server = await listen(app);
    closers.push(server.close);
    const response = await fetch(`${server.url}/api/wallet/cards/c1`, {
      method: 'DELETE',
      headers: { ...session, 'X-Wallet-Client': '1', 'Content-Type': 'application/json' },
      body: JSON.stringify({ reason: 'lost' }),
      signal: AbortSignal.timeout(3_000),
    });
    expect(response.status).toBe(200);
    expect(ids(provider)).toEqual(['c2']);
  });
});
