// @vitest-environment node
import { afterEach, describe, expect, test } from 'vitest';
import { createHttpWalletClient } from '../../src/index';
import { memoryProvider } from '../../src/server/index';
import { card } from '../helpers/cards';
import { failure } from '../helpers/failure';
import type { HttpWallet } from '../helpers/wallet-http';
import { httpWallet } from '../helpers/wallet-http';

// The browser client against the real handler over loopback HTTP: what the handler answers
// for a path it has no route for, or a method a route does not take, must reach the page as
// `invalid_request` (docs/http-contract.md), never as "the backend broke the contract".

let wallet: HttpWallet | undefined;
afterEach(async () => {
  await wallet?.close();
  wallet = undefined;
});

async function clientAt(basePath: string) {
  wallet = await httpWallet({ provider: memoryProvider({ alice: [card({ id: 'c1' })] }) });
  const url = wallet.url;
  return createHttpWalletClient({
    baseUrl: `${url}${basePath}`,
    headers: { 'X-Test-User': 'alice' },
  });
}

describe('createHttpWalletClient against createWalletHandler', () => {
  test('a base path the handler has no route under is invalid_request with 404', async () => {
    // GET /api/wallet/nowhere/cards: under the handler's base path, but no route.
    const client = await clientAt('/api/wallet/nowhere');
    const error = await failure(client.listCards());
    expect([error.code, error.status]).toEqual(['invalid_request', 404]);
  });

  test('a method the route does not take is invalid_request with 405', async () => {
    // GET /api/wallet/cards/c1/cards lands on the one-card route, which takes only DELETE.
    const client = await clientAt('/api/wallet/cards/c1');
    const error = await failure(client.listCards());
    expect([error.code, error.status]).toEqual(['invalid_request', 405]);
  });

  test('the right base path still lists', async () => {
    const client = await clientAt('/api/wallet');
    expect((await client.listCards()).map((c) => c.id)).toEqual(['c1']);
  });
});
