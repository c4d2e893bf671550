// @vitest-environment node
import { afterAll, describe, expect, test } from 'vitest';
import type { CardProvider } from '../../src/server/index';
import type { ConformanceFixture, ConformanceReport } from '../../src/server/testing/index';
import { checkCardProvider, formatReport } from '../../src/server/testing/index';
import type { BrokenAdapter } from '../fakes/broken-adapters';
import { brokenAdapter } from '../fakes/broken-adapters';
import { fakeFault } from '../fakes/conformance-fault';
import { fakeTap } from '../fakes/conformance-tap';
import type { VaultConfig } from '../fakes/vault-adapter';
import { vaultProvider } from '../fakes/vault-adapter';
import type { VaultCard, VaultFake } from '../fakes/vault-fake';
import { startVaultFake, VAULT_AUTH_MESSAGE } from '../fakes/vault-fake';

let fake: VaultFake | undefined;
afterAll(() => fake?.close());

const card = (id: string, last4: string, brand = 'visa'): VaultCard => ({
  id,
  last4,
  brand,
  exp_month: 7,
  exp_year: 2031,
});

/** Each scenario's vault: Bob is stored first, and his card ends like Alice's first. */
async function vault(
  adapter: (config: VaultConfig) => CardProvider,
  bobLast4 = '4242',
): Promise<CardProvider> {
  await fake?.close();
  fake = await startVaultFake({
    cus_bob: [card('card_b1', bobLast4)],
    cus_alice: [card('card_a1', '4242'), card('card_a2', '4444', 'mastercard')],
  });
  return adapter({ baseUrl: fake.url, merchantId: fake.merchantId, secret: fake.secret });
}

const current = () => fake as VaultFake;
const fixture = (hooks: { fault: boolean; tap: boolean }): ConformanceFixture => ({
  customerId: 'cus_alice',
  otherCustomerId: 'cus_bob',
  cards: {
    cus_alice: [{ id: 'card_a1', last4: '4242' }, { id: 'card_a2' }],
    cus_bob: [{ id: 'card_b1', last4: '4242' }],
  },
  ...(hooks.fault ? { fault: fakeFault(current, (req) => req.method === 'DELETE', 1) } : {}),
  ...(hooks.tap ? { requestTap: fakeTap(current) } : {}),
  secrets: ['vk_test/9f2c+41d7=e8'],
  providerText: [VAULT_AUTH_MESSAGE, 'Vault says'],
});
const everything = { fault: true, tap: true };

const check = (flaw: BrokenAdapter, hooks = everything): Promise<ConformanceReport> =>
  checkCardProvider(() => vault((config) => brokenAdapter(flaw, config)), fixture(hooks));

