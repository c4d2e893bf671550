// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { providerFromEnv } from '../../demo/backend/provider-from-env';
import { eximpeCardId } from '../../src/server/providers/eximpe-cards';
import { juspayCardId } from '../../src/server/providers/juspay-ref';
import { startEximpeFake } from '../fakes/eximpe-fake';
import { startJuspayFake } from '../fakes/juspay-fake';
import { demoServers, shopperCookie } from '../helpers/demo-on-provider';

const { demoOn, closers } = demoServers();

describe('the demo on a real provider (WALLET_PROVIDER)', () => {
  test('juspay: the demo shopper sees and removes the configured customer’s cards', async () => {
    const fake = await startJuspayFake({
      cards: {
        cust_42: [
          {
            card_reference: 'ref_1',
            card_number: 'XXXXXXXXXXXX1111',
            card_exp_month: '07',
            card_exp_year: '2031',
            card_brand: 'VISA',
          },
        ],
      },
    });
    closers.push(fake.close);
    const url = await demoOn({
      WALLET_PROVIDER: 'juspay',
      JUSPAY_API_KEY: fake.apiKey,
      JUSPAY_MERCHANT_ID: fake.merchantId,
      JUSPAY_BASE_URL: fake.url,
      WALLET_CUSTOMER_ID: 'cust_42',
    });
    const listed = await fetch(`${url}/api/wallet/cards`, { headers: shopperCookie });
    expect(listed.status).toBe(200);
    expect(await listed.json()).toMatchObject({
      cards: [{ id: await juspayCardId('ref_1'), brand: 'visa', last4: '1111' }],
    });
    const removed = await fetch(`${url}/api/wallet/cards/${await juspayCardId('ref_1')}`, {
      method: 'DELETE',
      headers: { ...shopperCookie, 'X-Wallet-Client': '1' },
    });
    expect(removed.status).toBe(200);
    expect(fake.references('cust_42')).toEqual([]);
  });

  test('eximpe: lists through the fake with the client credentials', async () => {
    const fake = await startEximpeFake({
      cards: {
        cust_7: [
          {
            card_token: 'tok_1',
            identifier: 'cust_7',
            network: 'RUPAY',
            masked_pan: 'XXXXXXXXXXXX0003',
            expiry_month: 5,
            expiry_year: 2030,
          },
        ],
      },
    });
    closers.push(fake.close);
    const url = await demoOn({
      WALLET_PROVIDER: 'eximpe',
      EXIMPE_CLIENT_ID: fake.clientId,
      EXIMPE_CLIENT_SECRET: fake.clientSecret,
      EXIMPE_MERCHANT_ID: 'm_1',
      EXIMPE_BASE_URL: fake.url,
      WALLET_CUSTOMER_ID: 'cust_7',
    });
    const listed = await fetch(`${url}/api/wallet/cards`, { headers: shopperCookie });
    expect(await listed.json()).toMatchObject({
      cards: [{ id: await eximpeCardId('tok_1'), brand: 'rupay', last4: '0003' }],
    });
  });

  test('a provider without its keys, or an unknown one, is refused with a clear sentence', () => {
    expect(() => providerFromEnv({ WALLET_PROVIDER: 'eximpe', EXIMPE_CLIENT_ID: 'x' })).toThrow(
      'WALLET_PROVIDER=eximpe needs EXIMPE_CLIENT_SECRET, EXIMPE_MERCHANT_ID, WALLET_CUSTOMER_ID to be set.',
    );
    expect(() => providerFromEnv({ WALLET_PROVIDER: 'paypal' })).toThrow(
      'WALLET_PROVIDER must be memory, juspay, eximpe, stripe, adyen or hyperswitch, not "paypal".',
    );
    expect(providerFromEnv({}).kind).toBe('memory');
  });
});
