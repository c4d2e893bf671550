// @vitest-environment node
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { SavedCard } from '../../src/core/types';
import type { EximpeProviderOptions } from '../../src/server/index';
import { eximpeProvider } from '../../src/server/index';
import { eximpeCardId } from '../../src/server/providers/eximpe-cards';
import type { EximpeFake, EximpeRawCard } from '../fakes/eximpe-fake';
import { startEximpeFake } from '../fakes/eximpe-fake';
import { calls, expectNoLeak, walletOn } from '../fakes/provider-harness';
import { json, list } from '../helpers/server-fixtures';

// Shapes from eximpe.md "List saved cards"; enum spellings vary between doc versions.
const cards: Record<string, EximpeRawCard[]> = {
  alice: [
    {
      card_token: 'c8a28bca2021ead49124',
      cardholder_name: 'Asha Rao',
      nickname: 'Personal',
      card_type: 'CREDIT',
      network: 'VISA',
      masked_pan: 'XXXXXXXXXXXX0003',
      expiry_month: 5,
      expiry_year: 2030,
    },
    {
      card_token: 'tok_alice_2',
      card_type: 'credit_card',
      network: 'rupay',
      masked_pan: '6521XXXXXXXX4321',
      expiry_month: 1,
      expiry_year: 2021,
    },
    {
      card_token: 'tok_bad',
      network: 'visa',
      masked_pan: 'XXXX',
      expiry_month: 1,
      expiry_year: 2030,
    },
  ],
};

let fake: EximpeFake;
beforeEach(async () => {
  fake = await startEximpeFake({ cards });
});
afterEach(() => fake.close());

const provider = (extra: Partial<EximpeProviderOptions> = {}) =>
  eximpeProvider({
    clientId: fake.clientId,
    clientSecret: fake.clientSecret,
    merchantId: 'merchant_9',
    baseUrl: fake.url,
    ...extra,
  });

describe('eximpeProvider list', () => {
  test('maps Eximpe cards to docs/http-contract.md §1 and drops a card without last4', async () => {
    const response = await walletOn(provider()).handler(list('alice'));
    expect(response.status).toBe(200);
    expect(((await json(response)) as { cards: SavedCard[] }).cards).toEqual([
      {
        id: await eximpeCardId('c8a28bca2021ead49124'),
        brand: 'visa',
        last4: '0003',
        expiryMonth: 5,
        expiryYear: 2030,
        expired: false,
        holderName: 'Asha Rao',
        nickname: 'Personal',
      },
      {
        id: await eximpeCardId('tok_alice_2'),
        brand: 'rupay',
        last4: '4321',
        expiryMonth: 1,
        expiryYear: 2021,
        expired: true,
      },
    ]);
  });

  test('sends the documented headers and the identifier, encoded', async () => {
    await walletOn(provider({ apiVersion: '1.0.0' })).handler(list('cust 1&x=y'));
    const [req] = calls(fake.requests, 'GET', '/pg/tokens/');
    expect(req?.headers['x-client-id']).toBe(fake.clientId);
    expect(req?.headers['x-client-secret']).toBe(fake.clientSecret);
    expect(req?.headers['x-merchant-id']).toBe('merchant_9');
    expect(req?.headers['x-api-version']).toBe('1.0.0');
    expect(req?.headers.accept).toBe('application/json');
    expect(req?.query.get('identifier')).toBe('cust 1&x=y');
    expect(req?.headers.authorization).toBeUndefined();
  });

  test('404 "No cards found" is an empty wallet; no X-API-Version unless configured', async () => {
    const response = await walletOn(provider()).handler(list('carol'));
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ cards: [] });
    expect(fake.requests[0]?.headers['x-api-version']).toBeUndefined();
  });

  test('a 404 outside Eximpe’s envelope (a proxy, a wrong base URL) is a 502, not an empty wallet', async () => {
    const fetch = async () =>
      new Response('<h1>404 Not Found</h1>', {
        status: 404,
        headers: { 'Content-Type': 'text/html' },
      });
    const response = await walletOn(provider({ fetch })).handler(list());
    expect(response.status).toBe(502);
  });

  test('a PAN in masked_pan or a nickname never reaches the browser', async () => {
    await fake.close();
    const pan = '5555555555554444';
    fake = await startEximpeFake({
      cards: {
        alice: [
          {
            card_token: 'tok_p',
            network: 'mc',
            masked_pan: pan,
            nickname: pan,
            expiry_month: '07',
            expiry_year: '2031',
          },
        ],
      },
    });
    const text = await (await walletOn(provider()).handler(list())).text();
    expect(JSON.parse(text)).toEqual({
      cards: [
        {
          id: await eximpeCardId('tok_p'),
          brand: 'mastercard',
          last4: '4444',
          expiryMonth: 7,
          expiryYear: 2031,
          expired: false,
        },
      ],
    });
    expectNoLeak(text, [fake.clientSecret]);
  });
});
