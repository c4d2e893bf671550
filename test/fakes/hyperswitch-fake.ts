import { randomUUID } from 'node:crypto';
import type { FakeReply, FakeServer, RecordedRequest } from './fake-server';
import { header, startFakeServer } from './fake-server';

/** A saved method as Hyperswitch lists it, minus `customer_id` and the per-list `payment_token`. */
export type HyperswitchRawMethod = Record<string, unknown> & { payment_method_id: string };

/** Options for {@link startHyperswitchFake}. */
export interface HyperswitchFakeOptions {
  apiKey?: string;
  /** Saved methods per customer id; a customer listed with none exists but has no cards. */
  customers?: Record<string, HyperswitchRawMethod[]>;
}

/** A loopback Hyperswitch router (v1 API) for the customer payment method calls. */
export interface HyperswitchFake extends FakeServer {
  apiKey: string;
  /** Every `payment_token` handed out, to scan responses and logs for them. */
  issuedTokens: string[];
  /** The customer's payment_method_ids now. */
  methodIds(customerId: string): string[];
  /** Deletes a method behind the adapter's back (removed elsewhere). */
  remove(customerId: string, id: string): void;
  /** The customer's default `payment_method_id` now, or null. */
  defaultOf(customerId: string): string | null;
  /** Starts over with these customers. */
  reset(customers: Record<string, HyperswitchRawMethod[]>): void;
}

/** Hyperswitch's words on a bad key, to prove they never reach a shopper. */
export const HYPERSWITCH_AUTH_MESSAGE = 'API key not provided or invalid API key used (hs says)';

// The router's error object (hyperswitch.md "Errors"): `{ error: { type, message, code } }`.
const hsError = (status: number, code: string, message: string): FakeReply => ({
  status,
  body: { error: { type: 'invalid_request', message, code } },
});

export async function startHyperswitchFake(
  options: HyperswitchFakeOptions = {},
): Promise<HyperswitchFake> {
  const apiKey = options.apiKey ?? 'snd_fake_hyperswitch_key_3456';
  const issuedTokens: string[] = [];
  let customers = new Map<string, HyperswitchRawMethod[]>();
  // The customer's `default_payment_method_id`, as the router keeps it on the customer row.
  let defaults = new Map<string, string>();
  const load = (seed: Record<string, HyperswitchRawMethod[]>) => {
    customers = new Map(
      Object.entries(seed).map(([id, methods]) => [id, methods.map((m) => ({ ...m }))]),
    );
    defaults = new Map();
    for (const [id, methods] of customers) {
      const chosen = methods.find((m) => m.default_payment_method_set === true);
      if (chosen !== undefined) defaults.set(id, chosen.payment_method_id);
    }
  };
  load(options.customers ?? {});
  const unauthorized = () => hsError(401, 'IR_01', HYPERSWITCH_AUTH_MESSAGE);
  const noMethod = () => hsError(404, 'HE_02', 'Payment method does not exist in our records');

  function route(req: RecordedRequest): FakeReply | null {
    // The router reads exactly this header (hyperswitch.md "Connection").
    if (header(req, 'api-key') !== apiKey) return unauthorized();
    const list = /^\/customers\/([^/]+)\/payment_methods$/.exec(req.path);
    if (req.method === 'GET' && list) {
      const customerId = decodeURIComponent(list[1] ?? '');
      const methods = customers.get(customerId);
      if (methods === undefined) {
        return hsError(404, 'HE_02', 'Customer does not exist in our records');
      }
      // A fresh, short-lived payment_token on every list (hyperswitch.md): never to be kept.
      const listed = methods.map((m) => {
        const token = `token_${randomUUID().replace(/-/g, '')}`;
        issuedTokens.push(token);
        return {
          payment_token: token,
          customer_id: customerId,
          payment_method: 'card',
          payment_method_type: 'credit',
          requires_cvv: true,
          created: '2024-02-24T11:04:09.922Z',
          billing: null,
          ...m,
          default_payment_method_set: defaults.get(customerId) === m.payment_method_id,
        };
      });
      return { status: 200, body: { customer_payment_methods: listed, is_guest_customer: null } };
    }
    const setDefault = /^\/customers\/([^/]+)\/payment_methods\/([^/]+)\/default$/.exec(req.path);
    if (req.method === 'POST' && setDefault) {
      return makeDefault(
        decodeURIComponent(setDefault[1] ?? ''),
        decodeURIComponent(setDefault[2] ?? ''),
      );
    }
    const remove = /^\/payment_methods\/([^/]+)$/.exec(req.path);
    if (req.method === 'DELETE' && remove) {
      const id = decodeURIComponent(remove[1] ?? '');
      // No customer in the call and no ownership check: the merchant's key deletes any id.
      for (const methods of customers.values()) {
        const index = methods.findIndex((m) => m.payment_method_id === id);
        if (index < 0) continue;
        methods.splice(index, 1);
        // The router clears the customer's default when it pointed here (hyperswitch.md).
        for (const [customerId, chosen] of defaults) {
          if (chosen === id) defaults.delete(customerId);
        }
        return { status: 200, body: { payment_method_id: id, deleted: true } };
      }
      return noMethod();
    }
    // A path the router does not serve: the web server's page, not Hyperswitch's error object.
    return null;
  }

  // `POST /customers/{customer_id}/payment_methods/{payment_method_id}/default`, as the router's
  // `set_default_payment_method` answers it (hyperswitch.md "Set the default").
  function makeDefault(customerId: string, methodId: string): FakeReply {
    const methods = customers.get(customerId);
    if (methods === undefined)
      return hsError(404, 'HE_02', 'Customer does not exist in our records');
    const owned = methods.some((m) => m.payment_method_id === methodId);
    const anywhere = [...customers.values()].some((list) =>
      list.some((m) => m.payment_method_id === methodId),
    );
    if (!anywhere) return noMethod();
    if (!owned) return hsError(400, 'IR_16', 'The payment_method_id is not valid');
    if (defaults.get(customerId) === methodId) {
      return hsError(400, 'IR_16', 'Payment Method is already set as default');
    }
    defaults.set(customerId, methodId);
    return {
      status: 200,
      body: {
        default_payment_method_id: methodId,
        customer_id: customerId,
        payment_method: 'card',
        payment_method_type: 'credit',
      },
    };
  }

  const server = await startFakeServer({
    route,
    unauthorized,
    notFound: noMethod,
    serverError: () => hsError(500, 'HE_00', 'Something went wrong (hs says)'),
    errorEnvelope: () => hsError(500, 'HE_00', 'Something went wrong (hs says)').body,
  });
  return {
    ...server,
    apiKey,
    issuedTokens,
    methodIds: (customerId) => (customers.get(customerId) ?? []).map((m) => m.payment_method_id),
    defaultOf: (customerId) => defaults.get(customerId) ?? null,
    remove(customerId, id) {
      customers.set(
        customerId,
        (customers.get(customerId) ?? []).filter((m) => m.payment_method_id !== id),
      );
    },
    reset: load,
  };
}
