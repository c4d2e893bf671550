// @vitest-environment node
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { juspayProvider } from '../../src/server/index';
import { juspayCardId } from '../../src/server/providers/juspay-ref';
import type { FailureMode } from '../fakes/fake-server';
import type { JuspayFake } from '../fakes/juspay-fake';
import { startJuspayFake } from '../fakes/juspay-fake';
import type { Scenario } from '../fakes/provider-scenarios';
import { scenarios } from '../fakes/provider-scenarios';
import type { HttpWallet } from '../helpers/wallet-http';
import { httpWallet } from '../helpers/wallet-http';

// docs/server.md: a provider's not-found counts as "already deleted" only in that provider's own
// error shape and when a fresh list no longer holds the card; anything else is a provider error.
describe.each(['juspay', 'eximpe'] as const)('finding 1: honest not-founds (%s)', (name) => {
  let s: Scenario;
  let wallet: HttpWallet;
  beforeEach(async () => {
    s = await scenarios[name]();
    wallet = await httpWallet({ provider: s.provider() });
  });
  afterEach(async () => {
    await wallet.close();
    await s.fake.close();
  });

  const listed = async () =>
    (await (await wallet.list()).json()).cards.map((c: { id: string }) => c.id);

  test.each<[FailureMode, string]>([
    ['html404', 'an HTML 404 page'],
    ['detail404', 'a DRF-style {"detail":"Not found."} 404'],
    ['405', 'a 405 page'],
  ])('%s on delete (%s) is a 502, not "already deleted", and the card stays', async (mode) => {
    s.fake.failNext(mode, 1, s.isDelete);
    const response = await wallet.remove(s.cardId);
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ error: { code: 'provider_error' } });
    expect(wallet.audit.map((event) => event.outcome)).toEqual(['provider_error']);
    expect(await listed()).toEqual([s.cardId]);
  });

  test('an HTML 404 is a provider error even when the card has meanwhile gone', async () => {
    s.fake.failNext('html404', 1, s.isDelete);
    s.fake.beforeNext(s.isDelete, () => s.remove('alice', s.ref));
    const response = await wallet.remove(s.cardId);
    expect(response.status).toBe(502);
    expect(wallet.audit.map((event) => event.outcome)).toEqual(['provider_error']);
  });

  test('the provider’s own not-found while a fresh list still holds the card: one retry, then 502', async () => {
    s.fake.failNext('notFound', 2, s.isDelete);
    const response = await wallet.remove(s.cardId);
    expect(response.status).toBe(502);
    expect(wallet.audit.map((event) => event.outcome)).toEqual(['provider_error']);
    expect(s.fake.requests.filter(s.isDelete)).toHaveLength(2);
    expect(await listed()).toEqual([s.cardId]);
  });

  test('the provider’s own not-found and a fresh list without the card: already deleted', async () => {
    s.fake.beforeNext(s.isDelete, () => s.remove('alice', s.ref));
    const response = await wallet.remove(s.cardId);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ deleted: true, id: s.cardId });
    expect(wallet.audit.map((event) => event.outcome)).toEqual(['already_deleted']);
  });

  test.each<[FailureMode]>([['error200'], ['empty']])(
    'a 200 delete answer that is %s leaves the outcome unknown: 502, audited unknown',
    async (mode) => {
      s.fake.failNext(mode, 1, s.isDelete);
      const response = await wallet.remove(s.cardId);
      expect(response.status).toBe(502);
      expect(wallet.audit.map((event) => event.outcome)).toEqual(['unknown']);
    },
  );
});

describe('finding 13: Juspay’s deleted:true must name the card asked for', () => {
  let fake: JuspayFake;
  let wallet: HttpWallet;
  beforeEach(async () => {
    fake = await startJuspayFake({
      cards: {
        alice: ['ref_a1', 'ref_a2'].map((reference) => ({
          card_reference: reference,
          card_number: 'XXXXXXXXXXXX1111',
          card_exp_month: '07',
          card_exp_year: '2031',
        })),
      },
    });
    const provider = juspayProvider({
      apiKey: fake.apiKey,
      merchantId: fake.merchantId,
      baseUrl: fake.url,
    });
    wallet = await httpWallet({ provider });
  });
  afterEach(async () => {
    await wallet.close();
    await fake.close();
  });
  const isDelete = (req: { path: string }) => req.path === '/card/delete';

  test.each([
    ['another card_reference', { card_token: 'jtok_x', card_reference: 'ref_a2', deleted: true }],
    ['no card_reference', { card_token: 'jtok_x', deleted: true }],
  ])('deleted:true with %s is a 502 audited unknown, never "deleted"', async (_, body) => {
    fake.answerNext({ status: 200, body }, isDelete);
    const response = await wallet.remove(await juspayCardId('ref_a1'));
    expect(response.status).toBe(502);
    expect(wallet.audit.map((event) => event.outcome)).toEqual(['unknown']);
    expect(fake.references('alice')).toEqual(['ref_a1', 'ref_a2']);
  });

  test('deleted:true for the same card_reference deletes', async () => {
    expect((await wallet.remove(await juspayCardId('ref_a1'))).status).toBe(200);
    expect(fake.references('alice')).toEqual(['ref_a2']);
  });
});
