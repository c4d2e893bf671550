// @vitest-environment node
import { afterEach, describe, expect, test } from 'vitest';
import { deferredRequestsWork } from '../../src/server/http/deferred-request';
import { createWalletHandler, memoryProvider, toNodeListener } from '../../src/server/index';
import { card } from '../helpers/cards';
import { listen } from '../helpers/server-loopback';

// docs/server.md: under toNodeListener, `getCustomerId` sees a Fetch `Request` that works as
// any other: `new Request(req)`, `fetch(req)` and `req.clone()` included. The listener builds
// undici's own request only when asked for more than method, URL and headers; these tests ask
// for everything a session library might.

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

interface Seen {
  request: Request;
  instance: boolean;
  tag: string;
  method: string;
  url: string;
  cookie: string | null;
  copy: { method: string; url: string; cookie: string | null };
  clone: { method: string; url: string; cookie: string | null };
  signal: { isSignal: boolean; aborted: boolean };
  text: string;
  bodyUsed: boolean;
  forwarded: { method: string; cookie: string | null };
}

const described = (r: Request) => ({
  method: r.method,
  url: r.url,
  cookie: r.headers.get('cookie'),
});

async function start() {
  // What a session library's server sees when a hook forwards the request to it.
  const auth = await listen((req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ method: req.method, cookie: req.headers.cookie ?? null }));
  });
  closers.push(auth.close);
  const seen: Seen[] = [];
  const handler = createWalletHandler({
    provider: memoryProvider({ alice: [card({ id: 'c1' }), card({ id: 'c2' })] }),
    getCustomerId: async (req) => {
      const forwarded = await fetch(new Request(`${auth.url}/session`, req));
      seen.push({
        request: req,
        instance: req instanceof Request,
        tag: Object.prototype.toString.call(req),
        ...described(req),
        copy: described(new Request(req)),
        clone: described(req.clone()),
        signal: { isSignal: req.signal instanceof AbortSignal, aborted: req.signal.aborted },
        text: await req.text(),
        bodyUsed: req.bodyUsed,
        forwarded: (await forwarded.json()) as Seen['forwarded'],
      });
      return /user=(\w+)/.exec(req.headers.get('cookie') ?? '')?.[1] ?? null;
    },
    // The forwarded session call is not a provider call: the budget need not cover it.
    logger: { error: () => {} },
  });
  const listener = toNodeListener(handler);
  const server = await listen((req, res) => listener(req, res));
  closers.push(server.close);
  return { url: server.url, seen };
}

const headers = { Cookie: 'user=alice', 'X-Wallet-Client': '1' };

describe('the Request getCustomerId is handed under toNodeListener', () => {
  test.each([
    ['GET', '/api/wallet/cards?fresh=1', 200],
    ['DELETE', '/api/wallet/cards/c1', 200],
    ['PUT', '/api/wallet/cards/c2/default', 200],
  ])('%s %s: a Request in every way a session library asks', async (method, path, status) => {
    const { url, seen } = await start();
    const response = await fetch(`${url}${path}`, { method, headers });
    expect(response.status).toBe(status);

    expect(seen).toHaveLength(1);
    const [hook] = seen;
    const request = { method, url: `${url}${path}`, cookie: 'user=alice' };
    expect(hook).toMatchObject({
      instance: true,
      tag: '[object Request]',
      ...request,
      copy: request,
      clone: request,
      signal: { isSignal: true, aborted: false },
      text: '',
      bodyUsed: false,
      forwarded: { method, cookie: 'user=alice' },
    });
  });

  test('fetch(req) sends the same request again, after the answer too', async () => {
    const { url, seen } = await start();
    await fetch(`${url}/api/wallet/cards`, { headers });
    const again = await fetch(seen[0]?.request as Request);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { cards: unknown[] }).cards).toHaveLength(2);
    // And the hook saw the repeat exactly as the first.
    expect(seen[1]).toMatchObject({ method: 'GET', cookie: 'user=alice' });
  });

  test('headers a hook sets before copying the request are in the copy', async () => {
    const copies: Array<string | null> = [];
    const handler = createWalletHandler({
      provider: memoryProvider({ alice: [card({ id: 'c1' })] }),
      getCustomerId: (req) => {
        req.headers.set('x-session-checked', 'yes');
        copies.push(new Request(req).headers.get('x-session-checked'));
        return 'alice';
      },
      logger: { error: () => {} },
    });
    const listener = toNodeListener(handler);
    const server = await listen((req, res) => listener(req, res));
    closers.push(server.close);
    expect((await fetch(`${server.url}/api/wallet/cards`, { headers })).status).toBe(200);
    expect(copies).toEqual(['yes']);
  });

  test("on this Node the listener defers undici's own request (its cost: docs/performance.md)", () => {
    expect(deferredRequestsWork()).toBe(true);
  });
});
