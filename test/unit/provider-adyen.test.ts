// @vitest-environment node
import { afterEach, describe, expect, test } from 'vitest';
import { adyenProvider } from '../../src/server/index';
import type { AdyenFake, AdyenRawMethod } from '../fakes/adyen-fake';
import { startAdyenFake } from '../fakes/adyen-fake';
import { adyenCard, adyenOn, adyenSeed } from '../fakes/adyen-target';
import type { RecordedRequest } from '../fakes/fake-server';
import { walletOn } from '../fakes/provider-harness';
import { testCtx } from '../helpers/provider-context';
import { del, json, list } from '../helpers/server-fixtures';

let fake: AdyenFake;
afterEach(() => fake?.close());

async function start(shoppers: Record<string, AdyenRawMethod[]> = adyenSeed()) {
  fake = await startAdyenFake({ shoppers });
  return fake;
}

const isDelete = (req: RecordedRequest) => req.method === 'DELETE';
const as = (user: string) => ({ user });

async function idOf(shopper: string, last4: string): Promise<string> {
  const cards = await adyenOn(fake).listCards(shopper, testCtx());
  const found = cards.find((card) => card.last4 === last4);
  if (found === undefined) throw new Error(`${shopper} has no card ending ${last4}`);
  return found.id;
}

describe('adyenProvider configuration', () => {
  test('test by default, live only with the prefix, the version in the path', async () => {
    const seen: string[] = [];
    const fetch = async (url: string | URL | Request) => {
      seen.push(String(url));
      return Response.json({});
    };
    const base = { apiKey: 'k', merchantAccount: 'M', fetch };
    await adyenProvider(base).listCards('u_123', testCtx());
    await adyenProvider({
      ...base,
      environment: 'live',
      liveUrlPrefix: '1797a841fbb37ca7-AdyenDemo',
      apiVersion: 71,
    }).listCards('u_123', testCtx());
    expect(seen).toEqual([
      'https://checkout-test.adyen.com/v72/storedPaymentMethods?shopperReference=u_123&merchantAccount=M',
      'https://1797a841fbb37ca7-adyendemo-checkout-live.adyenpayments.com/checkout/v71/storedPaymentMethods?shopperReference=u_123&merchantAccount=M',
    ]);
  });

  test('live without its prefix is a clear configuration error, and no key is echoed', () => {
    expect(() =>
      adyenProvider({ apiKey: 'AQE_secret', merchantAccount: 'M', environment: 'live' }),
    ).toThrow(
      'adyenProvider: liveUrlPrefix is required for the live environment (Customer Area > Developers > API URLs)',
    );
    expect(() =>
      adyenProvider({
        apiKey: 'AQE_secret',
        merchantAccount: 'M',
        environment: 'live',
        liveUrlPrefix: 'evil.com/x',
      }),
    ).toThrow(/liveUrlPrefix/);
    expect(() => adyenProvider({ apiKey: '', merchantAccount: 'M' })).toThrow(/apiKey is required/);
    expect(() => adyenProvider({ apiKey: 'k', merchantAccount: '' })).toThrow(
      /merchantAccount is required/,
    );
    expect(() => adyenProvider({ apiKey: 'k', merchantAccount: 'M', apiVersion: 7.2 })).toThrow(
      /apiVersion/,
    );
  });
});

