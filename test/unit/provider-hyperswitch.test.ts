// @vitest-environment node
import { afterEach, describe, expect, test } from 'vitest';
import { hyperswitchProvider } from '../../src/server/index';
import type { RecordedRequest } from '../fakes/fake-server';
import type { HyperswitchFake, HyperswitchRawMethod } from '../fakes/hyperswitch-fake';
import { startHyperswitchFake } from '../fakes/hyperswitch-fake';
import { hsCard, hyperswitchOn, hyperswitchSeed } from '../fakes/hyperswitch-target';
import { expectNoLeak, walletOn } from '../fakes/provider-harness';
import { testCtx } from '../helpers/provider-context';
import { del, json, list } from '../helpers/server-fixtures';

let fake: HyperswitchFake;
afterEach(() => fake?.close());

async function start(customers: Record<string, HyperswitchRawMethod[]> = hyperswitchSeed()) {
  fake = await startHyperswitchFake({ customers });
  return fake;
}

const isDelete = (req: RecordedRequest) => req.method === 'DELETE';
const as = (user: string) => ({ user });

describe('hyperswitchProvider list', () => {
  test('maps saved cards to docs/http-contract.md §1 by payment_method_id, never the payment_token', async () => {
    await start({
      cus_alice: [
        hsCard('pm_1', '4242', { nick_name: 'Work' }, { default_payment_method_set: true }),
        hsCard('pm_2', '0005', {
          card_network: 'AmericanExpress',
          scheme: 'AMEX',
          expiry_month: '3',
          expiry_year: '20',
          card_holder_name: null,
        }),
        hsCard('pm_3', '1117', { card_network: null, scheme: 'RuPay' }),
        hsCard('pm_4', '1234', { card_network: 'CartesBancaires' }),
        { payment_method_id: 'pm_wallet', payment_method: 'wallet', card: null },
      ],
    });
    const { handler } = walletOn(hyperswitchOn(fake));
    const response = await handler(list('cus_alice'));
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      cards: [
        {
          id: 'pm_1',
          brand: 'visa',
          last4: '4242',
          expiryMonth: 10,
          expiryYear: 2030,
          expired: false,
          holderName: 'Asha Rao',
          nickname: 'Work',
          isDefault: true,
        },
        {
          id: 'pm_2',
          brand: 'amex',
          last4: '0005',
          expiryMonth: 3,
          expiryYear: 2020,
          expired: true,
          isDefault: false,
        },
        {
          id: 'pm_3',
          brand: 'rupay',
          last4: '1117',
          expiryMonth: 10,
          expiryYear: 2030,
          expired: false,
          holderName: 'Asha Rao',
          isDefault: false,
        },
        {
          id: 'pm_4',
          brand: 'unknown',
          last4: '1234',
          expiryMonth: 10,
          expiryYear: 2030,
          expired: false,
          holderName: 'Asha Rao',
          isDefault: false,
        },
      ],
    });
    expectNoLeak(text, fake.issuedTokens);
    const [req] = fake.requests;
    expect(req?.path).toBe('/customers/cus_alice/payment_methods');
    expect(req?.headers['api-key']).toBe(fake.apiKey);
  });

  test('a customer Hyperswitch does not know yet has no cards; a proxy’s 404 is an error', async () => {
    await start();
    expect(await hyperswitchOn(fake).listCards('cus_new', testCtx())).toEqual([]);
    fake.failNext('html404');
    await expect(hyperswitchOn(fake).listCards('cus_new', testCtx())).rejects.toMatchObject({
      kind: 'bad_response',
      status: 404,
    });
  });

  test('a list holding another customer’s method is refused whole', async () => {
    const provider = hyperswitchProvider({
      apiKey: 'k',
      fetch: async () =>
        Response.json({
          customer_payment_methods: [
            { ...hsCard('pm_b', '1881'), payment_method: 'card', customer_id: 'cus_bob' },
          ],
        }),
    });
    await expect(provider.listCards('cus_alice', testCtx())).rejects.toMatchObject({
      kind: 'bad_response',
    });
  });
});

describe('hyperswitchProvider delete', () => {
  test('deletes by payment_method_id with the api-key: audited deleted', async () => {
    await start();
    const { handler, audit } = walletOn(hyperswitchOn(fake));
    const response = await handler(del('pm_alice_1', as('cus_alice')));
    expect(response.status).toBe(200);
    // Her only card was the default: none is left to take its place.
    expect(await json(response)).toEqual({ deleted: true, id: 'pm_alice_1', defaultCardId: null });
    expect(fake.methodIds('cus_alice')).toEqual([]);
    expect(audit.map((event) => event.outcome)).toEqual(['deleted']);
    const [req] = fake.requests.filter(isDelete);
    expect(req?.path).toBe('/payment_methods/pm_alice_1');
    // Nothing in the delete names the customer: Hyperswitch checks no ownership.
    expect(req?.query.toString()).toBe('');
  });

  test('another customer’s card is not found and never sent, though Hyperswitch would delete it', async () => {
    await start();
    const { handler } = walletOn(hyperswitchOn(fake));
    const response = await handler(del('pm_bob_1', as('cus_alice')));
    expect(response.status).toBe(404);
    expect(fake.requests.filter(isDelete)).toHaveLength(0);
    expect(fake.methodIds('cus_bob')).toEqual(['pm_bob_1']);
  });

  test('removed elsewhere after the ownership check: its 404 HE_02 counts as gone', async () => {
    await start();
    fake.beforeNext(isDelete, () => fake.remove('cus_alice', 'pm_alice_1'));
    const { handler, audit } = walletOn(hyperswitchOn(fake));
    expect((await handler(del('pm_alice_1', as('cus_alice')))).status).toBe(200);
    expect(audit.map((event) => event.outcome)).toEqual(['already_deleted']);
  });

  test('a 200 that names another method, or says deleted: false, is not a delete', async () => {
    for (const body of [
      { payment_method_id: 'pm_other', deleted: true },
      { payment_method_id: 'pm_1', deleted: false },
    ]) {
      const provider = hyperswitchProvider({ apiKey: 'k', fetch: async () => Response.json(body) });
      const card = {
        id: 'pm_1',
        brand: 'visa' as const,
        last4: '4242',
        expiryMonth: 1,
        expiryYear: 2030,
        expired: false,
      };
      await expect(provider.deleteCard('cus_alice', card, testCtx())).rejects.toMatchObject({
        kind: 'bad_response',
        status: 200,
      });
    }
  });
});
