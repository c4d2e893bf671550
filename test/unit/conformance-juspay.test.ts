// @vitest-environment node
import { afterAll, expect, test } from 'vitest';
import { juspayProvider } from '../../src/server/index';
import { checkCardProvider, formatReport } from '../../src/server/testing/index';
import { fakeFault } from '../fakes/conformance-fault';
import { fakeTap } from '../fakes/conformance-tap';
import type { JuspayFake, JuspayRawCard } from '../fakes/juspay-fake';
import { JUSPAY_AUTH_MESSAGE, startJuspayFake } from '../fakes/juspay-fake';

let fake: JuspayFake | undefined;
afterAll(() => fake?.close());

const card = (reference: string, last4: string, brand = 'VISA'): JuspayRawCard => ({
  card_reference: reference,
  card_number: `XXXXXXXXXXXX${last4}`,
  card_exp_month: '07',
  card_exp_year: '2031',
  card_brand: brand,
});

test('juspayProvider passes the conformance kit through its fake', async () => {
  const report = await checkCardProvider(
    async () => {
      await fake?.close();
      fake = await startJuspayFake({
        cards: {
          cust_alice: [
            card('ref_a1', '1111'),
            card('ref_a2', '4444', 'MASTERCARD'),
            card('ref_a3', '0003', 'RUPAY'),
            // Expired: a set-default of it must be refused 409 card_expired.
            { ...card('ref_a4', '0341'), card_exp_month: '01', card_exp_year: '2020' },
          ],
          // Bob's first card ends like Alice's second: a delete must tell them apart.
          cust_bob: [card('ref_b1', '4444', 'MASTERCARD'), card('ref_b2', '1881')],
        },
      });
      return juspayProvider({
        apiKey: fake.apiKey,
        merchantId: fake.merchantId,
        baseUrl: fake.url,
      });
    },
    {
      customerId: 'cust_alice',
      otherCustomerId: 'cust_bob',
      cards: {
        cust_alice: [
          { last4: '1111' },
          { last4: '4444', brand: 'mastercard' },
          { last4: '0003', brand: 'rupay' },
          { last4: '0341', expired: true },
        ],
        cust_bob: [{ last4: '4444' }, { last4: '1881' }],
      },
      fault: fakeFault(
        () => fake as JuspayFake,
        (req) => req.path.startsWith('/card/delete'),
      ),
      // The provider's own handles stay on the server: the browser's ids are digests.
      requestTap: fakeTap(() => fake as JuspayFake),
      secrets: [
        'ref_a1',
        'ref_a2',
        'ref_a3',
        'ref_a4',
        'ref_b1',
        'ref_b2',
        'jp_test_secret_key_123',
      ],
      providerText: [JUSPAY_AUTH_MESSAGE],
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
