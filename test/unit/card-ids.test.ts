import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { SavedCard } from '../../src/core/types';
import { createHttpWalletClient, WalletError } from '../../src/index';
import { mayHoldCardNumber } from '../../src/server/guards/may-hold-card-number';
import { createWalletHandler, MAX_CARD_ID_LENGTH, memoryProvider } from '../../src/server/index';

// A card id travels client → URL → handler → provider. The client encodes it as one path
// segment; the handler accepts only [A-Za-z0-9._~:@+=-] (src/server/guards/card-id.ts): every such id
// must delete exactly its card, anything else must be a clean 400 that deletes nothing.

const ORIGIN = 'http://shop.test';
const BASE_PATH = '/api/wallet/cards/';

function visa(id: string): SavedCard {
  return { id, brand: 'visa', last4: '4242', expiryMonth: 7, expiryYear: 2031, expired: false };
}

/** The real handler as the client's fetch, same-origin, signed in by a session cookie. */
function wallet(aliceIds: string[]) {
  const provider = memoryProvider({
    alice: [visa('card_keep'), ...aliceIds.map(visa)],
    bob: [visa('card_bob')],
  });
  const handler = createWalletHandler({
    provider,
    getCustomerId: (req) =>
      /(?:^|;\s*)session=(\w+)/.exec(req.headers.get('Cookie') ?? '')?.[1] ?? null,
    rateLimit: false,
  });
  const sent: string[] = [];
  const client = createHttpWalletClient({
    fetch: async (input, init) => {
      sent.push(String(input));
      const headers = new Headers(init?.headers);
      headers.set('Origin', ORIGIN);
      headers.set('Sec-Fetch-Site', 'same-origin');
      headers.set('Cookie', 'session=alice');
      return handler(new Request(new URL(String(input), ORIGIN), { ...init, headers }));
    },
  });
  const ids = (customer = 'alice') => provider.peek(customer).map((card) => card.id);
  return { client, sent, ids };
}

/** The client sent the id as exactly one encoded path segment, nothing in query or fragment. */
function expectOneSegment(url: string, id: string) {
  expect(url.startsWith(BASE_PATH)).toBe(true);
  const segment = url.slice(BASE_PATH.length);
  expect(segment).not.toMatch(/[/?#\s]/);
  expect(decodeURIComponent(segment)).toBe(id);
}

async function refusal(promise: Promise<unknown>): Promise<WalletError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(WalletError);
  return error as WalletError;
}

const ALLOWED = [
  'card_1',
  'A',
  'a.b~c:d@e+f=g-h_i',
  '+',
  '@user:host',
  'tok==',
  '..x',
  'x..',
  '-',
  'x'.repeat(MAX_CARD_ID_LENGTH),
];

const REFUSED = [
  'a/b',
  '../card_keep',
  '/card_keep',
  'card_keep/',
  '100%',
  'a%2Fb',
  '%',
  'a?b=c',
  '?',
  'a#b',
  '#card_keep',
  'a b',
  ' ',
  'card_keep ',
  '\u0915\u093E\u0930\u094D\u0921_\u0967',
  '\u{1F4B3}',
  'card\u200D',
  'card\n',
  'a\\b',
  'a;b',
  'a&b',
  '.',
  '..',
  '...',
  'x'.repeat(MAX_CARD_ID_LENGTH + 1),
];

describe('card ids through createHttpWalletClient and createWalletHandler', () => {
  test.each(ALLOWED)('%j round-trips and deletes exactly that card', async (id) => {
    const { client, sent, ids } = wallet([id, `${id}x`]);
    await client.deleteCard(id);
    expect(sent).toHaveLength(1);
    expectOneSegment(sent[0] as string, id);
    expect(ids()).toEqual(['card_keep', `${id}x`]);
    expect(ids('bob')).toEqual(['card_bob']);
  });

  test.each(REFUSED)('%j is refused with invalid_request and deletes nothing', async (id) => {
    const { client, sent, ids } = wallet([id]);
    const error = await refusal(client.deleteCard(id));
    // `..` is a dot segment to every URL parser: the DELETE lands on `{base}/`, no route,
    // which docs/http-contract.md answers 404 in the `invalid_request` envelope.
    expect([error.code, error.status]).toEqual(['invalid_request', id === '..' ? 404 : 400]);
    // `.` and `..` are dot segments to every URL parser; the handler refuses them anyway.
    if (!/^\.{1,2}$/.test(id)) expectOneSegment(sent[0] as string, id);
    expect(ids()).toEqual(['card_keep', id]);
    expect(ids('bob')).toEqual(['card_bob']);
  });

  // encodeURIComponent throws a URIError on a lone surrogate; the client must refuse it typed.
  test('a lone surrogate is refused as a WalletError, before any request', async () => {
    const { client, sent, ids } = wallet(['a\uD800']);
    const error = await refusal(client.deleteCard('a\uD800'));
    expect(error.code).toBe('invalid_request');
    expect(sent).toHaveLength(0);
    expect(ids()).toEqual(['card_keep', 'a\uD800']);
  });

  test("another customer's valid id is card_not_found and stays", async () => {
    const { client, ids } = wallet([]);
    const error = await refusal(client.deleteCard('card_bob'));
    expect(error.code).toBe('card_not_found');
    expect(ids('bob')).toEqual(['card_bob']);
    expect(ids()).toEqual(['card_keep']);
  });

  test('property: any id in the allowed alphabet deletes exactly itself', async () => {
    const char = fc.constantFrom(...'ABCXYZabcxyz0189._~:@+=-'.split(''));
    // An id that may hold a card number is refused on purpose (card-number-rule.test.ts).
    const id = fc
      .string({ unit: char, minLength: 1, maxLength: MAX_CARD_ID_LENGTH })
      .filter(
        (value) => !/^\.+$/.test(value) && value !== 'card_keep' && !mayHoldCardNumber(value),
      );
    await fc.assert(
      fc.asyncProperty(id, async (value) => {
        const { client, sent, ids } = wallet([value]);
        await client.deleteCard(value);
        expectOneSegment(sent[0] as string, value);
        expect(ids()).toEqual(['card_keep']);
      }),
      { numRuns: 200 },
    );
    // 200 real handler round trips: room for a busy shared CI machine.
  }, 20_000);

  test('property: any id with a character outside it deletes nothing', async () => {
    const id = fc
      .tuple(
        fc.string({ unit: 'grapheme', maxLength: 8 }),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }),
      )
      .map(([a, b]) => a + b)
      .filter((value) => /[^A-Za-z0-9._~:@+=-]/.test(value));
    await fc.assert(
      fc.asyncProperty(id, async (value) => {
        const { client, ids } = wallet([value]);
        const error = await refusal(client.deleteCard(value));
        expect(error.code).toBe('invalid_request');
        expect(ids()).toEqual(['card_keep', value]);
      }),
      { numRuns: 200 },
    );
    // 200 real handler round trips: room for a busy shared CI machine.
  }, 20_000);
});
