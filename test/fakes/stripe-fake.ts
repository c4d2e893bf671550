import type { FakeReply, FakeServer, RecordedRequest } from './fake-server';
import { header, startFakeServer } from './fake-server';

/** A card PaymentMethod as Stripe lists it, minus `customer` (the fake adds its owner). */
export type StripeRawMethod = Record<string, unknown> & { id: string };

/** One customer's saved cards (newest first, as Stripe lists them) and default. */
export interface StripeFakeCustomer {
  methods: StripeRawMethod[];
  /** `invoice_settings.default_payment_method`. */
  defaultId?: string | null;
  /** Retrieve answers `{ id, object: 'customer', deleted: true }`. */
  deleted?: boolean;
}

/** Options for {@link startStripeFake}. */
export interface StripeFakeOptions {
  secretKey?: string;
  /**
   * Whether detaching the default PaymentMethod clears `invoice_settings.default_payment_method`
   * (default true). Stripe's reference does not say (stripe.md "Unconfirmed"): false keeps it
   * naming the detached method, the other reading the adapter must survive.
   */
  detachClearsDefault?: boolean;
  customers?: Record<string, StripeFakeCustomer>;
}

/** A loopback Stripe API (v1) for the saved-card calls, following Stripe's API reference. */
export interface StripeFake extends FakeServer {
  secretKey: string;
  /** Port for `new Stripe(key, { host: '127.0.0.1', port, protocol: 'http' })`. */
  port: number;
  /** The customer's attached PaymentMethod ids now, newest first. */
  methodIds(customerId: string): string[];
  /** Detaches a PaymentMethod behind the adapter's back (removed elsewhere). */
  remove(customerId: string, id: string): void;
  /** `invoice_settings.default_payment_method` of the customer now. */
  defaultOf(customerId: string): string | null;
  /** Starts over with these customers (idempotency keys forgotten too). */
  reset(customers: Record<string, StripeFakeCustomer>): void;
}

/** Stripe's words on a bad key, with the key in them, to prove they never reach a shopper. */
export const STRIPE_AUTH_MESSAGE = 'Invalid API Key provided: sk_test_fake_rejected_1234';
const NOT_ATTACHED =
  'The payment method you provided is not attached to a customer so detachment is impossible.';

interface Method {
  raw: StripeRawMethod;
  customer: string | null;
}

interface Customer {
  deleted: boolean;
  defaultId: string | null;
}

// Stripe's error envelope (Stripe API "Errors"): `{ error: { type, code?, message, param? } }`.
const stripeError = (
  status: number,
  type: string,
  message: string,
  extra: Record<string, string> = {},
): FakeReply => ({ status, body: { error: { type, message, ...extra } } });

