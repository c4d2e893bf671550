// @vitest-environment node
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProxyOptions } from 'vite';
import { createServer } from 'vite';
import { afterEach, expect, test } from 'vitest';
import type { WalletHandlerOptions } from '../../src/server/index';
import { createWalletHandler, memoryProvider, toNodeListener } from '../../src/server/index';
import { card } from '../helpers/cards';
import { listen } from '../helpers/server-loopback';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/**
 * A backend on loopback and a Vite dev server proxying `/api` to it, as docs/server.md
 * "Development" describes; the DELETE carries the dev server's origin, as a browser's would.
 */
async function removeThroughVite(
  proxy: (target: string) => string | ProxyOptions,
  options: (devOrigin: string) => Partial<WalletHandlerOptions> = () => ({}),
) {
  const port = await freePort();
  const devOrigin = `http://localhost:${port}`;
  const provider = memoryProvider({ alice: [card({ id: 'c1' })] });
  const warnings: string[] = [];
  const handler = createWalletHandler({
    provider,
    getCustomerId: () => 'alice',
    logger: { error: () => {}, warn: (message) => warnings.push(message) },
    ...options(devOrigin),
  });
  const backend = await listen(toNodeListener(handler));
  closers.push(backend.close);
  const root = await mkdtemp(join(tmpdir(), 'vite-proxy-'));
  const vite = await createServer({
    configFile: false,
    root,
    logLevel: 'silent',
    server: { host: 'localhost', port, strictPort: true, proxy: { '/api': proxy(backend.url) } },
  });
  await vite.listen();
  closers.push(async () => {
    await vite.close();
    await rm(root, { recursive: true, force: true });
  });
  const response = await fetch(`${devOrigin}/api/wallet/cards/c1`, {
    method: 'DELETE',
    headers: { Origin: devOrigin, 'Sec-Fetch-Site': 'same-origin', 'X-Wallet-Client': '1' },
  });
  return { status: response.status, left: provider.peek('alice').length, warnings, devOrigin };
}

test('the object form without changeOrigin keeps Host: the DELETE goes through', async () => {
  const result = await removeThroughVite((target) => ({ target }));
  expect(result).toMatchObject({ status: 200, left: 0 });
});

test.each([
  ['the string shorthand', (target: string) => target],
  ['changeOrigin: true', (target: string) => ({ target, changeOrigin: true })],
])('%s rewrites Host: 403, and the log says which origin was expected', async (_name, proxy) => {
  const result = await removeThroughVite(proxy);
  expect(result).toMatchObject({ status: 403, left: 1 });
  expect(result.warnings).toEqual([
    expect.stringContaining(`Origin ${result.devOrigin} is not http://127.0.0.1:`),
  ]);
});

test('changeOrigin with the dev origin in allowedOrigins goes through', async () => {
  const result = await removeThroughVite(
    (target) => ({ target, changeOrigin: true }),
    (devOrigin) => ({ allowedOrigins: [devOrigin] }),
  );
  expect(result).toMatchObject({ status: 200, left: 0 });
});

async function freePort(): Promise<number> {
  const probe = await listen(() => {});
  const port = Number(new URL(probe.url).port);
  await probe.close();
  return port;
}
