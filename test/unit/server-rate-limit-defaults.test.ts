// @vitest-environment node
import { expect, test } from 'vitest';
import type { RateLimitStore } from '../../src/server/index';
import { DEFAULT_RATE_LIMIT, memoryProvider, memoryRateLimitStore } from '../../src/server/index';
import { card } from '../helpers/cards';
import { closedAfterEach } from '../helpers/closed-after-each';
import { httpWallet } from '../helpers/wallet-http';

const open = closedAfterEach();

test('rateLimit: { store } alone counts in that store at the default 30 a minute', async () => {
  const memory = memoryRateLimitStore();
  const windows: number[] = [];
  const store: RateLimitStore = {
    hit: (key, windowMs) => {
      windows.push(windowMs);
      return memory.hit(key, windowMs);
    },
  };
  const wallet = await httpWallet({
    provider: memoryProvider({ alice: [card({ id: 'c1' })] }),
    rateLimit: { store },
  });
  open.push(wallet);
  const statuses: number[] = [];
  for (let i = 0; i < DEFAULT_RATE_LIMIT.max + 1; i += 1) {
    statuses.push((await wallet.remove('nope')).status);
  }
  expect(statuses.slice(0, DEFAULT_RATE_LIMIT.max).every((status) => status === 404)).toBe(true);
  expect(statuses.at(-1)).toBe(429);
  expect(new Set(windows)).toEqual(new Set([DEFAULT_RATE_LIMIT.windowMs]));
});

test('rateLimit: { max } alone keeps the default window and its own store', async () => {
  const wallet = await httpWallet({
    provider: memoryProvider({ alice: [card({ id: 'c1' })] }),
    rateLimit: { max: 1 },
  });
  open.push(wallet);
  expect((await wallet.remove('nope')).status).toBe(404);
  expect((await wallet.remove('nope')).status).toBe(429);
});