export async function startStripeFake(options: StripeFakeOptions = {}): Promise<StripeFake> {
  const secretKey = options.secretKey ?? 'sk_test_fake_secret_5678';
  let customers = new Map<string, Customer>();
  let methods = new Map<string, Method>();
  // Idempotency-Key → the request it was first used with and the answer given (replayed).
  let replies = new Map<string, { path: string; body: string; reply: FakeReply }>();

  function load(seed: Record<string, StripeFakeCustomer>) {
    customers = new Map();
    methods = new Map();
    replies = new Map();
    for (const [id, customer] of Object.entries(seed)) {
      customers.set(id, {
        deleted: customer.deleted === true,
        defaultId: customer.defaultId ?? null,
      });
      for (const raw of customer.methods) methods.set(raw.id, { raw: { ...raw }, customer: id });
    }
  }
  load(options.customers ?? {});

  const attached = (customerId: string) =>
    [...methods.values()].filter((m) => m.customer === customerId);
  const asObject = (m: Method) => ({
    object: 'payment_method',
    type: 'card',
    ...m.raw,
    customer: m.customer,
  });

  function authorized(req: RecordedRequest): boolean {
    // Bearer, or Basic with the key as username (Stripe API "Authentication").
    const auth = header(req, 'authorization');
    const basic = `Basic ${Buffer.from(`${secretKey}:`).toString('base64')}`;
    return auth === `Bearer ${secretKey}` || auth === basic;
  }

  function route(req: RecordedRequest): FakeReply {
    if (!authorized(req)) return stripeError(401, 'invalid_request_error', STRIPE_AUTH_MESSAGE);
    const key = header(req, 'idempotency-key');
    if (req.method === 'POST' && key !== '') {
      const first = replies.get(key);
      if (first !== undefined) {
        // A key reused for another request is refused; the same request gets the first answer.
        if (first.path !== req.path || first.body !== req.body) {
          return stripeError(
            400,
            'idempotency_error',
            'Keys for idempotent requests can only be used with the same parameters they were first used with.',
          );
        }
        return first.reply;
      }
      const reply = answer(req);
      replies.set(key, { path: req.path, body: req.body, reply });
      return reply;
    }
    return answer(req);
  }

  function answer(req: RecordedRequest): FakeReply {
    const list = /^\/v1\/customers\/([^/]+)\/payment_methods$/.exec(req.path);
    if (req.method === 'GET' && list) return listMethods(decodeURIComponent(list[1] ?? ''), req);
    const customer = /^\/v1\/customers\/([^/]+)$/.exec(req.path);
    if (req.method === 'GET' && customer) return retrieve(decodeURIComponent(customer[1] ?? ''));
    if (req.method === 'POST' && customer)
      return update(decodeURIComponent(customer[1] ?? ''), req);
    const detach = /^\/v1\/payment_methods\/([^/]+)\/detach$/.exec(req.path);
    if (req.method === 'POST' && detach) return detachMethod(decodeURIComponent(detach[1] ?? ''));
    return stripeError(
      404,
      'invalid_request_error',
      `Unrecognized request URL (${req.method}: ${req.path}).`,
    );
  }

  function noSuchCustomer(id: string): FakeReply {
    return stripeError(404, 'invalid_request_error', `No such customer: '${id}'`, {
      code: 'resource_missing',
      param: 'customer',
    });
  }

  function retrieve(id: string): FakeReply {
    const found = customers.get(id);
    if (found === undefined) return noSuchCustomer(id);
    if (found.deleted) return { status: 200, body: { id, object: 'customer', deleted: true } };
    return {
      status: 200,
      body: {
        id,
        object: 'customer',
        default_source: null,
        invoice_settings: { default_payment_method: found.defaultId, custom_fields: null },
      },
    };
  }

  // `POST /v1/customers/{id}` with `invoice_settings[default_payment_method]` (Stripe API
  // "Update a customer"): the id of a PaymentMethod attached to this customer, or '' to clear.
  // Any other parameter is left as it is; the answer is the customer.
  function update(id: string, req: RecordedRequest): FakeReply {
    const found = customers.get(id);
    if (found === undefined || found.deleted) return noSuchCustomer(id);
    const form = new URLSearchParams(req.body);
    const param = 'invoice_settings[default_payment_method]';
    const wanted = form.get(param);
    if (wanted !== null) {
      if (wanted !== '' && methods.get(wanted)?.customer !== id) {
        // Stripe's exact words for a method of another customer are unconfirmed (stripe.md).
        return stripeError(400, 'invalid_request_error', `No such PaymentMethod: '${wanted}'`, {
          code: 'resource_missing',
          param,
        });
      }
      found.defaultId = wanted === '' ? null : wanted;
    }
    return retrieve(id);
  }

  function listMethods(id: string, req: RecordedRequest): FakeReply {
    const found = customers.get(id);
    if (found === undefined || found.deleted) return noSuchCustomer(id);
    const type = req.query.get('type');
    if (type !== null && type !== 'card') return { status: 200, body: page(req, []) };
    const limit = Number(req.query.get('limit') ?? '10');
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
      return stripeError(400, 'invalid_request_error', 'Invalid integer: limit', {
        param: 'limit',
      });
    }
    let all = attached(id);
    const after = req.query.get('starting_after');
    if (after !== null) {
      const index = all.findIndex((m) => m.raw.id === after);
      if (index < 0) {
        return stripeError(400, 'invalid_request_error', 'Invalid starting_after id', {
          param: 'starting_after',
        });
      }
      all = all.slice(index + 1);
    }
    return {
      status: 200,
      body: { ...page(req, all.slice(0, limit).map(asObject)), has_more: all.length > limit },
    };
  }

  function page(req: RecordedRequest, data: unknown[]) {
    return { object: 'list', url: req.path, has_more: false, data };
  }

  function detachMethod(id: string): FakeReply {
    const found = methods.get(id);
    if (found === undefined) {
      return stripeError(404, 'invalid_request_error', `No such PaymentMethod: '${id}'`, {
        code: 'resource_missing',
        param: 'payment_method',
      });
    }
    // Stripe's `code` for this one is unconfirmed: the fake sends none.
    if (found.customer === null) return stripeError(400, 'invalid_request_error', NOT_ATTACHED);
    const owner = customers.get(found.customer);
    if (owner?.defaultId === id && options.detachClearsDefault !== false) owner.defaultId = null;
    found.customer = null;
    return { status: 200, body: asObject(found) };
  }

  const server = await startFakeServer({
    route,
    unauthorized: () => stripeError(401, 'invalid_request_error', STRIPE_AUTH_MESSAGE),
    serverError: () =>
      stripeError(500, 'api_error', 'Stripe says: something went wrong on our end'),
    notFound: () =>
      stripeError(404, 'invalid_request_error', "No such PaymentMethod: 'pm_gone'", {
        code: 'resource_missing',
      }),
    errorEnvelope: () => ({
      error: { type: 'api_error', message: 'Stripe says: try again later' },
    }),
  });
  return {
    ...server,
    secretKey,
    port: Number(new URL(server.url).port),
    methodIds: (customerId) => attached(customerId).map((m) => m.raw.id),
    defaultOf: (customerId) => customers.get(customerId)?.defaultId ?? null,
    remove(customerId, id) {
      const found = methods.get(id);
      if (found?.customer === customerId) found.customer = null;
    },
    reset: load,
  };
}
