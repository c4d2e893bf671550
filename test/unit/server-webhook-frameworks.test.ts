// @vitest-environment node
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import express from 'express';
import { Hono } from 'hono';
import { afterEach, describe, expect, test } from 'vitest';
import type { WalletHandler, WalletWebhookHandler } from '../../src/server/index';
import {
  createWalletHandler,
  createWalletWebhookHandler,
  memoryCardUpdateStore,
  memoryProvider,
  stripeCardUpdates,
  toNodeListener,
} from '../../src/server/index';
import { card } from '../helpers/cards';
import { listen } from '../helpers/server-loopback';
import { STRIPE_SECRET, stripe, stripeEvent, stripeSignature } from '../helpers/webhook-server';

// The webhook route mounted as docs/server.md shows for each host, next to the wallet's and
// a JSON body parser the host uses for its own routes: the signature must see the raw bytes.

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

interface Mounted {
  url: string;
  logs: string[];
}

function handlers() {
  const store = memoryCardUpdateStore();
  const logs: string[] = [];
  const logger = { error: (message: string) => logs.push(message) };
  const webhooks = createWalletWebhookHandler({
    providers: [stripeCardUpdates({ stripe, webhookSecret: STRIPE_SECRET })],
    cardUpdateStore: store,
    logger,
  });
  const wallet = createWalletHandler({
    provider: memoryProvider({ cus_alice: [card({ id: 'pm_visa' })] }),
    getCustomerId: (req) => req.headers.get('X-Test-User'),
    cardUpdateStore: store,
    logger,
  });
  return { webhooks, wallet, logs };
}

async function http(app: Parameters<typeof listen>[0], logs: string[]): Promise<Mounted> {
  const server = await listen(app);
  closers.push(server.close);
  return { url: server.url, logs };
}

async function viaExpress(): Promise<Mounted> {
  const { webhooks, wallet, logs } = handlers();
  const app = express();
  // First, before any body parser: it answers only {base}/webhooks/… and passes the rest on.
  app.use(toNodeListener(webhooks));
  app.use(express.json());
  app.post('/api/echo', (req, res) => {
    res.json(req.body);
  });
  app.use(toNodeListener(wallet));
  return http(app, logs);
}

async function viaHono(): Promise<Mounted> {
  const { webhooks, wallet, logs } = handlers();
  const app = new Hono();
  // c.req.raw is the request as it came: its body not yet read.
  app.post('/api/wallet/webhooks/:provider', (c) => webhooks(c.req.raw));
  app.all('/api/wallet/*', (c) => wallet(c.req.raw));
  const port = await new Promise<number>((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
      resolve((info as AddressInfo).port),
    );
    closers.push(
      () =>
        new Promise<void>((done) => {
          if ('closeAllConnections' in server) server.closeAllConnections();
          server.close(() => done());
        }),
    );
  });
  return { url: `http://127.0.0.1:${port}`, logs };
}

/** Next.js App Router: app/api/wallet/webhooks/[provider]/route.ts exports `webhooks as POST`. */
async function viaNextRoute(): Promise<Mounted> {
  const { webhooks, wallet, logs } = handlers();
  const routes: Array<[RegExp, Record<string, WalletWebhookHandler | WalletHandler>]> = [
    [/^\/api\/wallet\/webhooks\/[^/]+$/, { POST: webhooks }],
    [/^\/api\/wallet\//, { GET: wallet, DELETE: wallet }],
  ];
  // Next hands a route handler the Web Request untouched; a loopback server stands in for it.
  return http(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request = new Request(`http://127.0.0.1${req.url}`, {
      method: req.method ?? 'GET',
      headers: req.headers as Record<string, string>,
      body: chunks.length === 0 ? null : Buffer.concat(chunks),
    });
    const path = new URL(request.url).pathname;
    const handler = routes.find(([pattern]) => pattern.test(path))?.[1][request.method];
    const response =
      handler === undefined ? new Response(null, { status: 404 }) : await handler(request);
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  }, logs);
}

describe.each([
  { name: 'Express 5, webhooks before express.json()', mount: viaExpress },
  { name: 'Hono on @hono/node-server', mount: viaHono },
  { name: 'Next.js route modules', mount: viaNextRoute },
])('$name', ({ mount }) => {
  test('a signed event is taken from the raw bytes and the list shows it', async () => {
    const { url } = await mount();
    // Spacing a parser would not keep: only the exact bytes carry the signature.
    const payload = JSON.stringify(JSON.parse(stripeEvent()), null, 2);
    const response = await fetch(`${url}/api/wallet/webhooks/stripe`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Stripe-Signature': stripeSignature(payload) },
      body: payload,
    });
    expect(response.status).toBe(200);
    const list = await fetch(`${url}/api/wallet/cards`, {
      headers: { 'X-Test-User': 'cus_alice' },
    });
    const { cards } = (await list.json()) as { cards: Array<{ updated?: unknown }> };
    expect(cards[0]?.updated).toMatchObject({ fields: ['expiry'] });
  });
});

test('Express: the host JSON route still parses its own bodies', async () => {
  const { url } = await viaExpress();
  const response = await fetch(`${url}/api/echo`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{"a":1}',
  });
  expect(await response.json()).toEqual({ a: 1 });
});

test('mounted after express.json(): 500 `body_already_parsed` and a log line that says why', async () => {
  const { webhooks, logs } = handlers();
  const app = express();
  app.use(express.json());
  app.use(toNodeListener(webhooks));
  const { url } = await http(app, logs);
  const payload = stripeEvent();
  const response = await fetch(`${url}/api/wallet/webhooks/stripe`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Stripe-Signature': stripeSignature(payload) },
    body: payload,
  });
  expect(response.status).toBe(500);
  expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
    'body_already_parsed',
  );
  expect(logs).toEqual([
    'saved-card-kit: webhook body was parsed before the webhook handler; mount it before any body parser',
  ]);
});
