// @vitest-environment node
import { afterAll, expect, test } from 'vitest';
import { checkCardProvider, formatReport } from '../../src/server/testing/index';
import type { AdyenFake } from '../fakes/adyen-fake';
import { ADYEN_AUTH_MESSAGE, startAdyenFake } from '../fakes/adyen-fake';
import { adyenCard, adyenOn } from '../fakes/adyen-target';
import { fakeFault } from '../fakes/conformance-fault';
import { fakeTap } from '../fakes/conformance-tap';

let fake: AdyenFake | undefined;
afterAll(() => fake?.close());

test('adyenProvider passes the conformance kit through its fake', async () => {
  const report = await checkCardProvider(
    async () => {
      await fake?.close();
      fake = await startAdyenFake({
        shoppers: {
          shopper_alice: [
            adyenCard('8415718415172204', '1111'),
            adyenCard('8415718415172205', '5454', { brand: 'mc' }),
            adyenCard('M5N7TQ4TG5PFWR50', '0005', { brand: 'amex', expiryYear: '2020' }),
          ],
          // Bob's second card ends like Alice's first: a delete must tell them apart.
          shopper_bob: [
            adyenCard('8315718415172299', '1881'),
            adyenCard('8315718415172300', '1111'),
          ],
        },
      });
      return adyenOn(fake);
    },
    {
      customerId: 'shopper_alice',
      otherCustomerId: 'shopper_bob',
      // Public ids are digests the adapter makes: the fixture names the cards by what shows.
      cards: {
        shopper_alice: [
          { last4: '1111', brand: 'visa' },
          { last4: '5454', brand: 'mastercard' },
          { last4: '0005', expired: true },
        ],
        shopper_bob: [{ last4: '1881' }, { last4: '1111' }],
      },
      fault: fakeFault(
        () => fake as AdyenFake,
        (req) => req.method === 'DELETE',
      ),
      requestTap: fakeTap(() => fake as AdyenFake),
      secrets: [
        'AQE_fake_adyen_key_9012',
        '8415718415172204',
        'M5N7TQ4TG5PFWR50',
        '8315718415172300',
      ],
      providerText: [ADYEN_AUTH_MESSAGE, 'Adyen says'],
    },
  );
  expect(report.failures, formatReport(report)).toEqual([]);
  expect(report.summary).toBe('12 scenarios: 12 passed, 0 skipped, 0 failed; 0 checks skipped');
  // Set-default: no default at the provider, so the handler’s defaultCardStore keeps it.
  const setDefault = report.scenarios.find((scenario) => scenario.id === 'set-default');
  expect(setDefault?.status).toBe('passed');
  expect(setDefault?.checks.map((check) => check.name)).toContain(
    'the adapter says it keeps no default (no setDefaultCard): the handler’s store keeps it',
  );
});
