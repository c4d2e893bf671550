import { describe, expect, test } from 'vitest';
import { createHttpWalletClient, type WalletErrorCode } from '../../src/index';
import { card } from '../helpers/cards';
import { failure } from '../helpers/failure';

interface Sent {
  url: string;
  init: RequestInit | undefined;
}

function clientAnswering(answer: (sent: Sent) => Response | Promise<Response>) {
  const sent: Sent[] = [];
  const client = createHttpWalletClient({
    fetch: async (input, init) => {
      const request = { url: String(input), init };
      sent.push(request);
      return answer(request);
    },
  });
  return { client, sent };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

describe('createHttpWalletClient: requests', () => {
  test('lists from /api/wallet/cards with the CSRF header and same-origin credentials', async () => {
    const { client, sent } = clientAnswering(() => json({ cards: [card({ id: 'c1' })] }));
    const cards = await client.listCards();
    expect(cards).toEqual([card({ id: 'c1' })]);
    expect(sent[0]?.url).toBe('/api/wallet/cards');
    expect(sent[0]?.init?.method).toBe('GET');
    expect(sent[0]?.init?.credentials).toBe('same-origin');
    expect(new Headers(sent[0]?.init?.headers).get('X-Wallet-Client')).toBe('1');
  });

  test('deletes with the id escaped into one path segment', async () => {
    const id = 'a/b%c d✓';
    const { client, sent } = clientAnswering(() => json({ deleted: true, id }));
    await client.deleteCard(id);
    expect(sent[0]?.init?.method).toBe('DELETE');
    expect(sent[0]?.url).toBe(`/api/wallet/cards/${encodeURIComponent(id)}`);
  });

  test('a delete asked for with keepalive sends fetch keepalive; other requests do not', async () => {
    const { client, sent } = clientAnswering((request) =>
      request.init?.method === 'DELETE' ? json({ deleted: true, id: 'c1' }) : json({ cards: [] }),
    );
    await client.deleteCard('c1', { keepalive: true });
    await client.deleteCard('c1');
    await client.listCards();
    expect(sent.map((request) => request.init?.keepalive ?? false)).toEqual([true, false, false]);
  });

  test('honours baseUrl (trailing slash too), extra headers and credentials', async () => {
    const sent: Sent[] = [];
    const client = createHttpWalletClient({
      baseUrl: 'https://shop.example/wallet/',
      headers: { 'X-Tenant': 't1' },
      credentials: 'include',
      fetch: async (input, init) => {
        sent.push({ url: String(input), init });
        return json({ cards: [] });
      },
    });
    await client.listCards();
    expect(sent[0]?.url).toBe('https://shop.example/wallet/cards');
    expect(new Headers(sent[0]?.init?.headers).get('X-Tenant')).toBe('t1');
    expect(sent[0]?.init?.credentials).toBe('include');
  });
});

describe('createHttpWalletClient: nothing unvalidated gets through', () => {
  const bad: Array<[string, () => Response]> = [
    ['malformed JSON', () => json('{"cards": [')],
    ['an HTML page', () => new Response('<html>oops</html>', { status: 200 })],
    ['an empty body', () => new Response('', { status: 200 })],
    ['cards not an array', () => json({ cards: {} })],
    ['a missing field', () => json({ cards: [{ id: 'x', brand: 'visa', last4: '4242' }] })],
    ['a wrong type', () => json({ cards: [{ ...card({ id: 'x' }), expiryMonth: '07' }] })],
    ['month 13', () => json({ cards: [{ ...card({ id: 'x' }), expiryMonth: 13 }] })],
    ['a two-digit year', () => json({ cards: [{ ...card({ id: 'x' }), expiryYear: 31 }] })],
    ['an unknown brand', () => json({ cards: [{ ...card({ id: 'x' }), brand: 'bitcoin' }] })],
    [
      'more than four digits of the PAN',
      () => json({ cards: [{ ...card({ id: 'x' }), last4: '4111111111111111' }] }),
    ],
    ['last4 with letters', () => json({ cards: [{ ...card({ id: 'x' }), last4: '42a2' }] })],
    ['an empty id', () => json({ cards: [card({ id: '' })] })],
    [
      'nickname not a string',
      () => json({ cards: [{ ...card({ id: 'x' }), nickname: { html: '<b>' } }] }),
    ],
    ['null', () => json('null')],
  ];
  test.each(bad)('a list answered with %s is invalid_response', async (_name, answer) => {
    const { client } = clientAnswering(answer);
    expect((await failure(client.listCards())).code).toBe('invalid_response');
  });

  test('an unknown lock reason, or one that is not a string, is invalid_response', async () => {
    for (const locked of ['subscribed', 'SUBSCRIPTION', '', 1, null, true]) {
      const { client } = clientAnswering(() => json({ cards: [{ ...card({ id: 'x' }), locked }] }));
      expect((await failure(client.listCards())).code, String(locked)).toBe('invalid_response');
    }
  });

  test('every lock reason of the contract comes through as `locked`', async () => {
    const reasons = ['subscription', 'pending_payment', 'last_card', 'other'] as const;
    const { client } = clientAnswering(() =>
      json({ cards: reasons.map((locked, i) => ({ ...card({ id: `c${i}` }), locked })) }),
    );
    expect((await client.listCards()).map((c) => c.locked)).toEqual([...reasons]);
  });

  test('fields the contract does not name are dropped', async () => {
    const { client } = clientAnswering(() =>
      json({ cards: [{ ...card({ id: 'x' }), cardNumber: '4111111111111111', token: 'secret' }] }),
    );
    const [first] = await client.listCards();
    expect(first).toEqual(card({ id: 'x' }));
    expect(JSON.stringify(first)).not.toContain('4111');
  });

  test('a delete confirmed for another id, or without deleted: true, is invalid_response', async () => {
    const other = clientAnswering(() => json({ deleted: true, id: 'other' }));
    expect((await failure(other.client.deleteCard('mine'))).code).toBe('invalid_response');
    const vague = clientAnswering(() => json({ ok: true }));
    expect((await failure(vague.client.deleteCard('mine'))).code).toBe('invalid_response');
    const refused = clientAnswering(() => json({ deleted: false, id: 'mine' }));
    expect((await failure(refused.client.deleteCard('mine'))).code).toBe('invalid_response');
  });
});

describe('createHttpWalletClient: error mapping (docs/http-contract.md)', () => {
  const codes: Array<[WalletErrorCode, number]> = [
    ['unauthenticated', 401],
    ['forbidden', 403],
    ['card_not_found', 404],
    ['card_in_use', 409],
    ['rate_limited', 429],
    ['invalid_request', 400],
    ['provider_error', 502],
  ];
  test.each(codes)(
    '%s under HTTP %i becomes that code, without the server text',
    async (code, status) => {
      const { client } = clientAnswering(() =>
        json(
          {
            error: {
              code,
              message: 'Juspay says: key abc123 invalid',
              // A 409 names its lock reason (docs/http-contract.md).
              ...(code === 'card_in_use' ? { reason: 'other' } : {}),
            },
          },
          status,
        ),
      );
      const error = await failure(client.deleteCard('x'));
      expect(error.name).toBe('WalletError');
      expect(error.code).toBe(code);
      expect(error.status).toBe(status);
      expect(error.message).not.toContain('abc123');
    },
  );

  // docs/http-contract.md: an unknown route under the base path is 404, a wrong method 405, both in the
  // `invalid_request` envelope; no other code may borrow those statuses.
  test.each([404, 405])('invalid_request under HTTP %i is invalid_request', async (status) => {
    const { client } = clientAnswering(() =>
      json({ error: { code: 'invalid_request', message: 'No such route.' } }, status),
    );
    const error = await failure(client.listCards());
    expect([error.code, error.status]).toEqual(['invalid_request', status]);
  });

  test.each([
    ['invalid_request', 409],
    ['invalid_request', 500],
    ['forbidden', 405],
    ['provider_error', 404],
  ] as const)('%s under HTTP %i is invalid_response', async (code, status) => {
    const { client } = clientAnswering(() => json({ error: { code, message: 'x' } }, status));
    expect((await failure(client.listCards())).code).toBe('invalid_response');
  });

  test('a 409 carries its lock reason on the WalletError', async () => {
    for (const reason of ['subscription', 'pending_payment', 'last_card', 'other'] as const) {
      const { client } = clientAnswering(() =>
        json({ error: { code: 'card_in_use', message: 'x', reason } }, 409),
      );
      const error = await failure(client.deleteCard('x'));
      expect(error.code).toBe('card_in_use');
      expect(error.reason).toBe(reason);
    }
  });

  test('a 409 with an unknown reason, or none, is invalid_response', async () => {
    for (const reason of ['subscribed', 42, null, undefined]) {
      const { client } = clientAnswering(() =>
        json({ error: { code: 'card_in_use', message: 'x', reason } }, 409),
      );
      const error = await failure(client.deleteCard('x'));
      expect(error.code, String(reason)).toBe('invalid_response');
      expect(error.reason).toBeUndefined();
    }
  });

  test('a reason on any other error is not passed on', async () => {
    const { client } = clientAnswering(() =>
      json({ error: { code: 'provider_error', message: 'x', reason: 'subscription' } }, 502),
    );
    const error = await failure(client.deleteCard('x'));
    expect(error.code).toBe('provider_error');
    expect(error.reason).toBeUndefined();
  });

  test('a known code under the wrong status is invalid_response', async () => {
    const { client } = clientAnswering(() =>
      json({ error: { code: 'card_in_use', message: 'x' } }, 500),
    );
    expect((await failure(client.deleteCard('x'))).code).toBe('invalid_response');
  });

  test('an unknown code, or a client-side code sent by the server, is invalid_response', async () => {
    for (const code of ['teapot', 'network_error', 'invalid_response']) {
      const { client } = clientAnswering(() => json({ error: { code, message: 'x' } }, 400));
      expect((await failure(client.listCards())).code).toBe('invalid_response');
    }
  });

  test('a proxy error page is invalid_response', async () => {
    const { client } = clientAnswering(
      () => new Response('<h1>502 Bad Gateway</h1>', { status: 502 }),
    );
    expect((await failure(client.listCards())).code).toBe('invalid_response');
  });

  test('429 carries Retry-After in milliseconds, as seconds or as a date', async () => {
    const seconds = clientAnswering(() =>
      json({ error: { code: 'rate_limited', message: 'x' } }, 429, { 'Retry-After': '12' }),
    );
    expect((await failure(seconds.client.deleteCard('x'))).retryAfterMs).toBe(12_000);
    const date = new Date(Date.now() + 30_000).toUTCString();
    const dated = clientAnswering(() =>
      json({ error: { code: 'rate_limited', message: 'x' } }, 429, { 'Retry-After': date }),
    );
    const ms = (await failure(dated.client.deleteCard('x'))).retryAfterMs ?? 0;
    expect(ms).toBeGreaterThan(25_000);
    expect(ms).toBeLessThanOrEqual(30_000);
  });

  test('a fetch that throws is network_error', async () => {
    const { client } = clientAnswering(() => {
      throw new TypeError('Failed to fetch');
    });
    expect((await failure(client.listCards())).code).toBe('network_error');
  });

  test('an abort is passed on as an abort, not dressed up as a network error', async () => {
    const controller = new AbortController();
    const { client } = clientAnswering(
      (sent) =>
        new Promise((_resolve, reject) => {
          sent.init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('Aborted', 'AbortError')),
          );
        }),
    );
    const pending = client.listCards({ signal: controller.signal });
    controller.abort();
    const error = await failure(pending);
    expect((error as unknown as DOMException).name).toBe('AbortError');
  });
});
