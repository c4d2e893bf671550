import type { FakeReply, FakeServer, RecordedRequest } from './fake-server';
import { header, startFakeServer } from './fake-server';

/** A card as the vault stores it: the contract's brand names, the customer it belongs to. */
export interface VaultCard {
  id: string;
  last4: string;
  brand: string;
  exp_month: number;
  exp_year: number;
  nickname?: string;
}

/** A small card vault on loopback: the provider behind the conformance kit's broken adapters. */
export interface VaultFake extends FakeServer {
  merchantId: string;
  secret: string;
  /** The ids a customer holds now. */
  cardIds(customerId: string): string[];
}

/** The vault's words when it refuses a key: provider text that must stay on the server. */
export const VAULT_AUTH_MESSAGE = 'Vault says: key rejected for this merchant';

const error = (status: number, code: string, message: string): FakeReply => ({
  status,
  body: { error: { code, message } },
});

/**
 * Basic auth as `merchantId:secret`. `GET /customers/:id/cards` lists a customer's cards;
 * `GET /cards?last4=` searches every customer's (in the order they were seeded);
 * `DELETE /cards/:id` names no customer, as Stripe's detach does; a card it does not hold is
 * a JSON 404 `card_not_found`.
 */
export async function startVaultFake(cards: Record<string, VaultCard[]>): Promise<VaultFake> {
  const merchantId = 'shop_1';
  // Signs that URL encoding changes, so an encoded key differs from the key itself.
  const secret = 'vk_test/9f2c+41d7=e8';
  const store = new Map(
    Object.entries(cards).map(([id, list]) => [id, list.map((c) => ({ ...c }))]),
  );
  const owned = () =>
    [...store].flatMap(([customer, list]) => list.map((card) => ({ ...card, customer })));

  function route(req: RecordedRequest): FakeReply | null {
    const listPath = /^\/customers\/([^/]+)\/cards$/.exec(req.path);
    const cardPath = /^\/cards\/([^/]+)$/.exec(req.path);
    const search = req.path === '/cards' && req.method === 'GET';
    if (!(listPath && req.method === 'GET') && !(cardPath && req.method === 'DELETE') && !search) {
      return null;
    }
    const expected = `Basic ${Buffer.from(`${merchantId}:${secret}`).toString('base64')}`;
    if (header(req, 'authorization') !== expected) {
      return error(401, 'unauthorized', VAULT_AUTH_MESSAGE);
    }
    if (listPath) {
      return {
        status: 200,
        body: { cards: store.get(decodeURIComponent(listPath[1] ?? '')) ?? [] },
      };
    }
    if (search) {
      const last4 = req.query.get('last4');
      return { status: 200, body: { cards: owned().filter((card) => card.last4 === last4) } };
    }
    const id = decodeURIComponent(cardPath?.[1] ?? '');
    for (const list of store.values()) {
      const at = list.findIndex((card) => card.id === id);
      if (at < 0) continue;
      list.splice(at, 1);
      return { status: 200, body: { id, deleted: true } };
    }
    return error(404, 'card_not_found', 'No such card');
  }

  const server = await startFakeServer({
    route,
    unauthorized: () => error(401, 'unauthorized', VAULT_AUTH_MESSAGE),
    serverError: () => error(503, 'unavailable', 'Vault says: try again later'),
    errorEnvelope: () => error(500, 'internal', 'Vault says: internal error').body,
    notFound: () => error(404, 'card_not_found', 'No such card'),
  });
  return {
    ...server,
    merchantId,
    secret,
    cardIds: (customerId) => (store.get(customerId) ?? []).map((card) => card.id),
  };
}
