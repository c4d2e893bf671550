import {
  CARD_BRANDS,
  type SavedCard,
  type WalletClient,
  WalletError,
  type WalletErrorCode,
  type WalletRequestOptions,
} from '../../src/index';

/** Options of the GraphQL recipe client. */
export interface GraphqlWalletClientOptions {
  /** Default `/graphql` on the page's origin. */
  endpoint?: string;
  fetch?: typeof globalThis.fetch;
}

const LIST = `query SavedCards {
  savedCards { id brand last4 expiryMonth expiryYear expired holderName nickname issuer isDefault }
}`;
const DELETE = `mutation DeleteSavedCard($id: ID!) { deleteSavedCard(id: $id) { id } }`;

// The server's `extensions.code` → the kit's codes (docs/http-contract.md); anything else is a server fault.
const CODES: Readonly<Record<string, WalletErrorCode>> = {
  UNAUTHENTICATED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
  NOT_FOUND: 'card_not_found',
  CARD_IN_USE: 'card_in_use',
  RATE_LIMITED: 'rate_limited',
  BAD_USER_INPUT: 'invalid_request',
  PROVIDER_ERROR: 'provider_error',
};

interface GraphqlError {
  message?: string;
  extensions?: { code?: string; retryAfterSeconds?: number };
}

/**
 * A `WalletClient` over a GraphQL API instead of the kit's REST contract: the hooks and
 * components neither know nor care. It must throw `WalletError`s and validate what it returns.
 */
export function createGraphqlWalletClient(options: GraphqlWalletClientOptions = {}): WalletClient {
  const endpoint = options.endpoint ?? '/graphql';
  const request = async (
    query: string,
    variables: Record<string, unknown>,
    opts: WalletRequestOptions = {},
  ): Promise<Record<string, unknown>> => {
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ query, variables }),
        signal: opts.signal,
      });
    } catch (cause) {
      if (opts.signal?.aborted) throw cause;
      throw new WalletError('network_error', 'GraphQL request failed', { cause });
    }
    const body: unknown = await response.json().catch(() => null);
    if (!body || typeof body !== 'object') throw new WalletError('invalid_response');
    const { data, errors } = body as { data?: Record<string, unknown>; errors?: GraphqlError[] };
    const first = errors?.[0];
    if (first) {
      const code = CODES[first.extensions?.code ?? ''] ?? 'invalid_response';
      const seconds = first.extensions?.retryAfterSeconds;
      // The server's message stays out of the UI: it is only the error's `message`.
      throw new WalletError(code, first.message ?? code, {
        retryAfterMs: seconds === undefined ? undefined : seconds * 1000,
      });
    }
    if (!data || typeof data !== 'object') throw new WalletError('invalid_response');
    return data;
  };

  return {
    async listCards(opts) {
      const { savedCards } = await request(LIST, {}, opts);
      if (!Array.isArray(savedCards) || !savedCards.every(isSavedCard)) {
        throw new WalletError('invalid_response', 'savedCards is not SavedCard[]');
      }
      return savedCards;
    },
    async deleteCard(id, opts) {
      await request(DELETE, { id }, opts);
    },
  };
}

/** docs/http-contract.md §1, checked field by field: GraphQL `null`s become absent optional fields. */
function isSavedCard(value: unknown): value is SavedCard {
  if (!value || typeof value !== 'object') return false;
  const card = value as Record<string, unknown>;
  for (const key of ['holderName', 'nickname', 'issuer', 'isDefault']) {
    if (card[key] === null) delete card[key];
  }
  const optionalText = (v: unknown) => v === undefined || typeof v === 'string';
  return (
    typeof card.id === 'string' &&
    card.id.length > 0 &&
    (CARD_BRANDS as readonly unknown[]).includes(card.brand) &&
    typeof card.last4 === 'string' &&
    /^\d{4}$/.test(card.last4) &&
    Number.isInteger(card.expiryMonth) &&
    (card.expiryMonth as number) >= 1 &&
    (card.expiryMonth as number) <= 12 &&
    Number.isInteger(card.expiryYear) &&
    (card.expiryYear as number) >= 1000 &&
    typeof card.expired === 'boolean' &&
    optionalText(card.holderName) &&
    optionalText(card.nickname) &&
    optionalText(card.issuer) &&
    (card.isDefault === undefined || typeof card.isDefault === 'boolean')
  );
}
