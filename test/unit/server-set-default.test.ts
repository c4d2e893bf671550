// @vitest-environment node
import { afterEach, describe, expect, test } from 'vitest';
import type { CardProvider } from '../../src/server/index';
import { memoryDefaultCardStore, memoryProvider } from '../../src/server/index';
import { card } from '../helpers/cards';
import type { LoopbackWallet } from '../helpers/set-default-http';
import { defaultOf, loopbackWallet } from '../helpers/set-default-http';
import { withoutDefault } from '../helpers/without-default';

const wallets: LoopbackWallet[] = [];
afterEach(async () => {
  await Promise.all(wallets.splice(0).map((wallet) => wallet.close()));
});

const seed = () => ({
  alice: [
    card({ id: 'a1', isDefault: true }),
    card({ id: 'a2', brand: 'mastercard', last4: '4444' }),
    card({ id: 'a_old', last4: '1881', expiryYear: 2020, expired: true }),
    card({ id: 'a3', brand: 'amex', last4: '0005' }),
  ],
  bob: [card({ id: 'b1', isDefault: true }), card({ id: 'b2', last4: '1111' })],
});

async function start(provider: CardProvider, options = {}) {
  const wallet = await loopbackWallet(provider, options);
  wallets.push(wallet);
  return wallet;
}

async function errorOf(response: Response) {
  const body = (await response.json()) as { error: { code: string; message: string } };
  return { status: response.status, code: body.error.code, message: body.error.message };
}

