// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { WalletHandlerOptions } from '../../src/server/index';
import { createWalletHandler, juspayProvider, memoryProvider } from '../../src/server/index';

const base: WalletHandlerOptions = {
  provider: memoryProvider({}),
  getCustomerId: () => 'alice',
};

const build = (options: Partial<WalletHandlerOptions>) => () =>
  createWalletHandler({ ...base, ...options } as WalletHandlerOptions);

// Every value here was once accepted; at 0 the budget was unlimited while the lock lived 1 s.
const NOT_DURATIONS: unknown[] = [0, -5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 31, '500'];

describe('options are checked when the handler is built, one clear error each', () => {
  test.each(NOT_DURATIONS)('providerTimeoutMs %s is refused, naming the option', (value) => {
    expect(build({ providerTimeoutMs: value as number })).toThrow(
      /^createWalletHandler: providerTimeoutMs must be a number of milliseconds from 1 to 2147483647/,
    );
  });

  test.each(NOT_DURATIONS)('hookTimeoutMs %s is refused, naming the option', (value) => {
    expect(build({ hookTimeoutMs: value as number })).toThrow(
      /^createWalletHandler: hookTimeoutMs must be a number of milliseconds/,
    );
  });

  test.each(NOT_DURATIONS)('rateLimit.windowMs %s is refused, naming the option', (value) => {
    expect(build({ rateLimit: { windowMs: value as number } })).toThrow(
      /^createWalletHandler: rateLimit\.windowMs must be a number of milliseconds/,
    );
  });

  test.each(NOT_DURATIONS)('listRateLimit.windowMs and listCacheMs %s are refused', (value) => {
    expect(build({ listRateLimit: { windowMs: value as number } })).toThrow(
      /^createWalletHandler: listRateLimit\.windowMs must be a number of milliseconds/,
    );
    expect(build({ listCacheMs: value as number })).toThrow(
      /^createWalletHandler: listCacheMs must be a number of milliseconds/,
    );
  });

  test.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '2'])(
    'listRateLimit.max %s is refused as a whole number',
    (value) => {
      expect(build({ listRateLimit: { max: value as number } })).toThrow(
        /^createWalletHandler: listRateLimit\.max must be a whole number >= 0/,
      );
    },
  );

  test.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '2'])(
    'keepAtLeast and rateLimit.max %s are refused as whole numbers',
    (value) => {
      expect(build({ keepAtLeast: value as number })).toThrow(
        /^createWalletHandler: keepAtLeast must be a whole number >= 0/,
      );
      expect(build({ rateLimit: { max: value as number } })).toThrow(
        /^createWalletHandler: rateLimit\.max must be a whole number >= 0/,
      );
    },
  );

  test.each([
    ['getCustomerId', { getCustomerId: undefined }, 'undefined'],
    ['lockReason', { lockReason: 'subscription' }, 'string'],
    ['audit', { audit: true }, 'boolean'],
    ['now', { now: 0 }, '0'],
    ['rateLimit.crossSiteKey', { rateLimit: { crossSiteKey: 'x' } }, 'string'],
  ])('%s that is not a function is refused when the handler is built', (name, options, got) => {
    expect(build(options as unknown as Partial<WalletHandlerOptions>)).toThrow(
      `createWalletHandler: ${name} must be a function (got ${got})`,
    );
  });

  test('a provider factory refuses a timeout the same way', () => {
    expect(() => juspayProvider({ apiKey: 'k', merchantId: 'm', timeoutMs: -5 })).toThrow(
      /^juspayProvider: timeoutMs must be a number of milliseconds from 1 to 2147483647 \(got -5\)$/,
    );
  });

  test('valid values build a handler that answers', async () => {
    const handler = createWalletHandler({
      ...base,
      providerTimeoutMs: 1,
      hookTimeoutMs: 2_147_483_647,
      keepAtLeast: 0,
      rateLimit: { max: 0, windowMs: 1 },
    });
    const response = await handler(new Request('http://127.0.0.1/api/wallet/cards'));
    expect(response.status).toBe(200);
  });
});
