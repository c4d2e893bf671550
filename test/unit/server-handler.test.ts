// @vitest-environment node
import { describe, expect, test, vi } from 'vitest';
import type { CardProvider } from '../../src/server/index';
import { createWalletHandler, memoryProvider, ProviderError } from '../../src/server/index';
import { card } from '../helpers/cards';
import { BASE, del, harness, json, list, ORIGIN } from '../helpers/server-fixtures';

function expectJsonHeaders(response: Response) {
  expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
  expect(response.headers.get('Cache-Control')).toBe('no-store');
  expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  expect(response.headers.get('X-Request-Id')).toBeTruthy();
}

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expectJsonHeaders(response);
  const body = (await json(response)) as { error: { code: string; message: string } };
  expect(body).toEqual({ error: { code, message: expect.any(String) } });
  return body.error.message;
}

describe('GET /cards', () => {
  test('lists the session customer’s cards, uncacheable', async () => {
    const { handler } = harness();
    const response = await handler(list('alice'));
    expect(response.status).toBe(200);
    expectJsonHeaders(response);
    const body = (await json(response)) as { cards: Array<{ id: string }> };
    expect(body.cards.map((c) => c.id)).toEqual(['card_a1', 'card_a2']);
  });

  test('answers 401 without a session', async () => {
    const { handler } = harness();
    await expectError(await handler(list(null)), 401, 'unauthenticated');
  });

  test('ignores a customer_id query parameter', async () => {
    const { handler } = harness();
    const response = await handler(list('alice', '/cards?customer_id=bob'));
    const body = (await json(response)) as { cards: Array<{ id: string }> };
    expect(body.cards.map((c) => c.id)).toEqual(['card_a1', 'card_a2']);
  });

  test('sends only docs/http-contract.md §1 fields and drops cards that break the contract', async () => {
    const provider: CardProvider = {
      listCards: async () => [
        { ...card({ id: 'ok' }), providerToken: 'tok_secret' } as never,
        card({ id: 'leaky', last4: '4111111111111111' }),
      ],
      deleteCard: async () => 'deleted',
    };
    const { handler, logs } = harness({ provider });
    const text = await (await handler(list())).text();
    expect(JSON.parse(text)).toEqual({ cards: [card({ id: 'ok' })] });
    expect(text).not.toContain('tok_secret');
    expect(text).not.toContain('4111111111111111');
    expect(logs).toHaveLength(1);
  });

  test('a provider failure is a generic 502 that never echoes the provider', async () => {
    const provider: CardProvider = {
      listCards: async () => {
        throw new Error('Juspay says: invalid api key sk_live_123');
      },
      deleteCard: async () => 'deleted',
    };
    const { handler, logs } = harness({ provider });
    const response = await handler(list());
    const message = await expectError(response, 502, 'provider_error');
    expect(message).not.toContain('sk_live');
    expect(logs[0]?.meta.requestId).toBe(response.headers.get('X-Request-Id'));
  });

  test('answers with its own X-Request-Id, never the caller’s', async () => {
    const { handler } = harness();
    for (const given of ['req-123', 'x'.repeat(500)]) {
      const request = list();
      request.headers.set('X-Request-Id', given);
      expect((await handler(request)).headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});

describe('routing', () => {
  test('a wrong method is 405 with Allow', async () => {
    const { handler } = harness();
    const post = new Request(`${BASE}/cards`, {
      method: 'POST',
      headers: { 'X-Test-User': 'alice' },
    });
    const response = await handler(post);
    expect(response.headers.get('Allow')).toBe('GET');
    await expectError(response, 405, 'invalid_request');
    const get = await handler(list('alice', '/cards/card_a1'));
    expect(get.headers.get('Allow')).toBe('DELETE');
    await expectError(get, 405, 'invalid_request');
  });

  test('an unknown route is a JSON 404', async () => {
    const { handler } = harness();
    await expectError(await handler(list('alice', '/nope')), 404, 'invalid_request');
    await expectError(await handler(new Request(`${ORIGIN}/elsewhere`)), 404, 'invalid_request');
  });

  test('honours a custom basePath and exposes it', async () => {
    const { handler } = harness({ basePath: '/wallet/' });
    expect(handler.basePath).toBe('/wallet');
    const response = await handler(
      new Request(`${ORIGIN}/wallet/cards`, { headers: { 'X-Test-User': 'bob' } }),
    );
    expect(response.status).toBe(200);
  });
});

describe('DELETE /cards/{id}', () => {
  test('deletes the customer’s own card', async () => {
    const { handler, provider } = harness();
    const response = await handler(del('card_a1'));
    expect(response.status).toBe(200);
    expectJsonHeaders(response);
    expect(await json(response)).toEqual({ deleted: true, id: 'card_a1' });
    expect(provider.peek('alice').map((c) => c.id)).toEqual(['card_a2']);
  });

  test('accepts an empty JSON body and percent-encoded ids', async () => {
    const { handler, provider } = harness();
    provider.addCard('alice', card({ id: 'ref:1+x' }));
    const response = await handler(
      del(encodeURIComponent('ref:1+x'), {
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      }),
    );
    expect(await json(response)).toEqual({ deleted: true, id: 'ref:1+x' });
  });

  test('answers 401 without a session and deletes nothing', async () => {
    const { handler, provider } = harness();
    await expectError(await handler(del('card_a1', { user: null })), 401, 'unauthenticated');
    expect(provider.peek('alice')).toHaveLength(2);
  });

  describe('CSRF', () => {
    const refused: Array<[string, Parameters<typeof del>[1]]> = [
      ['without X-Wallet-Client', { headers: { 'X-Wallet-Client': '' } }],
      ['with X-Wallet-Client other than 1', { headers: { 'X-Wallet-Client': 'yes' } }],
      ['from a cross-site fetch', { headers: { 'Sec-Fetch-Site': 'cross-site' } }],
      ['from a foreign Origin', { headers: { Origin: 'https://evil.example' } }],
      ['from Origin: null', { headers: { Origin: 'null' } }],
      ['with a text/plain body', { body: '{}' }],
      [
        'with a form body',
        {
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: 'customer_id=bob',
        },
      ],
      ['with a body and no Content-Type', { body: new TextEncoder().encode('{}') }],
    ];
    test.each(refused)('refuses a DELETE %s', async (_, init) => {
      const { handler, provider, audit } = harness();
      await expectError(await handler(del('card_a1', init)), 403, 'forbidden');
      expect(provider.peek('alice')).toHaveLength(2);
      expect(audit).toMatchObject([{ outcome: 'forbidden', customerId: 'alice' }]);
    });

    test('accepts an origin from allowedOrigins', async () => {
      const { handler } = harness({ allowedOrigins: ['https://checkout.example/'] });
      const response = await handler(
        del('card_a1', {
          headers: { Origin: 'https://checkout.example', 'Sec-Fetch-Site': 'same-site' },
        }),
      );
      expect(response.status).toBe(200);
    });

    test('accepts same-origin and a request without Origin or Sec-Fetch-Site', async () => {
      const { handler } = harness();
      expect((await handler(del('card_a1'))).status).toBe(200);
      const bare = new Request(`${BASE}/cards/card_a2`, {
        method: 'DELETE',
        headers: { 'X-Wallet-Client': '1', 'X-Test-User': 'alice' },
      });
      expect((await handler(bare)).status).toBe(200);
    });
  });

  test('another customer’s card is 404 and stays with its owner', async () => {
    const { handler, provider, audit } = harness();
    const deleteCard = vi.spyOn(provider, 'deleteCard');
    await expectError(await handler(del('card_b1')), 404, 'card_not_found');
    expect(deleteCard).not.toHaveBeenCalled();
    expect(provider.peek('bob').map((c) => c.id)).toEqual(['card_b1', 'card_b2']);
    expect(audit).toMatchObject([{ customerId: 'alice', cardId: 'card_b1', outcome: 'not_found' }]);
  });

  test('an unknown id answers exactly like a foreign one', async () => {
    const { handler } = harness();
    const foreign = await handler(del('card_b1'));
    const unknown = await handler(del('card_zz'));
    expect(unknown.status).toBe(foreign.status);
    expect(await json(unknown)).toEqual(await json(foreign));
  });

  test('ignores customer_id in the query and the body', async () => {
    const { handler, provider } = harness();
    const request = new Request(`${BASE}/cards/card_b1?customer_id=bob`, {
      method: 'DELETE',
      headers: {
        'X-Wallet-Client': '1',
        'X-Test-User': 'alice',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ customer_id: 'bob' }),
    });
    await expectError(await handler(request), 404, 'card_not_found');
    expect(provider.peek('bob')).toHaveLength(2);
  });

  test('a provider not_found after the ownership check counts as deleted', async () => {
    const { handler, provider, audit } = harness();
    provider.failNextDelete('not_found');
    expect(await json(await handler(del('card_a1')))).toEqual({ deleted: true, id: 'card_a1' });
    expect(audit[0]?.outcome).toBe('already_deleted');
  });

  test('a ProviderError of kind not_found counts as deleted only when a fresh list agrees', async () => {
    const provider = memoryProvider({ alice: [card({ id: 'c1' }), card({ id: 'c2' })] });
    const remove = provider.deleteCard.bind(provider);
    provider.deleteCard = async (customerId, target) => {
      if (target.id === 'c1') await remove(customerId, target);
      throw new ProviderError('not_found', 'gone', { provider: 'test', status: 404 });
    };
    const { handler, audit } = harness({ provider });
    expect((await handler(del('c1'))).status).toBe(200);
    expect((await handler(del('c2'))).status).toBe(502);
    expect(audit.map((event) => event.outcome)).toEqual(['already_deleted', 'provider_error']);
  });

  test('a lockReason answers 409 with the reason and keeps the card', async () => {
    const lockReason = vi.fn(() => 'pending_payment' as const);
    const { handler, provider, audit } = harness({ lockReason });
    const response = await handler(del('card_a2'));
    expect(response.status).toBe(409);
    expect(await json(response)).toEqual({
      error: { code: 'card_in_use', message: expect.any(String), reason: 'pending_payment' },
    });
    expect(lockReason).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'card_a2', last4: '4444' }),
      'alice',
    );
    expect(provider.peek('alice')).toHaveLength(2);
    expect(audit[0]?.outcome).toBe('in_use');
  });

  test('a provider failure is a generic 502 without the provider’s words', async () => {
    const { handler, provider, logs, audit } = harness();
    provider.deleteCard = async () => {
      throw new ProviderError('unavailable', 'juspay delete failed', {
        provider: 'juspay',
        status: 503,
        cause: 'Juspay: card token tkn_9f8e7d is locked',
      });
    };
    const text = await (await handler(del('card_a1'))).text();
    expect(JSON.parse(text).error.code).toBe('provider_error');
    expect(text).not.toContain('tkn_9f8e7d');
    expect(text).not.toContain('juspay');
    expect(JSON.stringify(logs)).not.toContain('tkn_9f8e7d');
    expect(logs[0]?.meta).toMatchObject({ kind: 'unavailable', provider: 'juspay', status: 503 });
    expect(audit[0]?.outcome).toBe('provider_error');
  });

  test('a provider that never answers times out as a 502', async () => {
    const provider: CardProvider = {
      listCards: () => new Promise(() => {}),
      deleteCard: async () => 'deleted',
    };
    const { handler, logs } = harness({ provider, providerTimeoutMs: 20 });
    await expectError(await handler(del('card_a1')), 502, 'provider_error');
    expect(logs[0]?.meta.kind).toBe('timeout');
  });

  describe('hostile ids never reach the provider', () => {
    const hostile: Array<[string, string]> = [
      ['an encoded slash', '..%2F..%2Fadmin'],
      ['an all-dots id', '...'],
      ['a control character', 'card%00a1'],
      ['a newline', 'card%0Aa1'],
      ['a 10 KB id', 'a'.repeat(10_240)],
      ['a 257-character id', 'a'.repeat(257)],
      ['malformed percent-encoding', '%E0%A4%A'],
      ['a raw slash', 'card_a1/extra'],
      ['an empty id', ''],
      ['unicode', encodeURIComponent('kärte')],
    ];
    test.each(hostile)('%s is 400', async (_, rawId) => {
      const { handler, provider, audit } = harness();
      const listCards = vi.spyOn(provider, 'listCards');
      const deleteCard = vi.spyOn(provider, 'deleteCard');
      await expectError(await handler(del(rawId)), 400, 'invalid_request');
      expect(listCards).not.toHaveBeenCalled();
      expect(deleteCard).not.toHaveBeenCalled();
      expect(audit).toHaveLength(1);
      expect(audit[0]?.outcome).toBe('invalid_request');
      expect(audit[0]?.cardId.length).toBeLessThanOrEqual(129);
    });
  });

  test('an encoded dot-dot segment resolves outside /cards and deletes nothing', async () => {
    // The URL parser turns `%2E%2E` into `..` before the handler sees the path.
    const { handler, provider } = harness();
    const deleteCard = vi.spyOn(provider, 'deleteCard');
    await expectError(await handler(del('%2E%2E')), 404, 'invalid_request');
    expect(deleteCard).not.toHaveBeenCalled();
  });

  test('an oversized body is 400 and deletes nothing', async () => {
    const { handler, provider } = harness();
    const body = JSON.stringify({ pad: 'x'.repeat(2048) });
    const response = await handler(
      del('card_a1', { headers: { 'Content-Type': 'application/json' }, body }),
    );
    await expectError(response, 400, 'invalid_request');
    expect(provider.peek('alice')).toHaveLength(2);
  });

  test('a body that is not JSON is 400', async () => {
    const { handler } = harness();
    const response = await handler(
      del('card_a1', { headers: { 'Content-Type': 'application/json' }, body: '{nope' }),
    );
    await expectError(response, 400, 'invalid_request');
  });
});

