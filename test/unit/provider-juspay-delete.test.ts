// @vitest-environment node
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { mayHoldCardNumber } from '../../src/server/guards/may-hold-card-number';
import { isValidCardId, juspayProvider } from '../../src/server/index';
import { juspayCardId } from '../../src/server/providers/juspay-ref';
import type { RecordedRequest } from '../fakes/fake-server';
import type { JuspayFake, JuspayRawCard } from '../fakes/juspay-fake';
import { startJuspayFake } from '../fakes/juspay-fake';
import { calls, walletOn } from '../fakes/provider-harness';
import { testCtx } from '../helpers/provider-context';
import { del, json, list } from '../helpers/server-fixtures';

const visa = (reference: string, digits: string): JuspayRawCard => ({
  card_reference: reference,
  card_number: `XXXXXXXXXXXX${digits}`,
  card_exp_month: '07',
  card_exp_year: '2031',
  card_brand: 'VISA',
});

// The ids the browser holds: digests of the card_reference, which never leaves the server.
const A1 = await juspayCardId('ref_a1');
const A2 = await juspayCardId('ref_a2');

let fake: JuspayFake;
beforeEach(async () => {
  fake = await startJuspayFake({
    cards: {
      alice: [visa('ref_a1', '1111'), visa('ref_a2', '2222')],
      bob: [visa('ref_b1', '3333')],
    },
  });
});
afterEach(() => fake.close());

const provider = () =>
  juspayProvider({ apiKey: fake.apiKey, merchantId: fake.merchantId, baseUrl: fake.url });
const isDelete = (req: RecordedRequest) => req.method === 'POST' && req.path === '/card/delete';
const deletes = () => calls(fake.requests, 'POST', '/card/delete');