describe('PUT /cards/{id}/default on a provider that keeps the default', () => {
  test('makes the card the default and answers the list as it is now', async () => {
    const provider = memoryProvider(seed());
    const wallet = await start(provider);
    const response = await wallet.makeDefault('a2');
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const body = (await response.json()) as { cards: Array<{ id: string; isDefault?: boolean }> };
    expect(body.cards.map((c) => c.id)).toEqual(['a1', 'a2', 'a_old', 'a3']);
    expect(defaultOf(body.cards as never)).toBe('a2');
    expect(body.cards.filter((c) => c.isDefault === true)).toHaveLength(1);
    expect(defaultOf((await wallet.list()).cards)).toBe('a2');
    expect(wallet.audit).toEqual([
      expect.objectContaining({
        type: 'card.default',
        customerId: 'alice',
        cardId: 'a2',
        outcome: 'default_set',
      }),
    ]);
  });

  test('the card that is already the default is answered as it is, nothing changed', async () => {
    const provider = memoryProvider(seed());
    provider.failNextSetDefault('unavailable');
    const wallet = await start(provider);
    const response = await wallet.makeDefault('a1');
    expect(response.status).toBe(200);
    expect(defaultOf(((await response.json()) as { cards: never[] }).cards)).toBe('a1');
  });

  test('an expired card is refused 409 card_expired and the default stays', async () => {
    const provider = memoryProvider(seed());
    const wallet = await start(provider);
    expect(await errorOf(await wallet.makeDefault('a_old'))).toMatchObject({
      status: 409,
      code: 'card_expired',
    });
    expect(defaultOf(provider.peek('alice'))).toBe('a1');
    expect(wallet.audit.map((event) => event.outcome)).toEqual(['expired']);
  });

  test('another customer’s card is 404 like an unknown one, and their default stays', async () => {
    const provider = memoryProvider(seed());
    const wallet = await start(provider);
    const foreign = await errorOf(await wallet.makeDefault('b2'));
    const unknown = await errorOf(await wallet.makeDefault('no_such_card'));
    expect(foreign).toEqual(unknown);
    expect(foreign).toMatchObject({ status: 404, code: 'card_not_found' });
    expect(defaultOf(provider.peek('bob'))).toBe('b1');
    expect(defaultOf(provider.peek('alice'))).toBe('a1');
  });

  test('the customer comes from the session only: a body or query naming another is ignored', async () => {
    const provider = memoryProvider(seed());
    const wallet = await start(provider);
    const response = await wallet.send('PUT', '/cards/a2/default?customer_id=bob', {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ customerId: 'bob', cardId: 'b2' }),
    });
    expect(response.status).toBe(200);
    expect(defaultOf(provider.peek('alice'))).toBe('a2');
    expect(defaultOf(provider.peek('bob'))).toBe('b1');
  });

  test('the same guards as a DELETE, each a typed error that changes nothing', async () => {
    const provider = memoryProvider(seed());
    const wallet = await start(provider, { rateLimit: { max: 4 } });
    const refusals = [
      [await wallet.makeDefault('a2', { user: null }), 401, 'unauthenticated'],
      [
        await wallet.makeDefault('a2', { headers: { Origin: 'https://evil.example' } }),
        403,
        'forbidden',
      ],
      [
        await wallet.makeDefault('a2', { headers: { 'Sec-Fetch-Site': 'cross-site' } }),
        403,
        'forbidden',
      ],
      [await wallet.makeDefault('a2', { headers: { 'X-Wallet-Client': '0' } }), 403, 'forbidden'],
      [
        await wallet.makeDefault('a2', { headers: { 'Content-Type': 'text/plain' }, body: 'x' }),
        403,
        'forbidden',
      ],
      [
        await wallet.makeDefault('a2', {
          headers: { 'Content-Type': 'application/json' },
          body: '{not json',
        }),
        400,
        'invalid_request',
      ],
      [
        await wallet.makeDefault('a2', {
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ pad: 'x'.repeat(4096) }),
        }),
        400,
        'invalid_request',
      ],
      [await wallet.makeDefault('4111 1111 1111 1111'), 400, 'invalid_request'],
      [await wallet.makeDefault('a..b/../a2'), 400, 'invalid_request'],
    ] as const;
    for (const [response, status, code] of refusals) {
      expect(await errorOf(response)).toMatchObject({ status, code });
    }
    expect(defaultOf(provider.peek('alice'))).toBe('a1');
    // The four refused as cross-site count on their Origin's key, the session-less one on none:
    // the four 400s spent alice's budget of four, so her next attempt is 429.
    const limited = await wallet.makeDefault('a2');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toMatch(/^\d+$/);
    // Every attempt is audited, a card number never.
    expect(wallet.audit).toHaveLength(10);
    expect(JSON.stringify(wallet.audit)).not.toContain('4111');
  });

  test('the route answers only PUT; the card route still only DELETE', async () => {
    const wallet = await start(memoryProvider(seed()));
    const onDefault = await wallet.send('GET', '/cards/a2/default');
    expect(onDefault.status).toBe(405);
    expect(onDefault.headers.get('Allow')).toBe('PUT');
    const deleteDefault = await wallet.send('DELETE', '/cards/a2/default');
    expect(deleteDefault.status).toBe(405);
    expect(deleteDefault.headers.get('Allow')).toBe('PUT');
    const putCard = await wallet.send('PUT', '/cards/a2');
    expect(putCard.status).toBe(405);
    expect(putCard.headers.get('Allow')).toBe('DELETE');
  });

  test('a provider failure is a generic 502 with none of the provider’s words', async () => {
    const provider = memoryProvider(seed());
    provider.failNextSetDefault('unavailable');
    const wallet = await start(provider);
    const response = await wallet.makeDefault('a2');
    const text = await response.text();
    expect(response.status).toBe(502);
    expect(JSON.parse(text).error.code).toBe('provider_error');
    expect(text).not.toContain('memoryProvider');
    expect(defaultOf(provider.peek('alice'))).toBe('a1');
    expect(wallet.audit.map((event) => event.outcome)).toEqual(['provider_error']);
  });
});

