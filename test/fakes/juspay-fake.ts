import { randomUUID } from 'node:crypto';
import type { FakeReply, FakeServer, RecordedRequest } from './fake-server';
import { header, startFakeServer } from './fake-server';

/** A stored card as Juspay lists it, minus `card_token` (the fake issues a fresh one per list). */
export type JuspayRawCard = Record<string, unknown> & { card_reference: string };

/** Options for {@link startJuspayFake}. */
export interface JuspayFakeOptions {
  apiKey?: string;
  merchantId?: string;
  /** Cards per customer id. */
  cards?: Record<string, JuspayRawCard[]>;
}

/** A loopback Juspay that follows juspay.md strictly. */
export interface JuspayFake extends FakeServer {
  apiKey: string;
  merchantId: string;
  /** Every card_token ever issued, to scan responses and logs for leaks. */
  issuedTokens: string[];
  /** The customer's card references now. */
  references(customerId: string): string[];
  /** The card's current token ('' when it has none). */
  tokenOf(customerId: string, reference: string): string;
  /** Removes a card behind the adapter's back (deleted elsewhere). */
  remove(customerId: string, reference: string): void;
  /** Issues new tokens to the customer's cards, as a list by someone else would. */
  rotate(customerId: string): void;
}

/** Juspay's error body shape (juspay.md "Errors"); the message is the provider's own words. */
export const JUSPAY_AUTH_MESSAGE = 'Juspay says: API key jp_fake_rejected is invalid';

interface Stored {
  raw: JuspayRawCard;
  token: string;
}

export async function startJuspayFake(options: JuspayFakeOptions = {}): Promise<JuspayFake> {
  const apiKey = options.apiKey ?? 'jp_test_secret_key_123';
  const merchantId = options.merchantId ?? 'merchant_1';
  const issuedTokens: string[] = [];
  const store = new Map<string, Stored[]>();
  const issue = () => {
    const token = `jtok_${randomUUID()}`;
    issuedTokens.push(token);
    return token;
  };
  for (const [customerId, cards] of Object.entries(options.cards ?? {})) {
    store.set(
      customerId,
      cards.map((raw) => ({ raw: { ...raw }, token: issue() })),
    );
  }
  const rotate = (customerId: string) => {
    for (const card of store.get(customerId) ?? []) card.token = issue();
  };
  const error = (status: number, code: string, message: string): FakeReply => ({
    status,
    body: { status: 'error', error_code: code, error_message: message },
  });

  function route(req: RecordedRequest): FakeReply | null {
    const list = req.method === 'GET' && req.path === '/cards';
    // The page's endpoint has a trailing slash, its curl example none (juspay.md).
    const remove =
      req.method === 'POST' && (req.path === '/card/delete' || req.path === '/card/delete/');
    // The web server answers unknown paths with its own page, not Juspay's error body.
    if (!list && !remove) return null;
    // HTTP Basic, key as username, empty password (juspay.md "Connection").
    const expected = `Basic ${Buffer.from(`${apiKey}:`).toString('base64')}`;
    if (header(req, 'authorization') !== expected)
      return error(401, 'access_denied', JUSPAY_AUTH_MESSAGE);
    // Both spellings are accepted: Juspay's own tooling sent `x-merchant-id` [C].
    const merchant = header(req, 'x-merchantid') || header(req, 'x-merchant-id');
    if (merchant === '') return error(400, 'invalid_request', 'Missing x-merchantid header');
    if (merchant !== merchantId) return error(401, 'access_denied', 'Merchant mismatch');
    const routingId = header(req, 'x-routing-id');
    if (routingId === '') return error(400, 'invalid_request', 'Missing x-routing-id header');

    if (list) {
      const customerId = req.query.get('customer_id') ?? '';
      if (customerId === '') return error(400, 'invalid_request', 'Invalid Input data');
      if (routingId !== customerId) return error(400, 'invalid_request', 'Routing id mismatch');
      // Tokens are short-lived ("do not cache"): every list hands out new ones.
      rotate(customerId);
      const cards = (store.get(customerId) ?? []).map((c) => ({ ...c.raw, card_token: c.token }));
      return { status: 200, body: { customer_id: customerId, merchantId, cards } };
    }
    return deleteCard(req);
  }

  function deleteCard(req: RecordedRequest): FakeReply {
    if (!header(req, 'content-type').startsWith('application/x-www-form-urlencoded')) {
      return error(400, 'invalid_request', 'Invalid Input data');
    }
    const token = new URLSearchParams(req.body).get('card_token') ?? '';
    if (token === '') return error(400, 'invalid_request', 'Invalid Input data');
    // The delete names no customer: whoever holds the token deletes the card.
    for (const cards of store.values()) {
      const index = cards.findIndex((c) => c.token === token);
      const found = cards[index];
      if (found === undefined) continue;
      cards.splice(index, 1);
      return {
        status: 200,
        body: { card_token: token, card_reference: found.raw.card_reference, deleted: true },
      };
    }
    return error(400, 'invalid_card_token', 'invalid card token');
  }

  const server = await startFakeServer({
    route,
    unauthorized: () => error(401, 'access_denied', JUSPAY_AUTH_MESSAGE),
    errorEnvelope: () => error(500, 'internal_error', 'Internal error').body,
    notFound: () => error(400, 'invalid_card_token', 'invalid card token'),
  });
  return {
    ...server,
    apiKey,
    merchantId,
    issuedTokens,
    tokenOf: (customerId, reference) =>
      store.get(customerId)?.find((c) => c.raw.card_reference === reference)?.token ?? '',
    references: (customerId) => (store.get(customerId) ?? []).map((c) => c.raw.card_reference),
    remove(customerId, reference) {
      const cards = store.get(customerId) ?? [];
      store.set(
        customerId,
        cards.filter((c) => c.raw.card_reference !== reference),
      );
    },
    rotate,
  };
}
