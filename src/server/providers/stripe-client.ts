/** stripe-node's request authenticator: sets the request's credentials before each attempt. */
export type StripeAuthenticator = (request: object) => Promise<void>;

/** Per-call settings the adapter passes to the SDK (stripe-node `RequestOptions`). */
export interface StripeCallOptions {
  /** Milliseconds: what is left of the handler's budget. */
  timeout?: number;
  /** Always 0: the adapter decides what is retried, within the budget. */
  maxNetworkRetries?: number;
  /** Sent as `Idempotency-Key` on the detach. */
  idempotencyKey?: string;
  /** The instance's own authenticator behind a gate that closes with the budget. */
  authenticator?: StripeAuthenticator;
  /** A successful answer comes back as a stream the adapter reads (stripe >= 18.1.1). */
  streaming?: boolean;
}

/** The list parameters the adapter sends (`GET /v1/customers/{id}/payment_methods`). */
export interface StripeListParams {
  type: 'card';
  limit: number;
  starting_after?: string;
}

/** The update the adapter sends to make a card the default (`POST /v1/customers/{id}`). */
export interface StripeCustomerUpdateParams {
  invoice_settings: { default_payment_method: string };
}

/**
 * The part of an official `stripe` SDK instance (`new Stripe(key)`) the adapter calls. Answers
 * are `unknown` on purpose: the adapter checks every field it reads, whatever the SDK version.
 */
export interface StripeClient {
  customers: {
    retrieve(
      id: string,
      params?: Record<string, never>,
      options?: StripeCallOptions,
    ): PromiseLike<unknown>;
    listPaymentMethods(
      id: string,
      params: StripeListParams,
      options?: StripeCallOptions,
    ): PromiseLike<unknown>;
    /** Only the set-default calls it (every SDK instance has it). */
    update?(
      id: string,
      params: StripeCustomerUpdateParams,
      options?: StripeCallOptions,
    ): PromiseLike<unknown>;
  };
  paymentMethods: {
    detach(
      id: string,
      params?: Record<string, never>,
      options?: StripeCallOptions,
    ): PromiseLike<unknown>;
  };
}

/** What the adapter reads from a thrown SDK error (stripe-node `StripeError`), all optional. */
export interface StripeErrorFacts {
  /** The SDK's class name, e.g. `StripeConnectionError`. */
  type?: string;
  /** HTTP status, when an answer with an `error` object arrived. */
  statusCode?: number;
  /** Stripe's `error.type`, e.g. `invalid_request_error`. */
  rawType?: string;
  /** Stripe's `error.code`, e.g. `resource_missing`. */
  code?: string;
  message?: string;
  /** Transport detail; `code: 'ETIMEDOUT'` when the SDK's timeout fired. */
  detail?: { code?: unknown };
}

/** The readable facts of a thrown value, or null when it is not an SDK error. */
export function stripeErrorFacts(error: unknown): StripeErrorFacts | null {
  if (!(error instanceof Error)) return null;
  const e = error as Error & Record<string, unknown>;
  if (typeof e.type !== 'string' || !e.type.startsWith('Stripe')) return null;
  const detail = e.detail;
  return {
    type: e.type,
    statusCode: typeof e.statusCode === 'number' ? e.statusCode : undefined,
    rawType: typeof e.rawType === 'string' ? e.rawType : undefined,
    code: typeof e.code === 'string' ? e.code : undefined,
    message: e.message,
    detail:
      typeof detail === 'object' && detail !== null
        ? { code: (detail as { code?: unknown }).code }
        : undefined,
  };
}
