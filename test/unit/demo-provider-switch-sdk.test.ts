// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { providerFromEnv } from '../../demo/backend/provider-from-env';
import { startAdyenFake } from '../fakes/adyen-fake';
import { adyenCard } from '../fakes/adyen-target';
import { startHyperswitchFake } from '../fakes/hyperswitch-fake';
import { hsCard } from '../fakes/hyperswitch-target';
import { startStripeFake } from '../fakes/stripe-fake';
import { stripeCard } from '../fakes/stripe-target';
import { demoServers, shopperCookie } from '../helpers/demo-on-provider';

const { demoOn, closers } = demoServers();

async function cardsAt(url: string) {
  const listed = await fetch(`${url}/api/wallet/cards`, { headers: shopperCookie });
  expect(listed.status).toBe(200);
  return ((await listed.json()) as { cards: Array<{ id: string; last4: string }> }).cards;
}

async function remove(url: string, id: string) {
  return fetch(`${url}/api/wallet/cards/${encodeURIComponent(id)}`, {
    method: 'DELETE',
    headers: { ...shopperCookie, 'X-Wallet-Client': '1' },
  });
}

describe('the demo on Stripe, Adyen or Hyperswitch (WALLET_PROVIDER)', () => {
  test('stripe: the demo shopper is the configured cus_… and removes a card through the SDK', async () => {
    const fake = await startStripeFake({
      customers: { cus_42: { methods: [stripeCard('pm_1', '4242')] } },
    });
    closers.push(fake.close);
    const url = await demoOn({
      WALLET_PROVIDER: 'stripe',
      STRIPE_SECRET_KEY: fake.secretKey,
      STRIPE_API_URL: fake.url,
      WALLET_CUSTOMER_ID: 'cus_42',
    });
    expect(await cardsAt(url)).toMatchObject([{ id: 'pm_1', last4: '4242' }]);
    expect((await remove(url, 'pm_1')).status).toBe(200);
    expect(fake.methodIds('cus_42')).toEqual([]);
  });

  test('adyen: lists and removes the configured shopperReference’s card', async () => {
    const fake = await startAdyenFake({
      shoppers: { shopper_42: [adyenCard('8415718415172204', '1111')] },
    });
    closers.push(fake.close);
    const url = await demoOn({
      WALLET_PROVIDER: 'adyen',
      ADYEN_API_KEY: fake.apiKey,
      ADYEN_MERCHANT_ACCOUNT: fake.merchantAccount,
      ADYEN_BASE_URL: fake.url,
      WALLET_CUSTOMER_ID: 'shopper_42',
    });
    const [card] = await cardsAt(url);
    expect(card?.last4).toBe('1111');
    expect((await remove(url, card?.id ?? '')).status).toBe(200);
    expect(fake.storedIds('shopper_42')).toEqual([]);
  });

  test('hyperswitch: lists through the fake with the api-key', async () => {
    const fake = await startHyperswitchFake({ customers: { cus_7: [hsCard('pm_9', '0005')] } });
    closers.push(fake.close);
    const url = await demoOn({
      WALLET_PROVIDER: 'hyperswitch',
      HYPERSWITCH_API_KEY: fake.apiKey,
      HYPERSWITCH_BASE_URL: fake.url,
      WALLET_CUSTOMER_ID: 'cus_7',
    });
    expect(await cardsAt(url)).toMatchObject([{ id: 'pm_9', last4: '0005' }]);
  });

  test('a missing key is refused with one clear sentence naming it', () => {
    expect(() =>
      providerFromEnv({ WALLET_PROVIDER: 'stripe', WALLET_CUSTOMER_ID: 'cus_1' }),
    ).toThrow('WALLET_PROVIDER=stripe needs STRIPE_SECRET_KEY to be set.');
    expect(() => providerFromEnv({ WALLET_PROVIDER: 'adyen', ADYEN_API_KEY: 'k' })).toThrow(
      'WALLET_PROVIDER=adyen needs ADYEN_MERCHANT_ACCOUNT, WALLET_CUSTOMER_ID to be set.',
    );
    expect(() => providerFromEnv({ WALLET_PROVIDER: 'hyperswitch' })).toThrow(
      'WALLET_PROVIDER=hyperswitch needs HYPERSWITCH_API_KEY, WALLET_CUSTOMER_ID to be set.',
    );
    expect(() =>
      providerFromEnv({
        WALLET_PROVIDER: 'adyen',
        ADYEN_API_KEY: 'k',
        ADYEN_MERCHANT_ACCOUNT: 'M',
        WALLET_CUSTOMER_ID: 'u_1',
        ADYEN_ENVIRONMENT: 'live',
      }),
    ).toThrow('adyenProvider: liveUrlPrefix is required for the live environment');
  });
});
