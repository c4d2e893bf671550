// @vitest-environment node
import { afterAll, expect, test } from 'vitest';
import { checkCardProvider, formatReport } from '../../src/server/testing/index';
import { fakeFault } from '../fakes/conformance-fault';
import { fakeTap } from '../fakes/conformance-tap';
import type { StripeFake } from '../fakes/stripe-fake';
import { STRIPE_AUTH_MESSAGE, startStripeFake } from '../fakes/stripe-fake';
import { stripeCard, stripeOn } from '../fakes/stripe-target';

let fake: StripeFake | undefined;
afterAll(() => fake?.close());

test('stripeProvider passes the conformance kit through its fake', async () => {
  const report = await checkCardProvider(
    async () => {
      await fake?.close();
      fake = await startStripeFake({
        customers: {
          cus_alice: {
            defaultId: 'pm_a2',
            methods: [
              stripeCard('pm_a1', '4242'),
              stripeCard('pm_a2', '4444'),
              stripeCard('pm_a3', '1881'),
              // Expired: a set-default of it must be refused 409 card_expired.
              stripeCard('pm_a4', '0341', {
                card: { brand: 'visa', last4: '0341', exp_month: 1, exp_year: 2020 },
              }),
            ],
          },
          // Bob's card ends like Alice's second: a delete must tell them apart.
          cus_bob: { methods: [stripeCard('pm_b1', '4444')] },
        },
      });
      return stripeOn(fake);
    },
    {
      customerId: 'cus_alice',
      otherCustomerId: 'cus_bob',
      cards: {
        cus_alice: [
          { id: 'pm_a1', last4: '4242' },
          { id: 'pm_a2', last4: '4444', isDefault: true },
          { last4: '1881' },
          { id: 'pm_a4', last4: '0341', expired: true },
        ],
        cus_bob: [{ id: 'pm_b1', last4: '4444' }],
      },
      // Retrieve and list run side by side, each retried once: four calls per list.
      fault: fakeFault(
        () => fake as StripeFake,
        (req) => req.path.endsWith('/detach'),
        4,
      ),
      requestTap: fakeTap(() => fake as StripeFake),
      secrets: ['sk_test_fake_secret_5678'],
      providerText: [STRIPE_AUTH_MESSAGE, 'Stripe says'],
    },
  );
  expect(report.failures, formatReport(report)).toEqual([]);
  expect(report.summary).toBe('12 scenarios: 12 passed, 0 skipped, 0 failed; 0 checks skipped');
  // Set-default: at the provider, which keeps a default of its own.
  const setDefault = report.scenarios.find((scenario) => scenario.id === 'set-default');
  expect(setDefault?.status).toBe('passed');
  expect(setDefault?.checks.map((check) => check.name)).toContain(
    'the adapter’s setDefaultCard was asked once, for that card',
  );
});