describe('removing the default card', () => {
  test('the next non-expired, unlocked card becomes the default and the DELETE names it', async () => {
    const provider = memoryProvider(seed());
    const wallet = await start(provider, {
      lockReason: (c: { id: string }) => (c.id === 'a2' ? 'subscription' : null),
    });
    const response = await wallet.remove('a1');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ deleted: true, id: 'a1', defaultCardId: 'a3' });
    expect(defaultOf((await wallet.list()).cards)).toBe('a3');
  });

  test('removing a card that is not the default answers as before and moves nothing', async () => {
    const provider = memoryProvider(seed());
    const wallet = await start(provider);
    const response = await wallet.remove('a2');
    expect(await response.json()).toEqual({ deleted: true, id: 'a2' });
    expect(defaultOf(provider.peek('alice'))).toBe('a1');
  });

  test('with no card fit to be the default, the answer says null', async () => {
    const provider = memoryProvider({
      alice: [
        card({ id: 'a1', isDefault: true }),
        card({ id: 'a_old', expired: true, expiryYear: 2020 }),
      ],
    });
    const wallet = await start(provider);
    expect(await (await wallet.remove('a1')).json()).toEqual({
      deleted: true,
      id: 'a1',
      defaultCardId: null,
    });
    expect(defaultOf(provider.peek('alice'))).toBeNull();
  });

  test('setting the next default failing never fails the delete: null, and logged', async () => {
    const provider = memoryProvider(seed());
    const wallet = await start(provider);
    provider.failNextSetDefault('unavailable');
    const response = await wallet.remove('a1');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ deleted: true, id: 'a1', defaultCardId: null });
    expect(provider.peek('alice').map((c) => c.id)).toEqual(['a2', 'a_old', 'a3']);
    expect(wallet.logs.map((line) => line.message)).toContain(
      'saved-card-kit: the next default card could not be set',
    );
  });
});

describe('a provider with no default of its own: the defaultCardStore', () => {
  test('without the option an in-memory store keeps the choice and the list merges it', async () => {
    const sandbox = memoryProvider(seed());
    const wallet = await start(withoutDefault(sandbox));
    expect(defaultOf((await wallet.list()).cards)).toBeNull();
    const response = await wallet.makeDefault('a3');
    expect(response.status).toBe(200);
    expect(defaultOf(((await response.json()) as { cards: never[] }).cards)).toBe('a3');
    expect(defaultOf((await wallet.list()).cards)).toBe('a3');
    // Bob's wallet is his own.
    expect(defaultOf((await wallet.list('bob')).cards)).toBeNull();
  });

  test('handlers sharing a store agree; each default store alone would not', async () => {
    const sandbox = memoryProvider(seed());
    const shared = memoryDefaultCardStore();
    const one = await start(withoutDefault(sandbox), { defaultCardStore: shared });
    const two = await start(withoutDefault(sandbox), { defaultCardStore: shared });
    const apart = await start(withoutDefault(sandbox));
    await one.makeDefault('a2');
    expect(defaultOf((await two.list()).cards)).toBe('a2');
    expect(defaultOf((await apart.list()).cards)).toBeNull();
  });

  test('removing the stored default moves it to the next card by the same rule', async () => {
    const sandbox = memoryProvider(seed());
    const wallet = await start(withoutDefault(sandbox));
    await wallet.makeDefault('a2');
    const response = await wallet.remove('a2');
    expect(await response.json()).toEqual({ deleted: true, id: 'a2', defaultCardId: 'a1' });
    expect(defaultOf((await wallet.list()).cards)).toBe('a1');
  });

  test('a store that fails: the list shows no default, a set-default is a 502', async () => {
    const sandbox = memoryProvider(seed());
    const broken = {
      get: async () => {
        throw new Error('store down with secret detail');
      },
      set: async () => {
        throw new Error('store down with secret detail');
      },
    };
    const wallet = await start(withoutDefault(sandbox), { defaultCardStore: broken });
    const listed = await wallet.list();
    expect(listed.status).toBe(200);
    expect(listed.cards.map((c) => c.id)).toEqual(['a1', 'a2', 'a_old', 'a3']);
    const response = await wallet.makeDefault('a2');
    const text = await response.text();
    expect(response.status).toBe(502);
    expect(text).not.toContain('secret detail');
    expect(JSON.stringify(wallet.logs)).not.toContain('secret detail');
  });
});