describe('rate limit', () => {
  test('refuses attempt max+1 with Retry-After, and the window resets', async () => {
    let clock = Date.parse('2026-01-15T12:00:00Z');
    const { handler, provider, audit } = harness({
      rateLimit: { max: 3, windowMs: 60_000 },
      now: () => clock,
    });
    // Attempts count whatever their result: two unknown ids and one real delete.
    expect((await handler(del('nope1'))).status).toBe(404);
    expect((await handler(del('nope2'))).status).toBe(404);
    expect((await handler(del('card_a1'))).status).toBe(200);
    clock += 15_000;
    const limited = await handler(del('card_a2'));
    await expectError(limited, 429, 'rate_limited');
    expect(limited.headers.get('Retry-After')).toBe('45');
    expect(provider.peek('alice').map((c) => c.id)).toEqual(['card_a2']);
    expect(audit.at(-1)?.outcome).toBe('rate_limited');

    // Another customer has their own budget.
    expect((await handler(del('card_b1', { user: 'bob' }))).status).toBe(200);

    clock += 45_000;
    expect((await handler(del('card_a2'))).status).toBe(200);
  });

  test('defaults to 30 attempts a minute', async () => {
    const { handler } = harness({ now: () => 0 });
    for (let i = 0; i < 30; i += 1) expect((await handler(del(`x${i}`))).status).toBe(404);
    expect((await handler(del('x30'))).status).toBe(429);
  });

  test('false turns it off', async () => {
    const { handler } = harness({ rateLimit: false });
    for (let i = 0; i < 40; i += 1) expect((await handler(del(`x${i}`))).status).toBe(404);
  });

  test('uses a given store', async () => {
    const hit = vi.fn(async () => ({ count: 99, resetAt: 1_500 }));
    const { handler } = harness({
      rateLimit: { max: 5, windowMs: 1000, store: { hit } },
      now: () => 0,
    });
    const response = await handler(del('card_a1'));
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe('2');
    expect(hit).toHaveBeenCalledWith('card.delete:alice', 1000);
  });
});

