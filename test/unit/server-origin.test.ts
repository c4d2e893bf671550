// @vitest-environment node
import { afterEach, describe, expect, test } from 'vitest';
import type { NodeListenerOptions, WalletHandlerOptions } from '../../src/server/index';
import { createWalletHandler, memoryProvider, toNodeListener } from '../../src/server/index';
import { card } from '../helpers/cards';
import { rawRequest } from '../helpers/raw-http';
import { listen } from '../helpers/server-loopback';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

interface Setup {
  /** Handler options besides provider and session. */
  handler?: Partial<WalletHandlerOptions>;
  listener?: NodeListenerOptions;
  /** Present the request as Next.js `next start` does: `request.url` on localhost, Host kept. */
  likeNextStart?: boolean;
}

async function shop(setup: Setup = {}) {
  const provider = memoryProvider({ alice: [card({ id: 'c1' }), card({ id: 'c2' })] });
  const handler = createWalletHandler({
    provider,
    getCustomerId: (req) => req.headers.get('X-Test-User'),
    logger: { error: () => {} },
    ...setup.handler,
  });
  const served =
    setup.likeNextStart === true
      ? Object.assign(
          (req: Request) => {
            const url = new URL(req.url);
            url.hostname = 'localhost';
            return handler(new Request(url, req));
          },
          { basePath: handler.basePath },
        )
      : handler;
  const server = await listen(toNodeListener(served, setup.listener));
  closers.push(server.close);
  const remove = async (headers: Record<string, string>) => {
    const response = await rawRequest(server.url, {
      method: 'DELETE',
      path: '/api/wallet/cards/c1',
      headers: { 'X-Test-User': 'alice', 'X-Wallet-Client': '1', ...headers },
    });
    return { status: response.status, left: provider.peek('alice').map((c) => c.id) };
  };
  return { url: server.url, port: new URL(server.url).port, remove };
}

const REMOVED = { status: 200, left: ['c2'] };
const REFUSED = { status: 403, left: ['c1', 'c2'] };

describe('the origin a DELETE must match is the one the browser addressed', () => {
  test('a Next.js-style handler reached at 127.0.0.1, whose request.url says localhost, removes the card', async () => {
    const { url, remove } = await shop({ likeNextStart: true });
    expect(await remove({ Origin: url, 'Sec-Fetch-Site': 'same-origin' })).toEqual(REMOVED);
  });

  test('the same handler reached at the machine address the shopper typed', async () => {
    const { port, remove } = await shop({ likeNextStart: true });
    const typed = `10.1.2.3:${port}`;
    expect(await remove({ Host: typed, Origin: `http://${typed}` })).toEqual(REMOVED);
  });

  test('a proxy that passes Host on plain HTTP needs nothing set', async () => {
    const { remove } = await shop({ likeNextStart: true });
    expect(await remove({ Host: 'shop.example', Origin: 'http://shop.example' })).toEqual(REMOVED);
  });

  test('a TLS-terminating proxy that keeps Host: https counts only with trustProxy', async () => {
    const headers = {
      Host: 'shop.example',
      'X-Forwarded-Proto': 'https',
      Origin: 'https://shop.example',
    };
    expect(await (await shop()).remove(headers)).toEqual(REFUSED);
    const trusted = await shop({ handler: { trustProxy: true } });
    expect(await trusted.remove(headers)).toEqual(REMOVED);
  });

  test('X-Forwarded-Host counts only with trustProxy, on the handler or on toNodeListener', async () => {
    const headers = {
      'X-Forwarded-Host': 'shop.example',
      'X-Forwarded-Proto': 'https',
      Origin: 'https://shop.example',
    };
    expect(await (await shop({ likeNextStart: true })).remove(headers)).toEqual(REFUSED);
    const onHandler = await shop({ likeNextStart: true, handler: { trustProxy: true } });
    expect(await onHandler.remove(headers)).toEqual(REMOVED);
    const onListener = await shop({ listener: { trustProxy: true } });
    expect(await onListener.remove(headers)).toEqual(REMOVED);
  });

  test('Forwarded (RFC 7239) counts with trustProxy: the first element, quoted host and port', async () => {
    const plain = {
      Forwarded: 'for=192.0.2.60;proto=https;host=shop.example',
      Origin: 'https://shop.example',
    };
    expect(await (await shop()).remove(plain)).toEqual(REFUSED);
    expect(await (await shop({ handler: { trustProxy: true } })).remove(plain)).toEqual(REMOVED);
    const quoted = {
      Forwarded: 'proto=https;host="shop.example:8443", proto=http;host=inner.internal',
      Origin: 'https://shop.example:8443',
    };
    expect(await (await shop({ handler: { trustProxy: true } })).remove(quoted)).toEqual(REMOVED);
  });

  test('allowedOrigins still admits an extra origin', async () => {
    const { remove } = await shop({ handler: { allowedOrigins: ['http://localhost:5173'] } });
    expect(await remove({ Origin: 'http://localhost:5173' })).toEqual(REMOVED);
  });
});

describe('a foreign origin stays refused in every mode', () => {
  const modes: Array<[string, Setup]> = [
    ['plain', {}],
    ['Next.js-style', { likeNextStart: true }],
    ['trustProxy on the handler', { handler: { trustProxy: true } }],
    ['trustProxy on toNodeListener', { listener: { trustProxy: true } }],
  ];

  test.each(modes)('%s: Origin https://evil.example', async (_name, setup) => {
    const { remove } = await shop(setup);
    expect(await remove({ Origin: 'https://evil.example' })).toEqual(REFUSED);
    expect(await remove({ Host: 'shop.example', Origin: 'https://evil.example' })).toEqual(REFUSED);
  });

  test('a forged X-Forwarded-Host or Forwarded is ignored without trustProxy', async () => {
    const { remove } = await shop({ likeNextStart: true });
    const origin = { Origin: 'https://evil.example' };
    expect(
      await remove({ ...origin, 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' }),
    ).toEqual(REFUSED);
    expect(await remove({ ...origin, Forwarded: 'proto=https;host=evil.example' })).toEqual(
      REFUSED,
    );
  });

  test('the Next.js-style URL host (localhost) is not the addressed origin', async () => {
    const { port, remove } = await shop({ likeNextStart: true });
    expect(await remove({ Origin: `http://localhost:${port}` })).toEqual(REFUSED);
  });

  test.each([
    ['userinfo', 'shop.example@evil.example'],
    ['a path', 'evil.example/shop.example'],
    ['a space', 'evil.example shop.example'],
    ['a port out of range', 'evil.example:99999'],
  ])('a trusted forwarded host with %s is refused, never repaired', async (_what, host) => {
    const { remove } = await shop({ handler: { trustProxy: true } });
    const origin = { Origin: 'https://evil.example' };
    expect(
      await remove({ ...origin, 'X-Forwarded-Host': host, 'X-Forwarded-Proto': 'https' }),
    ).toEqual(REFUSED);
    expect(await remove({ ...origin, Forwarded: `proto=https;host="${host}"` })).toEqual(REFUSED);
  });
});
