// @vitest-environment node
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { stripeProvider } from '../../src/server/index';
import type { RecordedRequest } from '../fakes/fake-server';
import { walletOn } from '../fakes/provider-harness';
import type { StripeFake } from '../fakes/stripe-fake';
import { startStripeFake } from '../fakes/stripe-fake';
import { sdkFor, stripeCard, stripeOn } from '../fakes/stripe-target';
import { testCtx } from '../helpers/provider-context';
import { del, json } from '../helpers/server-fixtures';

let fake: StripeFake;
beforeEach(async () => {
  fake = await startStripeFake({
    customers: {
      cus_alice: {
        methods: [stripeCard('pm_a1', '4242'), stripeCard('pm_a2', '4444')],
        defaultId: 'pm_a1',
      },
      cus_bob: { methods: [stripeCard('pm_b1', '1881')] },
    },
  });
});
afterEach(() => fake.close());

const isDetach = (req: RecordedRequest) => req.method === 'POST' && req.path.endsWith('/detach');
const detaches = () => fake.requests.filter(isDetach);
// The handler's session gives the Stripe customer id.
const as = (customerId: string) => ({ user: customerId });

describe('stripeProvider delete', () => {
  test('detaches an owned card once, with its own idempotency key', async () => {
    const { handler, audit } = walletOn(stripeOn(fake));
    const response = await handler(del('pm_a1', as('cus_alice')));
    expect(response.status).toBe(200);
    // pm_a1 was the default: the next card is the default now, and the answer names it.
    expect(await json(response)).toEqual({ deleted: true, id: 'pm_a1', defaultCardId: 'pm_a2' });
    expect(fake.methodIds('cus_alice')).toEqual(['pm_a2']);
    expect(audit.map((event) => event.outcome)).toEqual(['deleted']);
    const [req] = detaches();
    expect(detaches()).toHaveLength(1);
    expect(req?.path).toBe('/v1/payment_methods/pm_a1/detach');
    expect(req?.headers['idempotency-key']).toBe(
      `saved-card-kit:detach:${audit[0]?.requestId}:pm_a1`,
    );
  });

  test('the same key twice is answered once: the fake replays the first detach', async () => {
    const provider = stripeOn(fake);
    const [card] = await provider.listCards('cus_alice', testCtx());
    if (card === undefined) throw new Error('alice has cards');
    expect(await provider.deleteCard('cus_alice', card, testCtx())).toBe('deleted');
    // Same request id, same card: Stripe replays the first answer instead of acting again.
    expect(await provider.deleteCard('cus_alice', card, testCtx())).toBe('deleted');
    expect(detaches()).toHaveLength(2);
    expect(fake.methodIds('cus_alice')).toEqual(['pm_a2']);
  });

  test('someone else’s card is not found and never detached', async () => {
    const { handler, audit } = walletOn(stripeOn(fake));
    const response = await handler(del('pm_b1', as('cus_alice')));
    expect(response.status).toBe(404);
    expect(await json(response)).toMatchObject({ error: { code: 'card_not_found' } });
    expect(detaches()).toHaveLength(0);
    expect(fake.methodIds('cus_bob')).toEqual(['pm_b1']);
    expect(audit.map((event) => event.outcome)).toEqual(['not_found']);
  });

  test('detached elsewhere after the ownership check: Stripe’s 400 "not attached" counts as gone', async () => {
    fake.beforeNext(isDetach, () => fake.remove('cus_alice', 'pm_a1'));
    const { handler, audit } = walletOn(stripeOn(fake));
    const response = await handler(del('pm_a1', as('cus_alice')));
    expect(response.status).toBe(200);
    expect(audit.map((event) => event.outcome)).toEqual(['already_deleted']);
  });

  test('Stripe’s 404 resource_missing is not found; its other 400s are provider errors', async () => {
    const provider = stripeOn(fake);
    const ghost = {
      id: 'pm_ghost',
      brand: 'visa' as const,
      last4: '4242',
      expiryMonth: 7,
      expiryYear: 2031,
      expired: false,
    };
    expect(await provider.deleteCard('cus_alice', ghost, testCtx())).toBe('not_found');
    // Stripe's 404 for a route it does not know carries no `resource_missing`: not "gone".
    const sdk = sdkFor(fake);
    const misrouted = stripeProvider({
      stripe: {
        customers: sdk.customers,
        paymentMethods: {
          detach: (id) => sdk.rawRequest('POST', `/v1/payment_method/${id}/detach`, {}),
        },
      },
    });
    await expect(misrouted.deleteCard('cus_alice', ghost, testCtx())).rejects.toMatchObject({
      name: 'ProviderError',
      kind: 'bad_response',
      status: 404,
    });
  });

  test('a detach with no time left is not sent', async () => {
    const provider = stripeOn(fake);
    const [card] = await provider.listCards('cus_alice', testCtx());
    if (card === undefined) throw new Error('alice has cards');
    await expect(
      provider.deleteCard('cus_alice', card, { ...testCtx(), deadline: Date.now() - 1 }),
    ).rejects.toMatchObject({ kind: 'timeout' });
    expect(detaches()).toHaveLength(0);
  });
});
