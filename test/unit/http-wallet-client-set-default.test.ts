import { describe, expect, test } from 'vitest';
import { createHttpWalletClient } from '../../src/index';
import { card } from '../helpers/cards';
import { failure } from '../helpers/failure';

// setDefaultCard and the DELETE's defaultCardId over the kit's HTTP contract
// (docs/http-contract.md: PUT {base}/cards/{id}/default, "Removing the default card").

interface Sent {
  url: string;
  init: RequestInit | undefined;
}

function clientAnswering(answer: () => Response) {
  const sent: Sent[] = [];
  const client = createHttpWalletClient({
    fetch: async (input, init) => {
      sent.push({ url: String(input), init });
      return answer();
    },
  });
  return { client, sent };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('createHttpWalletClient: setDefaultCard', () => {
  test('PUTs {base}/cards/{id}/default with the CSRF header and answers the list', async () => {
    const cards = [card({ id: 'a/b', isDefault: true }), card({ id: 'c2', last4: '4444' })];
    const { client, sent } = clientAnswering(() => json({ cards }));
    expect(await client.setDefaultCard?.('a/b')).toEqual(cards);
    expect(sent[0]?.url).toBe('/api/wallet/cards/a%2Fb/default');
    expect(sent[0]?.init?.method).toBe('PUT');
    expect(sent[0]?.init?.credentials).toBe('same-origin');
    expect(new Headers(sent[0]?.init?.headers).get('X-Wallet-Client')).toBe('1');
  });

  test('409 card_expired is a typed error; 502 provider_error; a list outside the contract is invalid_response', async () => {
    const expired = clientAnswering(() =>
      json({ error: { code: 'card_expired', message: 'x' } }, 409),
    );
    const error = await failure(expired.client.setDefaultCard?.('old') ?? Promise.resolve());
    expect(error.code).toBe('card_expired');
    expect(error.status).toBe(409);
    const provider = clientAnswering(() =>
      json({ error: { code: 'provider_error', message: 'x' } }, 502),
    );
    expect((await failure(provider.client.setDefaultCard?.('c1') ?? Promise.resolve())).code).toBe(
      'provider_error',
    );
    const bad = clientAnswering(() => json({ cards: [{ id: 'c1' }] }));
    expect((await failure(bad.client.setDefaultCard?.('c1') ?? Promise.resolve())).code).toBe(
      'invalid_response',
    );
  });
});

describe('createHttpWalletClient: deleteCard names the next default', () => {
  test('a DELETE of the default card answers defaultCardId (a card, or null)', async () => {
    const next = clientAnswering(() => json({ deleted: true, id: 'c1', defaultCardId: 'c2' }));
    expect(await next.client.deleteCard('c1')).toEqual({ defaultCardId: 'c2' });
    const none = clientAnswering(() => json({ deleted: true, id: 'c1', defaultCardId: null }));
    expect(await none.client.deleteCard('c1')).toEqual({ defaultCardId: null });
    const plain = clientAnswering(() => json({ deleted: true, id: 'c1' }));
    expect(await plain.client.deleteCard('c1')).toEqual({});
    const bad = clientAnswering(() => json({ deleted: true, id: 'c1', defaultCardId: 7 }));
    expect((await failure(bad.client.deleteCard('c1'))).code).toBe('invalid_response');
  });
});