describe('adyenProvider list', () => {
  test('maps stored cards to docs/http-contract.md §1 with a public id that is not Adyen’s', async () => {
    await start({
      shopper_alice: [
        adyenCard('8415718415172204', '1111'),
        adyenCard('8315718415172299', '5454', {
          brand: 'mcdebit',
          name: 'MasterCard',
          expiryYear: '2020',
          expiryMonth: '3',
          holderName: undefined,
        }),
        { id: 'PAYPAL_1', type: 'paypal', shopperEmail: 'a@example.com' },
      ],
    });
    const { handler } = walletOn(adyenOn(fake));
    const response = await handler(list('shopper_alice'));
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      cards: [
        {
          id: expect.stringMatching(/^spm_[\w-]{8}_[\w-]{8}_[\w-]{8}$/),
          brand: 'visa',
          last4: '1111',
          expiryMonth: 10,
          expiryYear: 2030,
          expired: false,
          holderName: 'Asha Rao',
        },
        {
          id: expect.stringMatching(/^spm_[\w-]{8}_[\w-]{8}_[\w-]{8}$/),
          brand: 'mastercard',
          last4: '5454',
          expiryMonth: 3,
          expiryYear: 2020,
          expired: true,
        },
      ],
    });
    // Adyen's own 16-digit ids never leave the server.
    expect(text).not.toMatch(/\d{12,}/);
    const [req] = fake.requests;
    expect(req?.headers['x-api-key']).toBe(fake.apiKey);
    expect(req?.path).toBe('/v72/storedPaymentMethods');
  });

  test('the public id is stable across lists and differs per card', async () => {
    await start();
    expect(await idOf('shopper_alice', '1111')).toBe(await idOf('shopper_alice', '1111'));
    expect(await idOf('shopper_alice', '1111')).not.toBe(await idOf('shopper_bob', '5454'));
  });

  test('brand codes: variants map to their network, the rest are unknown', async () => {
    const codes = [
      'visa_applepay',
      'mc',
      'amex',
      'maestrouk',
      'diners',
      'discover',
      'jcb',
      'cup',
      'cartebancaire',
      'elo',
    ];
    await start({
      shopper_alice: codes.map((brand, i) => adyenCard(`id${i}`, String(1000 + i), { brand })),
    });
    const cards = await adyenOn(fake).listCards('shopper_alice', testCtx());
    expect(cards.map((card) => card.brand)).toEqual([
      'visa',
      'mastercard',
      'amex',
      'maestro',
      'diners',
      'discover',
      'jcb',
      'unionpay',
      'unknown',
      'unknown',
    ]);
  });

  test('a shopper with nothing stored has no cards; an answer about someone else is refused', async () => {
    await start();
    expect(await adyenOn(fake).listCards('shopper_new', testCtx())).toEqual([]);
    for (const body of [
      { shopperReference: 'shopper_bob', storedPaymentMethods: [] },
      { merchantAccount: 'OtherECOM', storedPaymentMethods: [] },
      // Adyen's error object under a 200 is not an empty wallet.
      { status: 500, errorCode: '905', message: 'x', errorType: 'configuration' },
    ]) {
      const provider = adyenProvider({
        apiKey: 'k',
        merchantAccount: 'ShopECOM',
        fetch: async () => Response.json(body),
      });
      await expect(provider.listCards('shopper_alice', testCtx())).rejects.toMatchObject({
        kind: 'bad_response',
      });
    }
  });
});

describe('adyenProvider delete', () => {
  test('deletes with Adyen’s id, the shopper and the merchant account: 204, audited deleted', async () => {
    await start();
    const id = await idOf('shopper_alice', '1111');
    const { handler, audit } = walletOn(adyenOn(fake));
    const response = await handler(del(id, as('shopper_alice')));
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ deleted: true, id });
    expect(fake.storedIds('shopper_alice')).toEqual([]);
    expect(audit.map((event) => event.outcome)).toEqual(['deleted']);
    const [req] = fake.requests.filter(isDelete);
    expect(req?.path).toBe('/v72/storedPaymentMethods/8415718415172204');
    expect(Object.fromEntries(req?.query ?? [])).toEqual({
      shopperReference: 'shopper_alice',
      merchantAccount: fake.merchantAccount,
    });
  });

  test('another shopper’s card is not found and never sent, though the fake would delete it', async () => {
    await start();
    const bobs = await idOf('shopper_bob', '5454');
    const { handler } = walletOn(adyenOn(fake));
    const response = await handler(del(bobs, as('shopper_alice')));
    expect(response.status).toBe(404);
    expect(fake.requests.filter(isDelete)).toHaveLength(0);
    expect(fake.storedIds('shopper_bob')).toHaveLength(1);
  });

  test('removed elsewhere after the ownership check: Adyen’s 422 counts as gone once the list agrees', async () => {
    await start();
    const id = await idOf('shopper_alice', '1111');
    fake.beforeNext(isDelete, () => fake.remove('shopper_alice', '8415718415172204'));
    const { handler, audit } = walletOn(adyenOn(fake));
    expect((await handler(del(id, as('shopper_alice')))).status).toBe(200);
    expect(audit.map((event) => event.outcome)).toEqual(['already_deleted']);
  });

  test('a card the adapter did not list itself is refused before anything is sent', async () => {
    await start();
    const card = {
      id: 'spm_x',
      brand: 'visa' as const,
      last4: '1111',
      expiryMonth: 1,
      expiryYear: 2030,
      expired: false,
    };
    await expect(adyenOn(fake).deleteCard('shopper_alice', card, testCtx())).rejects.toThrow(
      TypeError,
    );
    expect(fake.requests).toHaveLength(0);
  });
});
