import type { FakeReply, FakeServer, RecordedRequest } from './fake-server';
import { header, startFakeServer } from './fake-server';

/** A stored payment method as Adyen lists it (Checkout API, `storedPaymentMethods[]`). */
export type AdyenRawMethod = Record<string, unknown> & { id: string };

/** Options for {@link startAdyenFake}. */
export interface AdyenFakeOptions {
  apiKey?: string;
  merchantAccount?: string;
  /** Stored methods per shopperReference. */
  shoppers?: Record<string, AdyenRawMethod[]>;
}

/** A loopback Adyen Checkout API (v71/v72) for stored payment methods. */
export interface AdyenFake extends FakeServer {
  apiKey: string;
  merchantAccount: string;
  /** The shopper's stored method ids now. */
  storedIds(shopperReference: string): string[];
  /** Removes a stored method behind the adapter's back (deleted elsewhere). */
  remove(shopperReference: string, id: string): void;
  /** Starts over with these shoppers. */
  reset(shoppers: Record<string, AdyenRawMethod[]>): void;
}

/** Adyen's words on a bad key, to prove they never reach a shopper. */
export const ADYEN_AUTH_MESSAGE = 'HTTP Status Response - Unauthorized (Adyen says: key ak_fake)';

// Adyen's error object (API Explorer "Errors"): status, errorCode, message, errorType.
const adyenError = (status: number, errorCode: string, message: string, errorType: string) => ({
  status,
  body: { status, errorCode, message, errorType, pspReference: 'K7Q4XRXL2WZ9VH82' },
});

export async function startAdyenFake(options: AdyenFakeOptions = {}): Promise<AdyenFake> {
  const apiKey = options.apiKey ?? 'AQE_fake_adyen_key_9012';
  const merchantAccount = options.merchantAccount ?? 'ShopECOM';
  let shoppers = new Map<string, AdyenRawMethod[]>();
  const load = (seed: Record<string, AdyenRawMethod[]>) => {
    shoppers = new Map(
      Object.entries(seed).map(([ref, methods]) => [ref, methods.map((m) => ({ ...m }))]),
    );
  };
  load(options.shoppers ?? {});
  const unauthorized = () => adyenError(401, '000', ADYEN_AUTH_MESSAGE, 'security');
  // The legacy Recurring API's answer for a token it does not hold (adyen.md "Errors").
  const notFound = () => adyenError(422, '803', 'PaymentDetail not found', 'validation');

  function params(req: RecordedRequest): FakeReply | { shopperReference: string } {
    const merchant = req.query.get('merchantAccount') ?? '';
    const shopperReference = req.query.get('shopperReference') ?? '';
    if (merchant === '') {
      return adyenError(
        422,
        '14_030',
        "Required field 'merchantAccount' is not provided.",
        'validation',
      );
    }
    if (merchant !== merchantAccount)
      return adyenError(403, '901', 'Invalid Merchant Account', 'security');
    // "≥3 chars, no PII" (Checkout API, shopperReference).
    if (shopperReference.length < 3) {
      return adyenError(
        422,
        '14_030',
        "Required field 'shopperReference' is not provided.",
        'validation',
      );
    }
    return { shopperReference };
  }

  function route(req: RecordedRequest): FakeReply | null {
    if (header(req, 'x-api-key') !== apiKey) return unauthorized();
    const match = /^\/v(71|72)\/storedPaymentMethods(?:\/([^/]+))?$/.exec(req.path);
    // A path Adyen does not serve gets the web server's page, not Adyen's error object.
    if (match === null) return null;
    const checked = params(req);
    if ('status' in checked) return checked;
    const { shopperReference } = checked;
    const id = match[2] === undefined ? undefined : decodeURIComponent(match[2]);
    if (req.method === 'GET' && id === undefined) {
      const methods = shoppers.get(shopperReference) ?? [];
      // No stored methods: the field is left out, not an empty array (adyen.md "List").
      const body: Record<string, unknown> = { merchantAccount, shopperReference };
      if (methods.length > 0) body.storedPaymentMethods = methods.map((m) => ({ ...m }));
      return { status: 200, body };
    }
    if (req.method === 'DELETE' && id !== undefined) {
      // Whether Adyen checks the token is this shopper's is unconfirmed; the fake does not,
      // so only the handler's ownership list stands between a shopper and another's card.
      for (const methods of shoppers.values()) {
        const index = methods.findIndex((m) => m.id === id);
        if (index < 0) continue;
        methods.splice(index, 1);
        return { status: 204, body: null };
      }
      return notFound();
    }
    return adyenError(405, '000', 'Method Not Allowed', 'validation');
  }

  const server = await startFakeServer({
    route,
    unauthorized,
    notFound,
    serverError: () => adyenError(500, '905', 'Adyen says: configuration problem', 'configuration'),
    errorEnvelope: () => adyenError(500, '905', 'Adyen says: try again', 'configuration').body,
  });
  return {
    ...server,
    apiKey,
    merchantAccount,
    storedIds: (ref) => (shoppers.get(ref) ?? []).map((m) => m.id),
    remove(ref, id) {
      shoppers.set(
        ref,
        (shoppers.get(ref) ?? []).filter((m) => m.id !== id),
      );
    },
    reset: load,
  };
}
