import type { FakeReply, FakeServer, RecordedRequest } from './fake-server';
import { header, startFakeServer } from './fake-server';

/** A saved card as Eximpe lists it, minus `identifier` (the fake adds its owner's). */
export type EximpeRawCard = Record<string, unknown> & { card_token: string };

/** Options for {@link startEximpeFake}. */
export interface EximpeFakeOptions {
  clientId?: string;
  clientSecret?: string;
  /** Cards per identifier (customer id). */
  cards?: Record<string, EximpeRawCard[]>;
}

/** A loopback Eximpe that follows eximpe.md strictly. */
export interface EximpeFake extends FakeServer {
  clientId: string;
  clientSecret: string;
  /** The identifier's card tokens now. */
  tokens(identifier: string): string[];
  /** Removes a card behind the adapter's back (deleted elsewhere). */
  remove(identifier: string, token: string): void;
}

/** The provider's own words on a bad secret, to prove they never reach a shopper. */
export const EXIMPE_AUTH_MESSAGE = 'Eximpe says: client secret ex_fake_rejected is invalid';

const DELETE_PATH = '/pg/tokens/delete/';

export async function startEximpeFake(options: EximpeFakeOptions = {}): Promise<EximpeFake> {
  const clientId = options.clientId ?? 'client_1';
  const clientSecret = options.clientSecret ?? 'ex_test_secret_456';
  const store = new Map<string, EximpeRawCard[]>();
  for (const [identifier, cards] of Object.entries(options.cards ?? {})) {
    store.set(
      identifier,
      cards.map((raw) => ({ ...raw })),
    );
  }
  // The envelope of eximpe.md "Errors".
  const error = (
    status: number,
    code: string,
    message: string,
    details?: Record<string, string>,
  ): FakeReply => ({
    status,
    body: { success: false, error: { code, message, ...(details ? { details } : {}) } },
  });
  const unauthorized = () => error(401, 'ERR_AUTH_000', EXIMPE_AUTH_MESSAGE);

  function route(req: RecordedRequest): FakeReply | null {
    const list = req.method === 'GET' && req.path === '/pg/tokens/';
    // Public client code has sent DELETE to the same path [C]: both methods are accepted.
    const remove = (req.method === 'POST' || req.method === 'DELETE') && req.path === DELETE_PATH;
    // Not Eximpe's envelope: a real deployment's web server answers unknown paths itself.
    if (!list && !remove) return null;
    if (
      header(req, 'x-client-id') !== clientId ||
      header(req, 'x-client-secret') !== clientSecret
    ) {
      return unauthorized();
    }
    if (list) {
      const identifier = req.query.get('identifier') ?? '';
      if (identifier === '') {
        return error(400, 'ERR_VALIDATION', 'Invalid parameters', { identifier: 'required' });
      }
      const cards = store.get(identifier) ?? [];
      // An identifier without cards is a 404, not an empty list (eximpe.md "List saved cards").
      if (cards.length === 0) return error(404, 'ERR_TOKEN_404', 'No cards found');
      const data = cards.map((card) => ({ ...card, identifier }));
      return {
        status: 200,
        body: { success: true, message: 'Card details fetched successfully', data },
      };
    }
    return deleteCard(req);
  }

  function deleteCard(req: RecordedRequest): FakeReply {
    if (!header(req, 'content-type').startsWith('application/json')) {
      return error(400, 'ERR_VALIDATION', 'Content-Type must be application/json');
    }
    let body: Record<string, unknown> = {};
    try {
      const parsed: unknown = JSON.parse(req.body);
      if (typeof parsed === 'object' && parsed !== null) body = parsed as Record<string, unknown>;
    } catch {
      return error(400, 'ERR_VALIDATION', 'Malformed JSON');
    }
    const { card_token: token, identifier } = body;
    const missing: Record<string, string> = {};
    if (typeof token !== 'string' || token === '') missing.card_token = 'required';
    if (typeof identifier !== 'string' || identifier === '') missing.identifier = 'required';
    if (Object.keys(missing).length > 0) {
      return error(400, 'ERR_VALIDATION', 'Invalid parameters', missing);
    }
    const owned = store.get(identifier as string) ?? [];
    const index = owned.findIndex((card) => card.card_token === token);
    if (index < 0) {
      // "Dual verification": a token that exists but belongs to another identifier.
      const elsewhere = [...store.values()].some((cards) =>
        cards.some((card) => card.card_token === token),
      );
      return elsewhere
        ? error(404, 'ERR_TOKEN_ACCESS', 'Card token does not belong to the specified identifier')
        : error(404, 'ERR_TOKEN_404', 'Card token not found');
    }
    owned.splice(index, 1);
    return {
      status: 200,
      body: { success: true, message: 'Card details deleted successfully', data: {} },
    };
  }

  const server = await startFakeServer({
    route,
    unauthorized,
    errorEnvelope: () => error(500, 'ERR_INTERNAL', 'Internal error').body,
    notFound: () => error(404, 'ERR_TOKEN_404', 'Card token not found'),
  });
  return {
    ...server,
    clientId,
    clientSecret,
    tokens: (identifier) => (store.get(identifier) ?? []).map((card) => card.card_token),
    remove(identifier, token) {
      const cards = store.get(identifier) ?? [];
      store.set(
        identifier,
        cards.filter((card) => card.card_token !== token),
      );
    },
  };
}
