// @vitest-environment node
import { afterEach, describe, expect, test } from 'vitest';
import type { StripeClient } from '../../src/server/index';
import { isProviderError, stripeProvider } from '../../src/server/index';
import { walletOn } from '../fakes/provider-harness';
import type { StripeFake, StripeFakeCustomer } from '../fakes/stripe-fake';
import { startStripeFake } from '../fakes/stripe-fake';
import { sdkFor, stripeCard, stripeOn, stripeSeed } from '../fakes/stripe-target';
import { testCtx } from '../helpers/provider-context';
import { json, list } from '../helpers/server-fixtures';

let fake: StripeFake;
afterEach(() => fake?.close());

async function start(customers: Record<string, StripeFakeCustomer> = stripeSeed()) {
  fake = await startStripeFake({ customers });
  return fake;
}

const listRequests = () => fake.requests.filter((req) => req.path.endsWith('/payment_methods'));

describe('stripeProvider list', () => {
  test('the official SDK instance is accepted as is', async () => {
    await start();
    // Type-level: a real `Stripe` satisfies the structural client the adapter asks for.
    const client: StripeClient = sdkFor(fake);
    expect(() => stripeProvider({ stripe: client })).not.toThrow();
    expect(() => stripeProvider({ stripe: {} as StripeClient })).toThrow(
      'stripeProvider: stripe must be an instance of the official stripe SDK',
    );
  });

  test('maps card PaymentMethods to docs/http-contract.md §1 and marks the invoice default', async () => {
    await start({
      cus_alice: {
        defaultId: 'pm_2',
        methods: [
          stripeCard('pm_1', '4242', { billing_details: { name: 'Asha Rao' } }),
          stripeCard('pm_2', '4444', {
            card: { brand: 'mastercard', last4: '4444', exp_month: 1, exp_year: 2020 },
          }),
        ],
      },
    });
    const { handler } = walletOn(stripeOn(fake));
    const response = await handler(list('cus_alice'));
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({
      cards: [
        {
          id: 'pm_1',
          brand: 'visa',
          last4: '4242',
          expiryMonth: 7,
          expiryYear: 2031,
          expired: false,
          holderName: 'Asha Rao',
          isDefault: false,
        },
        {
          id: 'pm_2',
          brand: 'mastercard',
          last4: '4444',
          expiryMonth: 1,
          expiryYear: 2020,
          expired: true,
          isDefault: true,
        },
      ],
    });
    const [req] = listRequests();
    expect(req?.query.get('type')).toBe('card');
    expect(req?.query.get('limit')).toBe('100');
    expect(req?.headers.authorization).toBe(`Bearer ${fake.secretKey}`);
  });

  test('reads every page: 230 cards in three requests, each after the last id', async () => {
    const methods = Array.from({ length: 230 }, (_, i) =>
      stripeCard(`pm_${String(i).padStart(3, '0')}`, String(1000 + i)),
    );
    await start({ cus_alice: { methods } });
    const cards = await stripeOn(fake).listCards('cus_alice', testCtx());
    expect(cards.map((card) => card.id)).toEqual(methods.map((m) => m.id));
    expect(listRequests().map((req) => req.query.get('starting_after'))).toEqual([
      null,
      'pm_099',
      'pm_199',
    ]);
  });

  test('brands Stripe names outside docs/http-contract.md §1 are unknown', async () => {
    const brands = [
      'amex',
      'cartes_bancaires',
      'diners',
      'discover',
      'eftpos_au',
      'jcb',
      'link',
      'unionpay',
      'unknown',
    ];
    await start({
      cus_alice: {
        methods: brands.map((brand, i) =>
          stripeCard(`pm_${brand}`, '1234', {
            card: { brand, last4: String(1000 + i), exp_month: 7, exp_year: 2031 },
          }),
        ),
      },
    });
    const cards = await stripeOn(fake).listCards('cus_alice', testCtx());
    expect(cards.map((card) => card.brand)).toEqual([
      'amex',
      'unknown',
      'diners',
      'discover',
      'unknown',
      'jcb',
      'unknown',
      'unionpay',
      'unknown',
    ]);
  });

  test('screens what it shows: an odd card hides itself, a name holding a PAN is dropped', async () => {
    await start({
      cus_alice: {
        methods: [
          stripeCard('pm_ok', '4242', { billing_details: { name: '4111 1111 1111 1111' } }),
          stripeCard('pm_long', '4242', {
            card: { brand: 'visa', last4: '4111111111111111', exp_month: 7, exp_year: 2031 },
          }),
          stripeCard('pm_month', '4242', {
            card: { brand: 'visa', last4: '4242', exp_month: 13, exp_year: 2031 },
          }),
          { id: 'pm_sepa', type: 'sepa_debit', sepa_debit: { last4: '3000' } },
        ],
      },
    });
    const { handler } = walletOn(stripeOn(fake));
    const text = await (await handler(list('cus_alice'))).text();
    expect(JSON.parse(text)).toEqual({
      cards: [expect.objectContaining({ id: 'pm_ok', last4: '4242' })],
    });
    expect(text).not.toMatch(/\d{12,}/);
    expect(text).not.toContain('holderName');
  });

  test('a list holding another customer’s card is refused whole', async () => {
    await start();
    // The fake lists Bob's card under Alice, as a mixed-up proxy might.
    const sdk = sdkFor(fake);
    const real = sdk.customers.listPaymentMethods.bind(sdk.customers);
    const client: StripeClient = {
      customers: {
        retrieve: (...args) => sdk.customers.retrieve(...args),
        listPaymentMethods: (_id, params, options) => real('cus_bob', params, options),
      },
      paymentMethods: sdk.paymentMethods,
    };
    const { handler, logs } = walletOn(stripeProvider({ stripe: client }));
    const response = await handler(list('cus_alice'));
    expect(response.status).toBe(502);
    expect(logs[0]?.meta).toMatchObject({ provider: 'stripe', kind: 'bad_response' });
  });

  test('a deleted customer has no cards; an unknown one is a provider error', async () => {
    await start({ cus_gone: { methods: [], deleted: true } });
    expect(await stripeOn(fake).listCards('cus_gone', testCtx())).toEqual([]);
    const error = await stripeOn(fake)
      .listCards('cus_nobody', testCtx())
      .catch((caught: unknown) => caught);
    expect(isProviderError(error) && error.kind).toBe('bad_response');
  });

  test('each call’s timeout is what is left of the handler’s budget', async () => {
    await start();
    fake.failNext('hang', 2);
    const started = Date.now();
    // A signal that never aborts: only the SDK's own timeout, taken from the deadline, ends it.
    const ctx = { ...testCtx(), deadline: Date.now() + 300 };
    const error = await stripeOn(fake)
      .listCards('cus_alice', ctx)
      .catch((caught: unknown) => caught);
    expect(isProviderError(error) && error.kind).toBe('timeout');
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  test('an aborted budget stops the adapter at once and sends nothing more', async () => {
    await start();
    const controller = new AbortController();
    controller.abort();
    const error = await stripeOn(fake)
      .listCards('cus_alice', testCtx(controller.signal))
      .catch((caught: unknown) => caught);
    expect(isProviderError(error) && error.kind).toBe('timeout');
    expect(fake.requests).toHaveLength(0);
  });
});
