// @vitest-environment node
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { eximpeProvider } from '../../src/server/index';
import { eximpeCardId } from '../../src/server/providers/eximpe-cards';
import type { EximpeFake } from '../fakes/eximpe-fake';
import { startEximpeFake } from '../fakes/eximpe-fake';
import { calls, walletOn } from '../fakes/provider-harness';
import { testCtx } from '../helpers/provider-context';
import { del, json, list } from '../helpers/server-fixtures';

const card = (token: string) => ({
  card_token: token,
  network: 'VISA',
  masked_pan: 'XXXXXXXXXXXX0003',
  expiry_month: 5,
  expiry_year: 2030,
});

// The id the browser holds for tok_alice_2: a digest; the token never leaves the server.
const ALICE_2 = await eximpeCardId('tok_alice_2');

let fake: EximpeFake;
beforeEach(async () => {
  fake = await startEximpeFake({
    cards: { alice: [card('tok_alice_1'), card('tok_alice_2')], bob: [card('tok_bob_1')] },
  });
});
afterEach(() => fake.close());

const provider = () =>
  eximpeProvider({
    clientId: fake.clientId,
    clientSecret: fake.clientSecret,
    merchantId: 'merchant_9',
    baseUrl: fake.url,
  });
const deletes = () => calls(fake.requests, 'POST', '/pg/tokens/delete/');

describe('eximpeProvider delete', () => {
  test('POSTs JSON {card_token, identifier} and the card is gone', async () => {
    const { handler, audit } = walletOn(provider());
    const response = await handler(del(ALICE_2));
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ deleted: true, id: ALICE_2 });
    expect(fake.tokens('alice')).not.toContain('tok_alice_2');
    expect(audit.map((event) => event.outcome)).toEqual(['deleted']);
    const [req] = deletes();
    expect(req?.headers['content-type']).toBe('application/json');
    expect(req?.headers['x-client-secret']).toBe(fake.clientSecret);
    expect(JSON.parse(req?.body ?? '')).toEqual({ card_token: 'tok_alice_2', identifier: 'alice' });
  });

  test('customer B cannot delete A’s card: 404, no provider delete, the card stays', async () => {
    const response = await walletOn(provider()).handler(del(ALICE_2, { user: 'bob' }));
    expect(response.status).toBe(404);
    expect(await json(response)).toMatchObject({ error: { code: 'card_not_found' } });
    expect(deletes()).toHaveLength(0);
    expect(fake.tokens('alice')).toContain('tok_alice_2');
  });

  test('Eximpe’s own dual verification also refuses B, and the card stays', async () => {
    const [aliceCard] = await provider().listCards('alice', testCtx());
    if (aliceCard === undefined) throw new Error('alice has cards');
    expect(await provider().deleteCard('bob', aliceCard, testCtx())).toBe('not_found');
    expect(deletes()).toHaveLength(1);
    expect(fake.tokens('alice')).toContain(aliceCard.providerRef);
  });

  test('an unknown id is 404 and sends no delete', async () => {
    expect((await walletOn(provider()).handler(del('tok_nope'))).status).toBe(404);
    expect(deletes()).toHaveLength(0);
  });

  test('a provider 404 after the ownership check counts as deleted', async () => {
    fake.beforeNext(
      (req) => req.path === '/pg/tokens/delete/',
      () => fake.remove('alice', 'tok_alice_2'),
    );
    const { handler, audit } = walletOn(provider());
    expect((await handler(del(ALICE_2))).status).toBe(200);
    expect(audit.map((event) => event.outcome)).toEqual(['already_deleted']);
  });

  // Eximpe's card_token is hex (eximpe.md: "c8a28bca2021ead49124"): shown as the id, one with
  // a run of 12 digits would be hidden as a possible card number.
  test('a token with a run of 12+ digits is listed and deletable, and never shown', async () => {
    const token = '0123456789012345abcd';
    await fake.close();
    fake = await startEximpeFake({ cards: { alice: [card(token)] } });
    const { handler, audit } = walletOn(provider());
    const listed = await (await handler(list('alice'))).text();
    const id = await eximpeCardId(token);
    expect(JSON.parse(listed)).toMatchObject({ cards: [{ id, last4: '0003' }] });
    expect(listed).not.toContain(token);
    expect(await json(await handler(del(id)))).toEqual({ deleted: true, id });
    expect(fake.tokens('alice')).toEqual([]);
    expect(JSON.stringify(audit)).not.toContain(token);
  });
});
