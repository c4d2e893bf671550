// @vitest-environment node
import { afterEach, describe, expect, test } from 'vitest';
import type { CardProvider } from '../../src/server/index';
import { memoryProvider, redisDefaultCardStore } from '../../src/server/index';
import { card } from '../helpers/cards';
import { privateRedisServer } from '../helpers/private-redis-server';
import type { LoopbackWallet } from '../helpers/set-default-http';
import { defaultOf, loopbackWallet } from '../helpers/set-default-http';

const { client } = privateRedisServer();
const wallets: LoopbackWallet[] = [];
afterEach(async () => {
  await Promise.all(wallets.splice(0).map((wallet) => wallet.close()));
});

// A provider with no default of its own (as Juspay, Eximpe and Adyen), one sandbox behind both.
function noDefaultProvider(): CardProvider {
  const sandbox = memoryProvider({
    alice: [card({ id: 'a1' }), card({ id: 'a2', last4: '4444' }), card({ id: 'a3' })],
  });
  return {
    listCards: (customerId, ctx) => sandbox.listCards(customerId, ctx),
    deleteCard: (customerId, target, ctx) => sandbox.deleteCard(customerId, target, ctx),
  };
}

describe('redisDefaultCardStore', () => {
  test('two server instances on one Redis show the default chosen through either', async () => {
    const provider = noDefaultProvider();
    const one = await loopbackWallet(provider, {
      defaultCardStore: redisDefaultCardStore(client()),
    });
    const two = await loopbackWallet(provider, {
      defaultCardStore: redisDefaultCardStore(client()),
    });
    wallets.push(one, two);
    expect((await one.makeDefault('a2')).status).toBe(200);
    expect(defaultOf((await two.list()).cards)).toBe('a2');
    // Removing it through the other instance moves it to the next card, for both.
    expect(await (await two.remove('a2')).json()).toEqual({
      deleted: true,
      id: 'a2',
      defaultCardId: 'a1',
    });
    expect(defaultOf((await one.list()).cards)).toBe('a1');
  });

  test('keeps one key per customer under its prefix; null forgets the choice', async () => {
    const redis = client();
    const store = redisDefaultCardStore(redis, { prefix: 'shop-a:' });
    await store.set('alice', 'a2');
    await store.set('__proto__', 'x1');
    expect((await redis.keys('*')).sort()).toEqual(['shop-a:__proto__', 'shop-a:alice']);
    expect(await store.get('alice')).toBe('a2');
    expect(await redisDefaultCardStore(redis, { prefix: 'shop-b:' }).get('alice')).toBeNull();
    await store.set('alice', null);
    expect(await store.get('alice')).toBeNull();
    expect(await redis.exists('shop-a:alice')).toBe(0);
  });

  test('Redis gone: the list still shows, without a default; choosing one is a 502', async () => {
    const redis = client();
    const wallet = await loopbackWallet(noDefaultProvider(), {
      defaultCardStore: redisDefaultCardStore(redis),
      hookTimeoutMs: 200,
    });
    wallets.push(wallet);
    await redis.quit();
    const listed = await wallet.list();
    expect(listed.status).toBe(200);
    expect(listed.cards.map((c) => c.id)).toEqual(['a1', 'a2', 'a3']);
    expect((await wallet.makeDefault('a2')).status).toBe(502);
  });
});