describe('audit', () => {
  test('one event per attempt with the right outcome', async () => {
    const { handler, audit } = harness({ now: () => Date.parse('2026-01-15T12:00:00Z') });
    const first = await handler(del('card_a1'));
    await handler(del('card_a1', { user: null }));
    await handler(del('card_a2', { headers: { Origin: 'https://evil.example' } }));
    await handler(del('card_a1'));
    await handler(list());
    expect(audit).toEqual([
      {
        type: 'card.delete',
        customerId: 'alice',
        cardId: 'card_a1',
        outcome: 'deleted',
        requestId: first.headers.get('X-Request-Id'),
        at: '2026-01-15T12:00:00.000Z',
      },
      expect.objectContaining({ customerId: null, cardId: 'card_a1', outcome: 'unauthenticated' }),
      expect.objectContaining({ customerId: 'alice', cardId: 'card_a2', outcome: 'forbidden' }),
      expect.objectContaining({ customerId: 'alice', cardId: 'card_a1', outcome: 'not_found' }),
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/4242|4444/);
  });

  test('refuses an id that may hold a card number and audits it as [invalid]', async () => {
    const { handler, audit } = harness();
    expect((await handler(del('4111111111111111'))).status).toBe(400);
    expect(audit[0]?.cardId).toBe('[invalid]');
    expect(JSON.stringify(audit)).not.toContain('4111111111111111');
  });

  test('an audit sink that throws or rejects does not break the response', async () => {
    for (const audit of [
      () => {
        throw new Error('audit db down');
      },
      () => Promise.reject(new Error('audit db down')),
    ]) {
      const logs: unknown[] = [];
      const handler = createWalletHandler({
        provider: memoryProvider({ alice: [card({ id: 'c1' })] }),
        getCustomerId: () => 'alice',
        audit,
        logger: { error: (message) => logs.push(message) },
      });
      const response = await handler(del('c1'));
      expect(response.status).toBe(200);
      expect(logs).toEqual(['saved-card-kit: audit event lost']);
    }
  });
});

describe('options', () => {
  test('an invalid allowedOrigins entry fails fast', () => {
    expect(() => harness({ allowedOrigins: ['not an origin'] })).toThrow(TypeError);
  });

  test('a getCustomerId that throws is a generic 502', async () => {
    const { handler } = harness({
      getCustomerId: () => {
        throw new Error('session store unreachable at redis://10.0.0.1');
      },
    });
    const message = await expectError(await handler(list()), 502, 'provider_error');
    expect(message).not.toContain('redis');
  });
});
