// @vitest-environment node
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { eximpeProvider } from '../../src/server/index';
import type { EximpeFake } from '../fakes/eximpe-fake';
import { startEximpeFake } from '../fakes/eximpe-fake';
import { calls, walletOn } from '../fakes/provider-harness';
import { testCtx } from '../helpers/provider-context';
import { del, json } from '../helpers/server-fixtures';

const card = (token: string) => ({
  card_token: token,
  network: 'VISA',
  masked_pan: 'XXXXXXXXXXXX0003',
  expiry_month: 5,
  expiry_year: 2030,
});

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
    const response = await handler(del('tok_alice_2'));
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ deleted: true, id: 'tok_alice_2' });
    expect(fake.tokens('alice')).not.toContain('tok_alice_2');
    expect(audit.map((event) => event.outcome)).toEqual(['deleted']);
    const [req] = deletes();
    expect(req?.headers['content-type']).toBe('application/json');
    expect(req?.headers['x-client-secret']).toBe(fake.clientSecret);
    expect(JSON.parse(req?.body ?? '')).toEqual({ card_token: 'tok_alice_2', identifier: 'alice' });
  });

  test('customer B cannot delete A’s card: 404, no provider delete, the card stays', async () => {
    const response = await walletOn(provider()).handler(del('tok_alice_2', { user: 'bob' }));
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
    expect(fake.tokens('alice')).toContain(aliceCard.id);
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
    expect((await handler(del('tok_alice_2'))).status).toBe(200);
    expect(audit.map((event) => event.outcome)).toEqual(['already_deleted']);
  });
});