describe('the conformance kit fails every broken adapter of the review', () => {
  test('the vault adapter done right passes, with a fault hook and a request tap', async () => {
    const report = await checkCardProvider(() => vault(vaultProvider), fixture(everything));
    expect(report.failures, formatReport(report)).toEqual([]);
    expect(report.summary).toBe('12 scenarios: 12 passed, 0 skipped, 0 failed; 0 checks skipped');
  }, 30_000);

  test('(a) says deleted for a card the customer no longer holds', async () => {
    const report = await check('says-deleted-when-not-held');
    expect(report.ok).toBe(false);
    expect(report.failures).toContain(
      'stale-delete › deleteCard of a card the customer no longer holds says not_found, never deleted: said deleted',
    );
  }, 30_000);

  test('(b) deletes the first card with those last four of any customer', async () => {
    const report = await check('ignores-customer');
    expect(report.failures).toContain(
      'same-last-four › fixture.customerId’s delete of their card ending 4242 removes it and leaves the other customer’s: answered 200; their card is still listed; the other customer’s is gone',
    );
    expect(report.failures).toContain(
      'same-last-four › every card the adapter said it deleted is gone from a fresh list: 1 of 2 still listed',
    );
  }, 30_000);

  test('(b) with no shared last four in the fixture: skipped and saying why, never passed', async () => {
    const report = await checkCardProvider(
      () => vault((config) => brokenAdapter('ignores-customer', config), '1881'),
      {
        ...fixture(everything),
        cards: { ...fixture(everything).cards, cus_bob: [{ id: 'card_b1' }] },
      },
    );
    expect(report.ok).toBe(true);
    expect(report.summary).toBe('12 scenarios: 11 passed, 1 skipped, 0 failed; 1 check skipped');
    expect(formatReport(report)).toContain(
      '    – a delete leaves the other customer’s card with the same last four (needs a card of each customer with the same last4 in fixture.cards)',
    );
  }, 30_000);

  test('(c) gives up on abort but deletes 150 ms later: caught with neither tap nor fault hook', async () => {
    const report = await check('ignores-abort', { fault: false, tap: false });
    expect(report.failures).toEqual(['abort › the card is still there 500 ms after that delete']);
  }, 30_000);

  test('(c) with a request tap: the late requests themselves are seen', async () => {
    const report = await check('ignores-abort');
    expect(report.failures).toEqual(
      expect.arrayContaining([
        'abort › no request reaches the provider for a call with an aborted signal: 1 request (DELETE) reached it',
        'abort › a delete aborted midway settles at once and sends nothing 50 ms after the abort: 1 request (DELETE) after the abort',
      ]),
    );
  }, 30_000);

  test('(c) seen through the kit’s own fetch, for an adapter that takes one', async () => {
    const report = await checkCardProvider(
      ({ fetch }) => vault((config) => brokenAdapter('ignores-abort', { ...config, fetch })),
      { ...fixture({ fault: false, tap: false }), requestTap: 'fetch' },
    );
    expect(report.failures).toEqual([
      'abort › no request reaches the provider for a call with an aborted signal: 1 request (DELETE) reached it',
      'abort › the card is still there 500 ms after that delete',
      'abort › a delete aborted midway settles at once and sends nothing 50 ms after the abort: 1 request (DELETE) after the abort',
    ]);
  }, 30_000);

  test('(d) reports an HTML 404 as deleted: failed with a fault hook', async () => {
    const report = await check('html-404-is-deleted');
    expect(report.failures).toContain(
      'not-found-impostor › an HTML 404 page to a delete is a 502, never a success, and the card stays: answered 200, audited deleted',
    );
  }, 30_000);

  test('(d) without a fault hook: skipped and saying why, never passed', async () => {
    const report = await check('html-404-is-deleted', { fault: false, tap: true });
    const impostor = report.scenarios.find((scenario) => scenario.id === 'not-found-impostor');
    expect(impostor?.status).toBe('skipped');
    expect(report.ok).toBe(true);
    expect(report.skipped).toBe(9);
    expect(report.summary).toBe('12 scenarios: 9 passed, 3 skipped, 0 failed; 9 checks skipped');
    expect(formatReport(report)).toContain(
      '– not-found-impostor: Proxy pages and error bodies are not "deleted"\n    – an HTML 404 page to a delete is a 502, never a success, and the card stays (needs fixture.fault for \'not_found_page\')',
    );
  }, 30_000);

  test('(e) logs the key base64-encoded in its error', async () => {
    const report = await check('logs-encoded-secret');
    expect(report.failures).toEqual([
      'no-leak › no secret or provider text, as is or encoded (base64, URL, hex), in any answer, log line, audit event or listed card: fixture.secrets[0] base64 in a log line',
    ]);
  }, 30_000);

  test('(e) lists the key URL-encoded in a card field', async () => {
    const report = await check('lists-encoded-secret');
    expect(report.failures).toContain(
      'no-leak › no secret or provider text, as is or encoded (base64, URL, hex), in any answer, log line, audit event or listed card: fixture.secrets[0] URL-encoded in an answer',
    );
  }, 30_000);
});
