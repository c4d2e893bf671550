// @vitest-environment node
import { afterAll, expect, test } from 'vitest';
import { checkCardProvider, formatReport } from '../../src/server/testing/index';
import { fakeFault } from '../fakes/conformance-fault';
import { fakeTap } from '../fakes/conformance-tap';
import type { HyperswitchFake } from '../fakes/hyperswitch-fake';
import { HYPERSWITCH_AUTH_MESSAGE, startHyperswitchFake } from '../fakes/hyperswitch-fake';
import { hsCard, hyperswitchOn } from '../fakes/hyperswitch-target';

let fake: HyperswitchFake | undefined;
afterAll(() => fake?.close());

test('hyperswitchProvider passes the conformance kit through its fake', async () => {
  const report = await checkCardProvider(
    async () => {
      await fake?.close();
      fake = await startHyperswitchFake({
        customers: {
          cus_alice: [
            hsCard('pm_a1', '4242', {}, { default_payment_method_set: true }),
            hsCard('pm_a2', '4444', { card_network: 'Mastercard' }),
            hsCard('pm_a3', '1117', { card_network: 'RuPay', expiry_year: '24' }),
          ],
          // Bob's second card ends like Alice's second: a delete must tell them apart.
          cus_bob: [
            hsCard('pm_b1', '1881'),
            hsCard('pm_b2', '4444', { card_network: 'Mastercard' }),
          ],
        },
      });
      return hyperswitchOn(fake);
    },
    {
      customerId: 'cus_alice',
      otherCustomerId: 'cus_bob',
      cards: {
        cus_alice: [
          { id: 'pm_a1', isDefault: true },
          { id: 'pm_a2', last4: '4444', brand: 'mastercard' },
          { id: 'pm_a3', brand: 'rupay', expiryYear: 2024, expired: true },
        ],
        cus_bob: [{ id: 'pm_b1' }, { id: 'pm_b2', last4: '4444' }],
      },
      fault: fakeFault(
        () => fake as HyperswitchFake,
        (req) => req.method === 'DELETE',
      ),
      requestTap: fakeTap(() => fake as HyperswitchFake),
      secrets: ['snd_fake_hyperswitch_key_3456', 'token_'],
      providerText: [HYPERSWITCH_AUTH_MESSAGE, 'hs says'],
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