describe('juspayProvider delete', () => {
  test('deletes with the token the ownership list carried: one list, one delete, form-encoded', async () => {
    let tokenAtDelete = '';
    fake.beforeNext(isDelete, () => {
      // The token the card holds right now: every list rotated it (juspay.md).
      tokenAtDelete = fake.tokenOf('alice', 'ref_a1');
    });
    const { handler, audit } = walletOn(provider());
    const response = await handler(del(A1));
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ deleted: true, id: A1 });
    expect(fake.references('alice')).toEqual(['ref_a2']);
    expect(audit.map((event) => event.outcome)).toEqual(['deleted']);

    // The handler's ownership list, then the delete: the adapter no longer lists again.
    expect(fake.requests.map((req) => `${req.method} ${req.path}`)).toEqual([
      'GET /cards',
      'POST /card/delete',
    ]);
    const [req] = deletes();
    expect(req?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(req?.headers['x-routing-id']).toBe('alice');
    expect(req?.headers['x-merchantid']).toBe(fake.merchantId);
    expect(req?.headers.authorization).toMatch(/^Basic /);
    expect(req?.body).toBe(new URLSearchParams({ card_token: tokenAtDelete }).toString());
    // Three seeded tokens, then the ones the single list handed out.
    expect(fake.issuedTokens.slice(0, 3)).not.toContain(tokenAtDelete);
    expect(fake.issuedTokens.slice(3)).toContain(tokenAtDelete);
  });

  test('the fake refuses a stale token, as Juspay does', async () => {
    const stale = fake.issuedTokens[0] ?? '';
    fake.rotate('alice');
    const response = await fetch(`${fake.url}/card/delete`, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${Buffer.from(`${fake.apiKey}:`).toString('base64')}`,
        'x-merchantid': fake.merchantId,
        'x-routing-id': 'alice',
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ card_token: stale }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      status: 'error',
      error_code: expect.any(String),
    });
  });

  test('customer B cannot delete A’s card: 404, no provider delete, the card stays', async () => {
    const { handler } = walletOn(provider());
    const response = await handler(del(A1, { user: 'bob' }));
    expect(response.status).toBe(404);
    expect(await json(response)).toMatchObject({ error: { code: 'card_not_found' } });
    expect(deletes()).toHaveLength(0);
    expect(fake.references('alice')).toContain('ref_a1');
  });

  test('the adapter sends nothing for a card its own list did not hand out', async () => {
    const [bobCard] = await provider().listCards('bob', testCtx());
    if (bobCard === undefined) throw new Error('bob has a card');
    const { providerRef: _token, ...bare } = bobCard;
    await expect(provider().deleteCard('bob', { ...bare, id: A1 }, testCtx())).rejects.toThrow(
      TypeError,
    );
    expect(deletes()).toHaveLength(0);
    expect(fake.references('alice')).toContain('ref_a1');
  });

  test('an unknown id is 404 and sends no delete', async () => {
    const { handler } = walletOn(provider());
    expect((await handler(del('ref_nope'))).status).toBe(404);
    expect(deletes()).toHaveLength(0);
  });

  test('a card deleted elsewhere after the ownership check counts as deleted', async () => {
    fake.beforeNext(isDelete, () => fake.remove('alice', 'ref_a1'));
    const { handler, audit } = walletOn(provider());
    const response = await handler(del(A1));
    expect(response.status).toBe(200);
    expect(audit.map((event) => event.outcome)).toEqual(['already_deleted']);
    // The 400 "invalid card token" was confirmed by a second list before calling it gone.
    expect(calls(fake.requests, 'GET', '/cards')).toHaveLength(2);
  });

  test('a token gone stale mid-call (a list elsewhere rotated it) is retried once with the fresh one', async () => {
    fake.beforeNext(isDelete, () => fake.rotate('alice'));
    const { handler, audit } = walletOn(provider());
    const response = await handler(del(A1));
    expect(response.status).toBe(200);
    expect(fake.references('alice')).toEqual(['ref_a2']);
    expect(audit.map((event) => event.outcome)).toEqual(['deleted']);
    expect(fake.requests.map((req) => `${req.method} ${req.path}`)).toEqual([
      'GET /cards',
      'POST /card/delete',
      'GET /cards',
      'POST /card/delete',
    ]);
  });

  test('a token stale twice is a 502 and the card stays', async () => {
    // Both deletes find their token rotated by a list elsewhere.
    fake.beforeNext(isDelete, () => fake.rotate('alice'));
    fake.beforeNext(isDelete, () => fake.rotate('alice'));
    const { handler, logs } = walletOn(provider());
    const response = await handler(del(A1));
    expect(response.status).toBe(502);
    expect(fake.references('alice')).toContain('ref_a1');
    expect(deletes()).toHaveLength(2);
    expect(logs[0]?.meta).toMatchObject({ kind: 'unavailable' });
  });

  // Juspay's card_reference is hex (juspay.md: "df2c4795…"): 32 hex characters hold a run of
  // 12 digits in a few cards per hundred. Shown as the id, the handler's card-number screen
  // would hide those cards from the shopper; the digest id keeps them listed and deletable.
  test.each([
    ['a hex reference with a 16-digit run', '0123456789012345abcdefabcdef0a1b'],
    ['a reference that starts like a card number', '4111111111111111aa'],
    ['a reference of digits only', '5555555555554444'],
  ])('%s is listed and deletable, and never shown', async (_, reference) => {
    await fake.close();
    fake = await startJuspayFake({
      cards: { alice: [visa(reference, '1111'), visa('ref_a2', '2222')] },
    });
    const { handler, audit, logs } = walletOn(provider());
    const listed = await (await handler(list('alice'))).text();
    const ids = (JSON.parse(listed) as { cards: Array<{ id: string }> }).cards.map((c) => c.id);
    const id = await juspayCardId(reference);
    expect(ids).toEqual([id, A2]);
    expect(listed).not.toContain(reference);
    expect(isValidCardId(id) && !mayHoldCardNumber(id)).toBe(true);

    const response = await handler(del(id));
    expect(await json(response)).toEqual({ deleted: true, id });
    expect(fake.references('alice')).toEqual(['ref_a2']);
    expect(JSON.stringify([audit, logs])).not.toContain(reference);
  });

  test('the same card has the same id on every list and in every adapter instance', async () => {
    const first = await provider().listCards('alice', testCtx());
    const second = await provider().listCards('alice', testCtx());
    expect(first.map((card) => card.id)).toEqual([A1, A2]);
    expect(second.map((card) => card.id)).toEqual([A1, A2]);
    // The token rotated between the two lists; the id did not.
    expect(first[0]?.providerRef).not.toEqual(second[0]?.providerRef);
  });
});
