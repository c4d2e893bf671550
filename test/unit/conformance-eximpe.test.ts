// @vitest-environment node
import { afterAll, expect, test } from 'vitest';
import { eximpeProvider } from '../../src/server/index';
import { checkCardProvider, formatReport } from '../../src/server/testing/index';
import { fakeFault } from '../fakes/conformance-fault';
import { fakeTap } from '../fakes/conformance-tap';
import type { EximpeFake, EximpeRawCard } from '../fakes/eximpe-fake';
import { EXIMPE_AUTH_MESSAGE, startEximpeFake } from '../fakes/eximpe-fake';

let fake: EximpeFake | undefined;
afterAll(() => fake?.close());

const card = (token: string, last4: string, network = 'VISA'): EximpeRawCard => ({
  card_token: token,
  network,
  masked_pan: `XXXXXXXXXXXX${last4}`,
  expiry_month: 5,
  expiry_year: 2030,
});

test('eximpeProvider passes the conformance kit through its fake', async () => {
  const report = await checkCardProvider(
    async () => {
      await fake?.close();
      fake = await startEximpeFake({
        cards: {
          USER_ALICE: [
            card('tok_a1', '0003'),
            card('tok_a2', '4444', 'MASTERCARD'),
            card('tok_a3', '1117', 'RUPAY'),
            // Expired: a set-default of it must be refused 409 card_expired.
            { ...card('tok_a4', '0341'), expiry_month: 1, expiry_year: 2020 },
          ],
          // Bob's first card ends like Alice's second: a delete must tell them apart.
          USER_BOB: [card('tok_b1', '4444', 'MASTERCARD'), card('tok_b2', '1881')],
        },
      });
      return eximpeProvider({
        clientId: fake.clientId,
        clientSecret: fake.clientSecret,
        merchantId: 'm_1',
        baseUrl: fake.url,
      });
    },
    {
      customerId: 'USER_ALICE',
      otherCustomerId: 'USER_BOB',
      cards: {
        USER_ALICE: [
          { last4: '0003' },
          { last4: '4444', brand: 'mastercard' },
          { last4: '1117', brand: 'rupay' },
          { last4: '0341', expired: true },
        ],
        USER_BOB: [{ last4: '4444' }, { last4: '1881' }],
      },
      fault: fakeFault(
        () => fake as EximpeFake,
        (req) => req.path === '/pg/tokens/delete/',
      ),
      // The provider's own handles stay on the server: the browser's ids are digests.
      requestTap: fakeTap(() => fake as EximpeFake),
      secrets: ['tok_a1', 'tok_a2', 'tok_a3', 'tok_a4', 'tok_b1', 'tok_b2', 'ex_test_secret_456'],
      providerText: [EXIMPE_AUTH_MESSAGE],
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
